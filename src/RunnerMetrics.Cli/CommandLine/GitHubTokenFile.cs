using System;
using System.IO;
using System.Text;

namespace RunnerMetrics.Cli.CommandLine;

/// <summary>
/// Reads the GitHub token from its file (never from the command line, where any user can see it). Errors name the
/// file, never its content.
/// </summary>
internal static class GitHubTokenFile
{
    // Tokens are well under 1 KB; a larger file is not a token file.
    private const int MaxBytes = 4096;

    private const UnixFileMode SharedBits =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;

    /// <summary>The token; <paramref name="readableByOthers"/> when group or others may read or write the file.</summary>
    /// <exception cref="UsageException">The file cannot be read, is empty, too large, or holds more than one printable word.</exception>
    public static string Read(string path, out bool readableByOthers)
    {
        byte[] bytes;
        try
        {
            readableByOthers = (File.GetUnixFileMode(path) & SharedBits) != 0;
            using var file = File.OpenRead(path);
            bytes = new byte[MaxBytes + 1];
            int length = file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (length > MaxBytes)
            {
                throw new UsageException($"--github-token-file {path} is larger than {MaxBytes} bytes: not a token file.");
            }

            Array.Resize(ref bytes, length);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--github-token-file {path} cannot be read: {exception.Message}");
        }

        string token = Encoding.UTF8.GetString(bytes).Trim();
        if (token.Length == 0)
        {
            throw new UsageException($"--github-token-file {path} is empty.");
        }

        // It goes into a header: anything but visible ASCII would corrupt the request or inject another header.
        foreach (char c in token)
        {
            if (c is < '!' or > '~')
            {
                throw new UsageException($"--github-token-file {path} must hold one token of visible ASCII characters.");
            }
        }

        return token;
    }
}
