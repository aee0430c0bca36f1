namespace RunnerMetrics.Generators.Emitting;

/// <summary>Fully qualified names of everything generated code references, so it compiles in any user namespace.</summary>
internal static class Names
{
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";
    public const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    public const string TokenType = "global::System.Text.Json.JsonTokenType";
    public const string EncodedText = "global::System.Text.Json.JsonEncodedText";
    public const string JsonException = "global::System.Text.Json.JsonException";
    public const string ByteSpan = "global::System.ReadOnlySpan<byte>";
    public const string ScratchSpan = "global::System.Span<byte>";
    public const string MaybeNullWhenFalse = "[global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)]";
    public const string NoInlining = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]";
    public const string Error = "global::RunnerMetrics.Parsing.StrictJsonError";
    public const string ErrorKind = "global::RunnerMetrics.Parsing.StrictJsonErrorKind";
    public const string Exception = "global::RunnerMetrics.Parsing.StrictJsonException";
    public const string Parsable = "global::RunnerMetrics.Parsing.IStrictJsonParsable";
    public const string Runtime = "global::RunnerMetrics.Parsing.Runtime.StrictJsonReader";
    public const string ObjectInterface = "global::RunnerMetrics.Parsing.Runtime.IStrictJsonObject";
    public const string ValueInterface = "global::RunnerMetrics.Parsing.Runtime.IStrictJsonValue";
    public const string Tape = "global::RunnerMetrics.Parsing.Runtime.StrictJsonTape";
    public const string Slot = "global::RunnerMetrics.Parsing.Runtime.StrictJsonSlot";
    public const string ObjectReader = "global::RunnerMetrics.Parsing.Runtime.StrictJsonObjectReader";
    public const string ObjectWriter = "global::RunnerMetrics.Parsing.Runtime.StrictJsonObjectWriter";
    public const string Polymorphism = "global::RunnerMetrics.Parsing.Runtime.StrictJsonPolymorphism";
    public const string EnumReader = "global::RunnerMetrics.Parsing.Runtime.StrictJsonEnumReader";
    public const string NameSet = "global::RunnerMetrics.Parsing.Runtime.NameSet";
    public const string Shapes = "global::RunnerMetrics.Parsing.Runtime.";
    public const string SetsRequiredMembers = "[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]";

    public static string GeneratedCode { get; } =
        $"[global::System.CodeDom.Compiler.GeneratedCode(\"RunnerMetrics.Generators\", \"{typeof(Names).Assembly.GetName().Version}\")]";

    /// <summary>A C# string literal for <paramref name="text"/> (also valid before <c>u8</c>).</summary>
    public static string Quote(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                < ' ' or '\u007f' => builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
