using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using RunnerMetrics.Generators.Emitting;

namespace RunnerMetrics.Generators.Parsing;

/// <summary>
/// The user's members that the generated code's own members would collide with (SJ1012): declared by the type
/// (explicit implementations of <c>IStrictJsonParsable&lt;T&gt;</c> included), or inherited from a base where the
/// generated member would hide them (a warning, CS0108, that is an error under warnings-as-errors). The public
/// methods are in a stub too, so a collision with one of them leaves the type no code at all; the private helpers
/// are only in a full parser, so such a type still gets a stub.
/// </summary>
internal static class ReservedMembers
{
    // The full parser's private helpers: any member with the name collides (a nested type hides every member of its
    // name). Reserved whatever the type's shape, so that an edit that makes a type flat can't break it.
    private static readonly string[] s_helperNames = ["BuildFromTape", "TryReadMembers", "StrictJsonMembers"];

    private static readonly SymbolDisplayFormat s_memberFormat = new(
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>A user member the generated code collides with, as its diagnostic names it; only used while parsing, never in the model.</summary>
    /// <param name="Member">The member.</param>
    /// <param name="Display">Its name, with its parameters and, for an inherited one, its type: <c>Base.Parse(ReadOnlySpan&lt;byte&gt;)</c>.</param>
    /// <param name="LeavesNoStub">Whether it collides with a member of the stub too, so the type can get no code.</param>
    public sealed record Collision(ISymbol Member, string Display, bool LeavesNoStub);

    public static List<Collision> Find(INamedTypeSymbol type, Compilation compilation)
    {
        var collisions = new List<Collision>();
        foreach (var member in type.GetMembers())
        {
            if (Collides(member, type) is bool leavesNoStub)
            {
                collisions.Add(new Collision(member, Describe(member), leavesNoStub));
            }
        }

        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            foreach (var member in baseType.GetMembers())
            {
                if (member is not IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor }
                    && compilation.IsSymbolAccessibleWithin(member, type)
                    && !IsGeneratedHere(member)
                    && !collisions.Any(c => c.Member.Name == member.Name)
                    && Collides(member, type) is bool leavesNoStub)
                {
                    collisions.Add(new Collision(member, $"{baseType.Name}.{member.ToDisplayString(s_memberFormat)}", leavesNoStub));
                }
            }
        }

        return collisions;
    }

    /// <summary>Whether a collision leaves <paramref name="type"/> without even a stub.</summary>
    public static bool LeaveNoStub(INamedTypeSymbol type, Compilation compilation) =>
        Find(type, compilation).Any(c => c.LeavesNoStub);

    /// <summary><see langword="null"/> when <paramref name="member"/> does not collide, else whether the stub collides too.</summary>
    private static bool? Collides(ISymbol member, INamedTypeSymbol type)
    {
        if (s_helperNames.Contains(member.Name) || ImplementsParsableExplicitly(member))
        {
            return false;
        }

        if (member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
        {
            // The full parser's private constructor; its other one takes StrictJsonMembers, reserved by name.
            return HasParameters(constructor, Names.Tape, "int") ? false : null;
        }

        string[]? parameters = PublicMethodParameters(member.Name, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
        if (parameters is null)
        {
            return null;
        }

        // A property, field, event or nested type can't share a name with a method (CS0102); an overload can.
        return member is not IMethodSymbol method || (method.Arity == 0 && HasParameters(method, parameters)) ? true : null;
    }

    // An explicit implementation of IStrictJsonParsable<T> compiles beside the generated members but wins every call
    // made through the interface (generic callers): the two would disagree. The stub implements the interface, so the
    // type keeps one. (IStrictJsonObject<T> is implemented explicitly, so a user's implementation is CS8646 already.)
    private static bool ImplementsParsableExplicitly(ISymbol member) => ExplicitlyImplementedParsable(member) is not null;

    private static INamedTypeSymbol? ExplicitlyImplementedParsable(ISymbol member) =>
        member is IMethodSymbol method
            ? method.ExplicitInterfaceImplementations.Select(m => m.ContainingType).FirstOrDefault(i => i.ConstructedFrom.ToDisplayString() == KnownNames.ParsableInterface)
            : null;

    // An explicit implementation is named with its interface: TryParse alone would read as the public method.
    private static string Describe(ISymbol member) =>
        ExplicitlyImplementedParsable(member) is { } implemented
            ? $"{implemented.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}.{member.ToDisplayString(s_memberFormat)}"
            : member.ToDisplayString(s_memberFormat);

    /// <summary>The parameters of the generated public method <paramref name="name"/> (by-ref ones start with <c>ref </c>), or <see langword="null"/>.</summary>
    private static string[]? PublicMethodParameters(string name, string self) => name switch
    {
        "TryParse" => [Names.ByteSpan, "ref " + self, "ref " + Names.Error],
        "Parse" => [Names.ByteSpan],
        "TryRead" => ["ref " + Names.Reader, "ref " + self, "ref " + Names.Error],
        "WriteTo" => [Names.Writer],
        _ => null,
    };

    // Overloads can't differ only in ref, out or in (CS0663), so every by-ref kind counts as one; nullability does not count.
    private static bool HasParameters(IMethodSymbol method, params string[] parameters) =>
        method.Parameters.Length == parameters.Length
        && method.Parameters.Select(p => (p.RefKind == RefKind.None ? string.Empty : "ref ") + p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
            .SequenceEqual(parameters);

    // Parse and WriteTo of a [StrictJson] base from a referenced assembly: the generated code hides them on purpose ('new').
    private static bool IsGeneratedHere(ISymbol member) =>
        member.GetAttributes().Any(a =>
            a.AttributeClass?.ToDisplayString() == KnownNames.GeneratedCodeAttribute
            && a.ConstructorArguments.FirstOrDefault().Value is "RunnerMetrics.Generators");
}
