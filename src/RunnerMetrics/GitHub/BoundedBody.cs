using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace RunnerMetrics.GitHub;

/// <summary>
/// A response body read into a pooled buffer, never beyond a bound: a body one byte over it is refused, so a
/// huge or endless response costs at most the bound. Dispose it to return the buffer.
/// </summary>
internal sealed class BoundedBody : IDisposable
{
    private const int InitialSize = 16 * 1024;

    private byte[] _buffer;

    private BoundedBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    /// <summary>The body, or null when it holds more than <paramref name="limit"/> bytes.</summary>
    public static async Task<BoundedBody?> ReadAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        // Refused without reading when the server says up front that it is too large.
        if (content.Headers.ContentLength is > 0 and var declared && declared > limit)
        {
            return null;
        }

        using Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialSize, limit + 1));
        int length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        return null;
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                // Never asks for more than one byte past the bound.
                int wanted = Math.Min(buffer.Length, limit + 1) - length;
                int read = await stream.ReadAsync(buffer.AsMemory(length, wanted), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new BoundedBody(buffer, length);
                }

                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
