namespace RunnerMetrics.Generators.Model;

/// <summary>The scalar kinds; <see cref="Parsing.ScalarKinds"/> maps .NET types to them and the emitter to runtime shapes.</summary>
internal enum ScalarKind
{
    Boolean,
    Byte,
    SByte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Single,
    Double,
    Decimal,
    String,
    Guid,
    DateTimeOffset,
    DateTime,
    DateOnly,
}
