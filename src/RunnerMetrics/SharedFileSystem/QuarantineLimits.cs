namespace RunnerMetrics.SharedFileSystem;

/// <summary>
/// Bounds on a quarantine archive, so a hostile runner cannot fill the host's disk through it: at most
/// <see cref="MaxEntries"/> entries, <see cref="MaxEntryBytes"/> per file and <see cref="MaxContentBytes"/>
/// of file content in all (about 16 MiB of content plus at most ~15 MiB of headers before compression).
/// </summary>
public static class QuarantineLimits
{
    /// <summary>File content kept per entry; longer files are truncated to this and marked.</summary>
    public const int MaxEntryBytes = 1024 * 1024;

    /// <summary>File content kept in one archive; files past it are stored empty and marked.</summary>
    public const long MaxContentBytes = 16L * 1024 * 1024;

    /// <summary>Entries archived; the rest are left out and counted in <see cref="QuarantineResult.OmittedEntries"/>.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Directory levels below the runner directory that are archived.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// The PAX extended attribute that explains an incomplete entry, e.g.
    /// <c>truncated: 10737418240 bytes</c> or <c>not read: 2 hard links</c>.
    /// </summary>
    public const string NoteAttribute = "RUNNERMETRICS.note";
}
