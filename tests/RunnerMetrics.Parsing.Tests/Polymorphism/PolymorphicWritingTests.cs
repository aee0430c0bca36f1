using System;
using RunnerMetrics.Parsing.Tests.Support;

namespace RunnerMetrics.Parsing.Tests.Polymorphism;

/// <summary><c>WriteTo</c> writes the discriminator first, through the base or the derived type, and reads back equal.</summary>
public class PolymorphicWritingTests
{
    [Fact]
    public void Writing_through_the_base_writes_the_discriminator_first()
    {
        Shape shape = new Circle { Name = "c", Radius = 2.5 };

        Assert.Equal("""{"kind":"circle","name":"c","radius":2.5}""", Expect.WrittenText(shape));
    }

    [Fact]
    public void Writing_the_derived_type_itself_writes_the_discriminator_first()
    {
        var rectangle = new Rectangle { Name = "r", Width = 1, Height = 2 };

        Assert.Equal("""{"kind":"rectangle","name":"r","width":1,"height":2}""", Expect.WrittenText(rectangle));
    }

    [Fact]
    public void A_type_derived_from_a_derived_type_is_written_with_its_own_discriminator()
    {
        Shape asShape = new Square { Name = "s", Width = 3, Height = 3, Rounded = true };
        Rectangle asRectangle = (Rectangle)asShape;

        const string Expected = """{"kind":"square","name":"s","width":3,"height":3,"rounded":true}""";
        Assert.Equal(Expected, Expect.WrittenText(asShape));
        Assert.Equal(Expected, Expect.WrittenText(asRectangle));
    }

    [Fact]
    public void Derived_values_round_trip_through_the_base()
    {
        Shape[] shapes =
        [
            new Circle { Name = "c", Radius = 0.1 },
            new Rectangle { Name = "r\u00e9", Width = 1e-3, Height = 1e300 },
            new Square { Name = "\"s\"", Width = 2, Height = 2, Rounded = false },
        ];

        foreach (var shape in shapes)
        {
            var back = Shape.Parse(Expect.Written(shape));
            Assert.IsType(shape.GetType(), back);
            Assert.Equal(Expect.WrittenText(shape), Expect.WrittenText(back));
        }

        var circle = Assert.IsType<Circle>(Shape.Parse(Expect.Written(shapes[0])));
        Assert.Equal(("c", 0.1), (circle.Name, circle.Radius));
    }

    [Fact]
    public void A_list_of_bases_round_trips()
    {
        var drawing = new Drawing
        {
            Shapes = [new Square { Name = "a", Width = 1, Height = 1 }, new Circle { Name = "b", Radius = 4 }],
            Background = new Rectangle { Name = "bg", Width = 10, Height = 20 },
        };

        string written = Expect.WrittenText(drawing);
        Assert.Equal(
            """{"shapes":[{"kind":"square","name":"a","width":1,"height":1,"rounded":false},{"kind":"circle","name":"b","radius":4}],"background":{"kind":"rectangle","name":"bg","width":10,"height":20}}""",
            written);
        var back = Expect.Accepted<Drawing>(written);
        Assert.IsType<Square>(back.Shapes[0]);
        Assert.Equal(4.0, Assert.IsType<Circle>(back.Shapes[1]).Radius);
        Assert.Equal(20.0, Assert.IsType<Rectangle>(back.Background).Height);
    }

    [Fact]
    public void Writing_a_bare_concrete_base_throws()
    {
        var animal = new Animal { Name = "generic" };

        var exception = Assert.Throws<InvalidOperationException>(() => Expect.Written(animal));
        Assert.Contains("Animal", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_value_is_written_through_a_concrete_base()
    {
        Animal dog = new Dog { Name = "rex", Barks = 2 };

        Assert.Equal("""{"type":"dog","name":"rex","barks":2}""", Expect.WrittenText(dog));
        Assert.IsType<Dog>(Animal.Parse(Expect.Written(dog)));
    }
}
