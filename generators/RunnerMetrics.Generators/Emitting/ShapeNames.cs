using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Emitting;

/// <summary>
/// The runtime shape struct for each <see cref="ValueShape"/>, composed as type arguments: a
/// <c>List&lt;int?&gt;</c> is <c>ListValue&lt;List&lt;int?&gt;, int?, NullableValue&lt;int, IntegerValue&lt;int&gt;&gt;&gt;</c>.
/// </summary>
internal static class ShapeNames
{
    public static string Of(ValueShape shape, bool internStrings) => shape switch
    {
        ScalarShape scalar => Scalar(scalar, internStrings),
        EnumShape enumShape => enumShape.HelperName,
        ObjectShape objectShape => $"{Names.Shapes}ObjectValue<{objectShape.TypeName}>",
        NullableShape { IsValueType: true } nullable =>
            $"{Names.Shapes}NullableValue<{nullable.Inner.TypeName}, {Of(nullable.Inner, internStrings)}>",
        NullableShape nullable => $"{Names.Shapes}NullableReference<{nullable.Inner.TypeName}, {Of(nullable.Inner, internStrings)}>",
        CollectionShape { Kind: CollectionKind.Array } array =>
            $"{Names.Shapes}ArrayValue<{array.Element.TypeName}, {Of(array.Element, internStrings)}>",
        CollectionShape { Kind: CollectionKind.ImmutableArray } immutable =>
            $"{Names.Shapes}ImmutableArrayValue<{immutable.Element.TypeName}, {Of(immutable.Element, internStrings)}>",
        CollectionShape list =>
            $"{Names.Shapes}ListValue<{list.TypeName}, {list.Element.TypeName}, {Of(list.Element, internStrings)}>",
        DictionaryShape dictionary =>
            $"{Names.Shapes}DictionaryValue<{dictionary.TypeName}, {dictionary.Value.TypeName}, {Of(dictionary.Value, internStrings)}>",
        _ => throw new System.ArgumentOutOfRangeException(nameof(shape)),
    };

    private static string Scalar(ScalarShape scalar, bool internStrings) => scalar.Kind switch
    {
        ScalarKind.Boolean => Names.Shapes + "BooleanValue",
        ScalarKind.String => Names.Shapes + (internStrings ? "PooledStringValue" : "StringValue"),
        ScalarKind.Single => Names.Shapes + "SingleValue",
        ScalarKind.Double => Names.Shapes + "DoubleValue",
        ScalarKind.Decimal => Names.Shapes + "DecimalValue",
        ScalarKind.Guid => Names.Shapes + "GuidValue",
        ScalarKind.DateTimeOffset => Names.Shapes + "DateTimeOffsetValue",
        ScalarKind.DateTime => Names.Shapes + "DateTimeValue",
        ScalarKind.DateOnly => Names.Shapes + "DateOnlyValue",
        _ => $"{Names.Shapes}IntegerValue<{scalar.TypeName}>",
    };
}
