using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace RunnerMetrics.Tests.Cli;

/// <summary>
/// Reads one output stream of a child process as it comes, so a test can wait for a line (the listening address, a
/// pass's result) while the process runs, and still get the whole text, byte for byte, once it exits.
/// </summary>
internal sealed class OutputCapture
{
    private readonly StringBuilder _text = new();
    private readonly Task _reading;
    private bool _ended;

    public OutputCapture(StreamReader reader) => _reading = Task.Run(() => ReadAsync(reader));

    /// <summary>Everything read so far (all of it once <see cref="Complete"/> returned).</summary>
    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    /// <summary>Waits for the stream's end (the process exited and closed it).</summary>
    public string Complete()
    {
        _reading.GetAwaiter().GetResult();
        return Text;
    }

    /// <summary>
    /// The first match of <paramref name="pattern"/> once the text has one; a <see cref="TimeoutException"/> with the text so
    /// far when the stream ends first or <paramref name="timeout"/> (a guard against a hang, not a measurement) passes.
    /// </summary>
    public Match WaitFor(Regex pattern, TimeSpan timeout, int occurrences = 1)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (_text)
        {
            while (true)
            {
                var matches = pattern.Matches(_text.ToString());
                if (matches.Count >= occurrences)
                {
                    return matches[occurrences - 1];
                }

                var left = deadline - DateTime.UtcNow;
                if (_ended || left <= TimeSpan.Zero)
                {
                    throw new TimeoutException($"'{pattern}' (x{occurrences}) did not appear{(_ended ? " before the stream ended" : $" within {timeout}")}; the text:\n{_text}");
                }

                Monitor.Wait(_text, left);
            }
        }
    }

    private async Task ReadAsync(StreamReader reader)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (_text)
            {
                _text.Append(buffer, 0, read);
                Monitor.PulseAll(_text);
            }
        }

        lock (_text)
        {
            _ended = true;
            Monitor.PulseAll(_text);
        }
    }
}
