namespace RunnerMetrics.SharedFileSystem;

/// <summary>What a bounded read of one runner file found.</summary>
public enum BoundedReadStatus
{
    /// <summary>The file was read; its bytes are the first <see cref="BoundedReadResult.Length"/> of the buffer.</summary>
    Ok,

    /// <summary>No entry of that name.</summary>
    Missing,

    /// <summary>The entry is a symbolic link, directory, FIFO, device or socket.</summary>
    NotRegularFile,

    /// <summary>The file has more than one hard link, so it may be a host file linked in.</summary>
    MultipleLinks,

    /// <summary>The file is, or grew while being read to, more than the limit.</summary>
    TooLarge,

    /// <summary>The system refused an operation; see <see cref="BoundedReadResult.Errno"/>.</summary>
    IoError,
}
