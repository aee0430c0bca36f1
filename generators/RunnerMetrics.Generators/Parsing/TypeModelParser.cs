using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RunnerMetrics.Generators.Diagnostics;
using RunnerMetrics.Generators.Helpers;
using RunnerMetrics.Generators.Model;

namespace RunnerMetrics.Generators.Parsing;

/// <summary>Turns a <c>[StrictJson]</c> type symbol into a <see cref="TypeModel"/>, or into the diagnostics that explain why it can't be.</summary>
internal static class TypeModelParser
{
    public static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var declaration = (TypeDeclarationSyntax)context.TargetNode;
        var location = declaration.Identifier.GetLocation();
        var diagnostics = new List<DiagnosticInfo>();

        // SJ1001 (not partial) comes from NotPartialAnalyzer, so that its code fix is offered; such a type gets no code.
        bool isPartial = declaration.Modifiers.Any(SyntaxKind.PartialKeyword);

        var compilation = context.SemanticModel.Compilation;
        // &, not &&: both run, so every error of the type is reported.
        bool canHaveCode = CheckShape(type, location, diagnostics) & CheckReservedMembers(type, compilation, location, diagnostics);
        var options = ReadOptions(context.Attributes[0]);
        cancellationToken.ThrowIfCancellationRequested();

        var enums = new EnumParser(compilation.AssemblyName ?? "Assembly", options.NamingPolicy, diagnostics);
        var shapes = new ShapeParser(enums, compilation, diagnostics);
        var (members, parameterCount) = new MemberParser(type, options.NamingPolicy, shapes, diagnostics).ParseMembers(cancellationToken);
        var polymorphism = PolymorphismParser.ForBase(type, members, location, compilation, diagnostics, out bool dispatchesToTypeWithoutCode);
        var discriminator = PolymorphismParser.ForDerived(type, members, location, diagnostics);
        if (type.IsAbstract && polymorphism is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedTypeShape, location, type.Name, "is abstract and has no [JsonDerivedType]"));
        }

        if (!isPartial || !canHaveCode)
        {
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }

        // A type with errors gets a stub, so types nesting it still compile: the user sees the SJ errors alone.
        bool isStub = diagnostics.Count > 0 || shapes.NestsUnbuildableType || dispatchesToTypeWithoutCode;
        var model = new TypeModel(
            type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(),
            type.Name,
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            DeclarationKeyword(type),
            ContainingDeclarations(type),
            HintName(type),
            Construction(type, parameterCount),
            HidesBaseMembers(type, compilation),
            options.SkipUnknownMembers,
            options.InternStrings,
            isStub ? EquatableArray<MemberModel>.Empty : members,
            isStub ? EquatableArray<EnumModel>.Empty : enums.Enums,
            isStub ? null : polymorphism,
            isStub ? null : discriminator,
            isStub);
        return new ParseResult(model, diagnostics.ToEquatableArray());
    }

    private static bool CheckShape(INamedTypeSymbol type, Location location, List<DiagnosticInfo> diagnostics)
    {
        if (type.TypeParameters.Length > 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedTypeShape, location, type.Name, "is generic"));
            return false;
        }

        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            bool isPartial = outer.DeclaringSyntaxReferences.Any(reference =>
                reference.GetSyntax() is TypeDeclarationSyntax syntax && syntax.Modifiers.Any(SyntaxKind.PartialKeyword));
            if (!isPartial || outer.TypeParameters.Length > 0)
            {
                string reason = outer.TypeParameters.Length > 0
                    ? $"is nested in the generic type '{outer.Name}'"
                    : $"is nested in '{outer.Name}', which is not partial";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedTypeShape, location, type.Name, reason));
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// SJ1012 for each member the generated code would collide with; <see langword="false"/> when even the stub would
    /// (a public method), so the type gets no code. A collision with a private helper leaves it a stub.
    /// </summary>
    private static bool CheckReservedMembers(INamedTypeSymbol type, Compilation compilation, Location location, List<DiagnosticInfo> diagnostics)
    {
        bool leavesStub = true;
        foreach (var collision in ReservedMembers.Find(type, compilation))
        {
            // Where the user renames it; a member from a referenced assembly has no place but the type's name.
            var at = collision.Member.Locations.FirstOrDefault(l => l.IsInSource) ?? location;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReservedMemberName, at, collision.Display, type.Name));
            leavesStub &= !collision.LeavesNoStub;
        }

        return leavesStub;
    }

    private static ConstructionModel Construction(INamedTypeSymbol type, int parameterCount)
    {
        var parameterless = type.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0);
        bool declaresParameterless = parameterless is { IsImplicitlyDeclared: false };
        bool onlyImplicit = type.InstanceConstructors.All(c => c.IsImplicitlyDeclared);
        return new ConstructionModel(
            parameterCount,
            ChainsToParameterless: parameterCount < 0 && declaresParameterless,
            KeepsImplicitConstructor: parameterCount < 0 && !type.IsValueType && onlyImplicit);
    }

    // Only a base that really gets its Parse and WriteTo: 'new' on a member that hides nothing is a warning (CS0109).
    private static bool HidesBaseMembers(INamedTypeSymbol type, Compilation compilation)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (ShapeParser.HasStrictJson(baseType) && GeneratedMembers.Exist(baseType, compilation))
            {
                return true;
            }
        }

        return false;
    }

    private static (bool SkipUnknownMembers, int NamingPolicy, bool InternStrings) ReadOptions(AttributeData attribute)
    {
        bool skip = false;
        int naming = JsonNames.SnakeCaseLower;
        bool intern = false;
        foreach (var argument in attribute.NamedArguments)
        {
            switch (argument.Key)
            {
                case "UnknownMembers":
                    skip = argument.Value.Value is int unknown && unknown == 1;
                    break;
                case "NamingPolicy":
                    naming = argument.Value.Value is int policy ? policy : naming;
                    break;
                case "InternStrings":
                    intern = argument.Value.Value is true;
                    break;
            }
        }

        return (skip, naming, intern);
    }

    private static string DeclarationKeyword(INamedTypeSymbol type) =>
        (type.IsRecord, type.IsValueType) switch
        {
            (true, true) => "record struct",
            (true, false) => "record",
            (false, true) => "struct",
            _ => "class",
        };

    private static EquatableArray<string> ContainingDeclarations(INamedTypeSymbol type)
    {
        var declarations = new List<string>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            string keyword = outer.TypeKind == TypeKind.Interface ? "interface" : DeclarationKeyword(outer);
            declarations.Insert(0, $"partial {keyword} {outer.Name}");
        }

        return declarations.ToEquatableArray();
    }

    private static string HintName(INamedTypeSymbol type) =>
        type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty) + ".StrictJson.g.cs";
}
