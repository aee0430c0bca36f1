using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RunnerMetrics.Generators.Parsing;

/// <summary>
/// Whether a <c>[StrictJson]</c> type other than the one being parsed has its generated members. Code that nests
/// such a type, dispatches to it as a derived type or hides its members would not compile against one that gets
/// none (its own SJ diagnostic explains why: SJ1001, SJ1008, SJ1012), so that code becomes a stub instead of a
/// cascade of errors.
/// </summary>
internal static class GeneratedMembers
{
    public static bool Exist(INamedTypeSymbol type, Compilation compilation)
    {
        // A type from a referenced assembly was compiled already: it has them if it implements the interface they implement.
        if (type.DeclaringSyntaxReferences.IsEmpty)
        {
            return type.AllInterfaces.Any(i =>
                i.ConstructedFrom.ToDisplayString() == KnownNames.ObjectInterface
                && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type));
        }

        return CanTakeCode(type) && !ReservedMembers.LeaveNoStub(type, compilation);
    }

    /// <summary>Whether the generator can add code to the type: partial, not generic, nested only in partial non-generic types.</summary>
    private static bool CanTakeCode(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            bool isPartial = current.DeclaringSyntaxReferences.Any(reference =>
                reference.GetSyntax() is TypeDeclarationSyntax syntax && syntax.Modifiers.Any(SyntaxKind.PartialKeyword));
            if (!isPartial || current.TypeParameters.Length > 0)
            {
                return false;
            }
        }

        return true;
    }
}
