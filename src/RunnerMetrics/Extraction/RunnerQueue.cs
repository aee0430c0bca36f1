using System;
using System.Collections.Generic;
using System.Threading;

namespace RunnerMetrics.Extraction;

/// <summary>The runners of one pass, handed out one at a time to any number of workers; stoppable.</summary>
internal sealed class RunnerQueue
{
    private readonly List<string> _names;
    private int _next = -1;
    private volatile bool _stopped;

    private RunnerQueue(List<string> names, int ignored)
    {
        _names = names;
        Ignored = ignored;
    }

    /// <summary>Runners to process.</summary>
    public int Count => _names.Count;

    /// <summary>Their names, in queue order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Runners left out because they are still running.</summary>
    public int Ignored { get; }

    public static RunnerQueue Create(IReadOnlyList<string> names, IReadOnlySet<string> ignoreRunners)
    {
        var queued = new List<string>(names.Count);
        foreach (string name in names)
        {
            if (!ignoreRunners.Contains(name))
            {
                queued.Add(name);
            }
        }

        return new RunnerQueue(queued, names.Count - queued.Count);
    }

    /// <summary>Runners not handed out (yet, or because the queue was stopped).</summary>
    public int Remaining => _names.Count - Math.Min(_names.Count, Volatile.Read(ref _next) + 1);

    public bool TryTake(out string name)
    {
        int index = _stopped ? _names.Count : Interlocked.Increment(ref _next);
        name = index < _names.Count ? _names[index] : string.Empty;
        return index < _names.Count;
    }

    /// <summary>Hands out nothing more: workers finish the runner they hold and deliver what they have.</summary>
    public void Stop() => _stopped = true;
}
