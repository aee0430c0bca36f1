using System.Collections.Generic;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Polymorphism;

/// <summary>
/// <c>Base.TryParse</c> dispatches on the discriminator wherever it stands and returns the derived instance with
/// the base's and its own members; a missing, unknown, repeated or non-string discriminator is an error.
/// </summary>
public class PolymorphicParsingTests
{
    [Theory]
    [InlineData("""{"kind":"circle","name":"c","radius":2.5}""")]
    [InlineData("""{"name":"c","kind":"circle","radius":2.5}""")]
    [InlineData("""{"name":"c","radius":2.5,"kind":"circle"}""")]
    public void The_base_returns_the_derived_instance_wherever_the_discriminator_stands(string json)
    {
        var shape = Expect.Accepted<Shape>(json);

        var circle = Assert.IsType<Circle>(shape);
        Assert.Equal("c", circle.Name);
        Assert.Equal(2.5, circle.Radius);
    }

    [Fact]
    public void Each_discriminator_value_gives_its_own_type()
    {
        var rectangle = Assert.IsType<Rectangle>(Expect.Accepted<Shape>("""{"kind":"rectangle","name":"r","width":1,"height":2}"""));
        Assert.Equal(("r", 1.0, 2.0), (rectangle.Name, rectangle.Width, rectangle.Height));
    }

    [Fact]
    public void A_type_derived_from_a_derived_type_is_returned_as_the_most_derived()
    {
        var shape = Expect.Accepted<Shape>("""{"width":3,"rounded":true,"name":"s","height":3,"kind":"square"}""");

        var square = Assert.IsType<Square>(shape);
        Assert.Equal(("s", 3.0, 3.0, true), (square.Name, square.Width, square.Height, square.Rounded));
    }

    [Fact]
    public void A_derived_member_of_another_case_is_unknown()
    {
        // As everywhere, an unknown member reports the object that doesn't have it.
        const string Json = """{"kind":"circle","name":"c","radius":1,"rounded":true}""";
        Expect.RejectedAt<Shape>(Json, StrictJsonErrorKind.UnknownMember, "$", "\"rounded\"");
    }

    [Fact]
    public void A_member_error_in_the_derived_type_has_its_path()
    {
        const string Json = """{"name":"c","radius":"big","kind":"circle"}""";
        Expect.RejectedAt<Shape>(Json, StrictJsonErrorKind.UnexpectedToken, "$.radius", "\"big\"");
    }

    [Fact]
    public void A_missing_member_of_the_derived_type_is_reported_after_the_discriminator_is_found()
    {
        var error = Expect.Rejected<Shape>("""{"kind":"rectangle","name":"r","width":1}""");
        Assert.Equal((StrictJsonErrorKind.MissingMember, "$.height"), (error.Kind, error.Path));
    }

    [Theory]
    [InlineData("""{"name":"c","radius":1}""")]
    [InlineData("""{}""")]
    public void A_missing_discriminator_is_a_missing_member(string json)
    {
        var error = Expect.Rejected<Shape>(json);
        Assert.Equal((StrictJsonErrorKind.MissingMember, "$.kind"), (error.Kind, error.Path));
    }

    [Fact]
    public void A_missing_discriminator_on_a_concrete_base_is_a_missing_member()
    {
        var error = Expect.Rejected<Animal>("""{"name":"rex"}""");
        Assert.Equal((StrictJsonErrorKind.MissingMember, "$.type"), (error.Kind, error.Path));
    }

    [Theory]
    [InlineData("""{"kind":"triangle","name":"t"}""", "\"triangle\"")]
    [InlineData("""{"name":"t","kind":"Circle","radius":1}""", "\"Circle\"")]
    [InlineData("""{"name":"t","kind":"","radius":1}""", "\"\",")]
    [InlineData("""{"name":"t","kind":"circle ","radius":1}""", "\"circle \"")]
    public void An_unknown_discriminator_value_is_an_invalid_value(string json, string marker)
    {
        Expect.RejectedAt<Shape>(json, StrictJsonErrorKind.InvalidValue, "$.kind", marker);
    }

    [Theory]
    [InlineData("""{"kind":"circle","name":"c","kind":"circle","radius":1}""")]
    [InlineData("""{"kind":"circle","name":"c","radius":1,"kind":"square"}""")]
    [InlineData("""{"kind":"circle","name":"c","radius":1,"\u006bind":"circle"}""")]
    public void A_repeated_discriminator_is_a_duplicate_member(string json)
    {
        var error = Expect.Rejected<Shape>(json);
        Assert.Equal((StrictJsonErrorKind.DuplicateMember, "$.kind"), (error.Kind, error.Path));
    }

    [Theory]
    [InlineData("""{"kind":1,"name":"c","radius":1}""", "1,")]
    [InlineData("""{"name":"c","kind":null,"radius":1}""", "null")]
    [InlineData("""{"name":"c","radius":1,"kind":["circle"]}""", "[")]
    [InlineData("""{"name":"c","radius":1,"kind":{"v":"circle"}}""", "{\"v\"")]
    [InlineData("""{"name":"c","radius":1,"kind":true}""", "true")]
    public void A_discriminator_that_is_not_a_string_is_an_unexpected_token(string json, string marker)
    {
        Expect.RejectedAt<Shape>(json, StrictJsonErrorKind.UnexpectedToken, "$.kind", marker);
    }

    [Theory]
    [InlineData("""{"\u006bind":"circle","name":"c","radius":1}""")]
    [InlineData("""{"name":"c","kind":"circl\u0065","radius":1}""")]
    [InlineData("""{"name":"c","radius":1,"\u006B\u0069nd":"\u0063ircle"}""")]
    public void An_escaped_discriminator_name_or_value_is_unescaped(string json)
    {
        var circle = Assert.IsType<Circle>(Expect.Accepted<Shape>(json));
        Assert.Equal(("c", 1.0), (circle.Name, circle.Radius));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"circle\"")]
    [InlineData("null")]
    public void A_base_value_must_be_an_object(string json)
    {
        Assert.Equal(StrictJsonErrorKind.UnexpectedToken, Expect.Rejected<Shape>(json).Kind);
    }

    [Fact]
    public void A_discriminator_inside_a_nested_value_does_not_count()
    {
        var error = Expect.Rejected<Drawing>("""{"shapes":[{"name":"x","radius":1,"extra":{"kind":"circle"}}]}""");
        Assert.Equal(StrictJsonErrorKind.MissingMember, error.Kind);
        Assert.Equal("$.shapes[0].kind", error.Path);
    }

    [Fact]
    public void A_concrete_base_returns_its_derived_types()
    {
        var dog = Assert.IsType<Dog>(Expect.Accepted<Animal>("""{"name":"rex","barks":3,"type":"dog"}"""));
        Assert.Equal(("rex", 3), (dog.Name, dog.Barks));
        var cat = Assert.IsType<Cat>(Expect.Accepted<Animal>("""{"type":"cat","name":"tom"}"""));
        Assert.Equal(("tom", (int?)null), (cat.Name, cat.Lives));
    }

    [Fact]
    public void A_derived_type_parsed_on_its_own_accepts_its_own_discriminator()
    {
        var circle = Expect.Accepted<Circle>("""{"name":"c","kind":"circle","radius":1}""");
        Assert.Equal(("c", 1.0), (circle.Name, circle.Radius));
        var square = Expect.Accepted<Square>("""{"kind":"square","name":"s","width":1,"height":1,"rounded":false}""");
        Assert.Equal("s", square.Name);
    }

    [Fact]
    public void A_derived_type_parsed_on_its_own_does_not_require_its_discriminator()
    {
        // Only the base needs it to choose a type; WriteTo always writes it.
        var circle = Expect.Accepted<Circle>("""{"name":"c","radius":1}""");
        Assert.Equal(("c", 1.0), (circle.Name, circle.Radius));
    }

    [Fact]
    public void TryRead_of_a_base_reads_one_object_inside_a_larger_document()
    {
        var reader = new System.Text.Json.Utf8JsonReader("""[{"name":"c","radius":1,"kind":"circle"},2]"""u8);
        Assert.True(reader.Read());
        Assert.True(reader.Read());

        Assert.True(Shape.TryRead(ref reader, out var shape, out var error), error.ToString());

        Assert.Equal(1.0, Assert.IsType<Circle>(shape).Radius);
        Assert.Equal(System.Text.Json.JsonTokenType.EndObject, reader.TokenType);
        Assert.True(reader.Read());
        Assert.Equal(System.Text.Json.JsonTokenType.Number, reader.TokenType);
    }

    [Theory]
    [InlineData("""{"name":"c","kind":"rectangle","radius":1}""", "\"rectangle\"")]
    [InlineData("""{"name":"c","kind":"square","radius":1}""", "\"square\"")]
    public void A_derived_type_parsed_on_its_own_rejects_another_types_discriminator(string json, string marker)
    {
        Expect.RejectedAt<Circle>(json, StrictJsonErrorKind.InvalidValue, "$.kind", marker);
    }

    [Fact]
    public void A_derived_type_parsed_on_its_own_rejects_its_base_types_discriminator()
    {
        const string Json = """{"kind":"rectangle","name":"s","width":1,"height":1,"rounded":false}""";
        Expect.RejectedAt<Square>(Json, StrictJsonErrorKind.InvalidValue, "$.kind", "\"rectangle\"");
    }

    [Fact]
    public void A_derived_type_parsed_on_its_own_rejects_a_repeated_discriminator()
    {
        var error = Expect.Rejected<Circle>("""{"kind":"circle","name":"c","radius":1,"kind":"circle"}""");
        Assert.Equal((StrictJsonErrorKind.DuplicateMember, "$.kind"), (error.Kind, error.Path));
    }

    [Fact]
    public void A_derived_type_parsed_on_its_own_rejects_a_discriminator_that_is_not_a_string()
    {
        const string Json = """{"kind":7,"name":"c","radius":1}""";
        Expect.RejectedAt<Circle>(Json, StrictJsonErrorKind.UnexpectedToken, "$.kind", "7");
    }

    [Fact]
    public void A_list_of_base_values_holds_each_derived_type()
    {
        var drawing = Expect.Accepted<Drawing>("""
            {"shapes":[
              {"kind":"circle","name":"a","radius":1},
              {"name":"b","width":2,"height":3,"kind":"rectangle"},
              {"name":"c","kind":"square","width":4,"height":4,"rounded":true}
            ],
            "background":{"radius":9,"name":"bg","kind":"circle"}}
            """);

        Assert.Collection(
            drawing.Shapes,
            s => Assert.Equal(1.0, Assert.IsType<Circle>(s).Radius),
            s => Assert.Equal(3.0, Assert.IsType<Rectangle>(s).Height),
            s => Assert.True(Assert.IsType<Square>(s).Rounded));
        Assert.Equal(new List<string> { "a", "b", "c" }, drawing.Shapes.ConvertAll(s => s.Name));
        Assert.Equal("bg", Assert.IsType<Circle>(drawing.Background).Name);
    }

    [Fact]
    public void An_error_in_a_listed_derived_value_has_its_index_and_member()
    {
        const string Json = """{"shapes":[{"kind":"circle","name":"a","radius":1},{"name":"b","radius":"x","kind":"circle"}]}""";
        Expect.RejectedAt<Drawing>(Json, StrictJsonErrorKind.UnexpectedToken, "$.shapes[1].radius", "\"x\"");
    }

    [Fact]
    public void An_unknown_discriminator_in_a_list_has_its_index()
    {
        const string Json = """{"shapes":[{"kind":"circle","name":"a","radius":1},{"name":"b","kind":"oval"}]}""";
        Expect.RejectedAt<Drawing>(Json, StrictJsonErrorKind.InvalidValue, "$.shapes[1].kind", "\"oval\"");
    }

    [Fact]
    public void A_missing_discriminator_in_a_nested_member_has_its_path()
    {
        var error = Expect.Rejected<Drawing>("""{"shapes":[],"background":{"name":"bg","radius":1}}""");
        Assert.Equal((StrictJsonErrorKind.MissingMember, "$.background.kind"), (error.Kind, error.Path));
    }

    [Fact]
    public void A_nested_base_member_may_be_null_when_nullable()
    {
        var drawing = Expect.Accepted<Drawing>("""{"shapes":[],"background":null}""");
        Assert.Empty(drawing.Shapes);
        Assert.Null(drawing.Background);
    }

    [Fact]
    public void A_null_element_in_a_list_of_non_nullable_bases_is_rejected()
    {
        const string Json = """{"shapes":[{"kind":"circle","name":"a","radius":1},null]}""";
        Expect.RejectedAt<Drawing>(Json, StrictJsonErrorKind.UnexpectedToken, "$.shapes[1]", "null");
    }
}

/// <summary>Polymorphic values nested in polymorphic values, and record hierarchies on the default <c>$type</c>.</summary>
public class NestedPolymorphismTests
{
    [Fact]
    public void A_case_can_hold_bases_to_any_depth()
    {
        var shape = Expect.Accepted<Shape>("""
            {"children":[{"kind":"circle","name":"c","radius":1},{"kind":"group","name":"inner","children":[{"name":"s","kind":"square","width":1,"height":1,"rounded":true}]}],"name":"outer","kind":"group"}
            """);

        var outer = Assert.IsType<Group>(shape);
        Assert.Equal("outer", outer.Name);
        Assert.IsType<Circle>(outer.Children[0]);
        var inner = Assert.IsType<Group>(outer.Children[1]);
        Assert.True(Assert.IsType<Square>(Assert.Single(inner.Children)).Rounded);
        Assert.Equal(Expect.WrittenText(shape), Expect.WrittenText(Shape.Parse(Expect.Written(shape))));
    }

    [Fact]
    public void An_error_deep_in_nested_cases_has_the_whole_path()
    {
        const string Json = """{"kind":"group","name":"g","children":[{"kind":"group","name":"h","children":[{"kind":"circle","name":"c","radius":true}]}]}""";
        Expect.RejectedAt<Shape>(Json, StrictJsonErrorKind.UnexpectedToken, "$.children[0].children[0].radius", "true");
    }

    [Fact]
    public void A_missing_discriminator_deep_in_nested_cases_has_the_whole_path()
    {
        var error = Expect.Rejected<Shape>("""{"kind":"group","name":"g","children":[{"kind":"group","name":"h","children":[{"name":"c","radius":1}]}]}""");
        Assert.Equal((StrictJsonErrorKind.MissingMember, "$.children[0].children[0].kind"), (error.Kind, error.Path));
    }

    [Theory]
    [InlineData("""{"$type":"started","timestamp":1.5,"workflow":"ci"}""")]
    [InlineData("""{"timestamp":1.5,"workflow":"ci","$type":"started"}""")]
    [InlineData("""{"timestamp":1.5,"\u0024type":"started","workflow":"ci"}""")]
    public void Records_dispatch_on_the_default_discriminator_name(string json)
    {
        Assert.Equal(new Started(1.5, "ci"), Expect.Accepted<RunEvent>(json));
    }

    [Fact]
    public void A_record_case_with_a_defaulted_parameter_keeps_its_default_when_absent()
    {
        Assert.Equal(new Stopped(2, 137), Expect.Accepted<RunEvent>("""{"$type":"stopped","timestamp":2,"code":137}"""));
        Assert.Equal(new Stopped(2, 1, "oom"), Expect.Accepted<RunEvent>("""{"code":1,"reason":"oom","$type":"stopped","timestamp":2}"""));
    }

    [Fact]
    public void A_missing_default_discriminator_is_a_missing_member()
    {
        var error = Expect.Rejected<RunEvent>("""{"timestamp":2,"code":137}""");
        Assert.Equal((StrictJsonErrorKind.MissingMember, "$['$type']"), (error.Kind, error.Path));
    }

    [Fact]
    public void Record_cases_round_trip_equal_with_the_discriminator_first()
    {
        RunEvent[] events = [new Started(0.25, "build"), new Stopped(3, 0), new Stopped(4, 2, "\u00e9chec")];

        foreach (var value in events)
        {
            string written = Expect.WrittenText(value);
            Assert.StartsWith("{\"$type\":", written, System.StringComparison.Ordinal);
            Assert.Equal(value, RunEvent.Parse(Expect.Written(value)));
        }
    }
}

/// <summary>Discriminator names and values that need escaping, and non-ASCII ones.</summary>
public class OddDiscriminatorTests
{
    [Theory]
    [InlineData("""{"tÿpe":"a \"quoted\" café","n":1}""")]
    [InlineData("""{"n":1,"t\u00ffpe":"a \u0022quoted\u0022 caf\u00e9"}""")]
    public void Values_and_names_that_need_escaping_are_matched_unescaped(string json)
    {
        Assert.Equal(new Quoted(1), Expect.Accepted<Odd>(json));
    }

    [Fact]
    public void A_value_that_needs_escaping_round_trips()
    {
        Odd value = new Quoted(7);

        string written = Expect.WrittenText(value);

        Assert.StartsWith("{\"t", written, System.StringComparison.Ordinal);
        Assert.Equal(value, Odd.Parse(Expect.Written(value)));
    }

    [Fact]
    public void A_missing_non_ascii_discriminator_has_a_bracketed_path()
    {
        var error = Expect.Rejected<Odd>("""{"n":1}""");
        Assert.Equal((StrictJsonErrorKind.MissingMember, "$['tÿpe']"), (error.Kind, error.Path));
    }

    [Theory]
    [InlineData("""{"tÿpe":"a \"quoted\" cafe","n":1}""", StrictJsonErrorKind.InvalidValue)]
    [InlineData("""{"type":"plain","n":1}""", StrictJsonErrorKind.MissingMember)]
    public void A_near_miss_is_not_a_match(string json, StrictJsonErrorKind kind)
    {
        var error = Expect.Rejected<Odd>(json);
        Assert.Equal((kind, "$['tÿpe']"), (error.Kind, error.Path));
    }
}
