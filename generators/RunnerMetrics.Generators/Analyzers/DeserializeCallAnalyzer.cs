using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RunnerMetrics.Generators.Diagnostics;
using RunnerMetrics.Generators.Parsing;

namespace RunnerMetrics.Generators.Analyzers;

/// <summary>
/// SJ2001: warns when <c>JsonSerializer.Deserialize</c> targets a <c>[StrictJson]</c> type, whose generated
/// <c>Parse</c>/<c>TryParse</c> is stricter and faster.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeserializeCallAnalyzer : DiagnosticAnalyzer
{
    private const string JsonSerializerName = "System.Text.Json.JsonSerializer";
    private const string DeserializeName = "Deserialize";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.DeserializeCall);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // Resolved once per compilation; a project without either type can't have the problem.
            var serializer = start.Compilation.GetTypeByMetadataName(JsonSerializerName);
            var attribute = start.Compilation.GetTypeByMetadataName(KnownNames.StrictJsonAttribute);
            var systemType = start.Compilation.GetTypeByMetadataName("System.Type");
            if (serializer is null || attribute is null)
            {
                return;
            }

            start.RegisterOperationAction(
                operation => Analyze(operation, serializer, attribute, systemType),
                OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol serializer, INamedTypeSymbol attribute, INamedTypeSymbol? systemType)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != DeserializeName || !SymbolEqualityComparer.Default.Equals(method.ContainingType, serializer))
        {
            return;
        }

        var target = TargetType(invocation, systemType);
        if (target is null || !IsStrictJson(target, attribute))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DeserializeCall, NameLocation(invocation), target.Name));
    }

    /// <summary>The <c>T</c> of <c>Deserialize&lt;T&gt;</c>, or the <c>typeof(T)</c> passed as <c>returnType</c>.</summary>
    private static ITypeSymbol? TargetType(IInvocationOperation invocation, INamedTypeSymbol? systemType)
    {
        if (invocation.TargetMethod.IsGenericMethod)
        {
            return Unwrap(invocation.TargetMethod.TypeArguments[0]);
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter
                && SymbolEqualityComparer.Default.Equals(parameter.Type, systemType)
                && argument.Value is ITypeOfOperation typeOf)
            {
                return Unwrap(typeOf.TypeOperand);
            }
        }

        return null;
    }

    /// <summary><c>Deserialize&lt;Exit?&gt;</c> is as much a call for <c>Exit</c> as <c>Deserialize&lt;Exit&gt;</c>.</summary>
    private static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;

    private static bool IsStrictJson(ITypeSymbol type, INamedTypeSymbol attribute)
    {
        foreach (var data in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>Deserialize&lt;T&gt;</c> name of the call, so the squiggle does not cover the arguments.</summary>
    private static Location NameLocation(IInvocationOperation invocation) =>
        invocation.Syntax is InvocationExpressionSyntax call
            ? call.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.GetLocation(),
                var expression => expression.GetLocation(),
            }
            : invocation.Syntax.GetLocation();
}
