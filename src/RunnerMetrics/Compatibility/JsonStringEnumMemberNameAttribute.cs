#if !NET9_0_OR_GREATER
namespace System.Text.Json.Serialization;

/// <summary>
/// The .NET 9 attribute, for the net8.0 build: the generator matches it by name, so this internal copy
/// lets the same enum declarations compile on both targets.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
internal sealed class JsonStringEnumMemberNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
#endif
