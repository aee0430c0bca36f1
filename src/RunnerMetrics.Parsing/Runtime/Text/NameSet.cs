#pragma warning disable CS1591 // Temporary.
using System;
using System.ComponentModel;

namespace RunnerMetrics.Parsing.Runtime;

/// <summary>TEMPORARY stand-in until the hashed name set lands.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct NameSet
{
    public const int StackBufferLength = 256;

    private UnknownMemberNames _names;

    public NameSet(Span<byte> stackBuffer) => _names = new UnknownMemberNames(stackBuffer);

    public bool Add(scoped ReadOnlySpan<byte> unescapedUtf8Name) => _names.Add(unescapedUtf8Name, false) == StrictJsonErrorKind.None;

    public void Dispose() => _names.Dispose();
}
