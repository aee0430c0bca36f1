using System;
using RunnerMetrics.Benchmarks.Documents;

namespace RunnerMetrics.Benchmarks.Columns;

/// <summary>
/// The document a benchmark (method) or a whole suite (class) processes once per operation, so that
/// <see cref="ThroughputColumn"/> can turn time per operation into MB/s. A method's attribute wins.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class PayloadAttribute(Document document) : Attribute
{
    public Document Document { get; } = document;
}
