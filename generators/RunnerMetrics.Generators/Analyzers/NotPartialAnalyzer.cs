using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RunnerMetrics.Generators.Diagnostics;
using RunnerMetrics.Generators.Parsing;

namespace RunnerMetrics.Generators.Analyzers;

/// <summary>
/// SJ1001: a <c>[StrictJson]</c> type must be <c>partial</c>. Reported by an analyzer rather than by the generator
/// because the IDE offers code fixes only for analyzer diagnostics (dotnet/roslyn#67354), and this one has a fix
/// (<c>AddPartialModifierCodeFix</c>). The generator still generates nothing for such a type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NotPartialAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.NotPartial);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // A project that does not reference the attribute can't have the problem.
            var attribute = start.Compilation.GetTypeByMetadataName(KnownNames.StrictJsonAttribute);
            if (attribute is not null)
            {
                start.RegisterSyntaxNodeAction(
                    node => Analyze(node, attribute),
                    SyntaxKind.ClassDeclaration, SyntaxKind.StructDeclaration, SyntaxKind.RecordDeclaration, SyntaxKind.RecordStructDeclaration);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, INamedTypeSymbol attribute)
    {
        // Cheap syntax checks first: only a declaration that carries attributes and lacks 'partial' can qualify.
        var declaration = (TypeDeclarationSyntax)context.Node;
        if (declaration.AttributeLists.Count == 0 || declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return;
        }

        if (context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type)
        {
            return;
        }

        foreach (var data in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotPartial, declaration.Identifier.GetLocation(), type.Name));
                return;
            }
        }
    }
}
