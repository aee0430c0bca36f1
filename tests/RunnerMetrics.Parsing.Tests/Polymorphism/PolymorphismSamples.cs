using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace RunnerMetrics.Parsing.Tests.Polymorphism;

/// <summary>An abstract base on <c>"kind"</c>; <see cref="Square"/> derives from another derived type.</summary>
[StrictJson]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Circle), "circle")]
[JsonDerivedType(typeof(Rectangle), "rectangle")]
[JsonDerivedType(typeof(Square), "square")]
[JsonDerivedType(typeof(Group), "group")]
public abstract partial class Shape
{
    public string Name { get; set; } = "";
}

[StrictJson]
public partial class Circle : Shape
{
    public double Radius { get; set; }
}

[StrictJson]
public partial class Rectangle : Shape
{
    public double Width { get; set; }
    public double Height { get; set; }
}

/// <summary>Derived from <see cref="Rectangle"/>: a square is written and read back as <c>"square"</c>, never as a rectangle.</summary>
[StrictJson]
public sealed partial class Square : Rectangle
{
    public bool Rounded { get; set; }
}

/// <summary>A case that holds bases: polymorphic values nested in a polymorphic value.</summary>
[StrictJson]
public sealed partial class Group : Shape
{
    public List<Shape> Children { get; set; } = [];
}

/// <summary>Bases as members: a list of them and an optional one.</summary>
[StrictJson]
public sealed partial class Drawing
{
    public List<Shape> Shapes { get; set; } = [];
    public Shape? Background { get; set; }
}

/// <summary>A concrete (non-abstract) base: a bare <see cref="Animal"/> has no discriminator to be written with.</summary>
[StrictJson]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Dog), "dog")]
[JsonDerivedType(typeof(Cat), "cat")]
public partial class Animal
{
    public string Name { get; set; } = "";
}

[StrictJson]
public sealed partial class Dog : Animal
{
    public int Barks { get; set; }
}

[StrictJson]
public sealed partial class Cat : Animal
{
    public int? Lives { get; set; }
}

/// <summary>Records with primary constructors, and System.Text.Json's default discriminator name <c>$type</c>.</summary>
[StrictJson]
[JsonDerivedType(typeof(Started), "started")]
[JsonDerivedType(typeof(Stopped), "stopped")]
public abstract partial record RunEvent(double Timestamp);

[StrictJson]
public sealed partial record Started(double Timestamp, string Workflow) : RunEvent(Timestamp);

[StrictJson]
public sealed partial record Stopped(double Timestamp, int Code, string? Reason = null) : RunEvent(Timestamp);

/// <summary>A discriminator name and values that need escaping or are not ASCII.</summary>
[StrictJson]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "tÿpe")]
[JsonDerivedType(typeof(Quoted), "a \"quoted\" café")]
[JsonDerivedType(typeof(Plain), "plain")]
public abstract partial record Odd(int N);

[StrictJson]
public sealed partial record Quoted(int N) : Odd(N);

[StrictJson]
public sealed partial record Plain(int N) : Odd(N);
