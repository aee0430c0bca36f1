using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RunnerMetrics.Generators.Helpers;

namespace RunnerMetrics.Generators.Diagnostics;

/// <summary>
/// A diagnostic as plain values: the location is kept as a path and spans, not as a <see cref="Location"/>
/// that would hold a syntax tree and defeat caching.
/// </summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    string FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan,
    EquatableArray<string> MessageArguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] messageArguments)
    {
        var lineSpan = location?.GetLineSpan();
        return new DiagnosticInfo(
            descriptor,
            location?.SourceTree?.FilePath ?? string.Empty,
            location?.SourceSpan ?? default,
            lineSpan?.Span ?? default,
            new EquatableArray<string>(messageArguments));
    }

    public Diagnostic ToDiagnostic()
    {
        var arguments = new object[MessageArguments.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = MessageArguments[i];
        }

        return Diagnostic.Create(Descriptor, Location.Create(FilePath, Span, LineSpan), arguments);
    }
}
