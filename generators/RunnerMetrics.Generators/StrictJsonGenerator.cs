using Microsoft.CodeAnalysis;
using RunnerMetrics.Generators.Emitting;
using RunnerMetrics.Generators.Parsing;

namespace RunnerMetrics.Generators;

/// <summary>Generates strict <c>TryParse</c>/<c>Parse</c>/<c>TryRead</c> and <c>WriteTo</c> for every <c>[StrictJson]</c> type.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class StrictJsonGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Symbols → value model plus diagnostics; only annotated type declarations are visited.
        var results = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.StrictJsonAttribute,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                TypeModelParser.Parse)
            .WithTrackingName(TrackingNames.Parse);

        // Diagnostics go out on their own, so a model that did not change is not emitted again.
        var diagnostics = results
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, items) =>
        {
            foreach (var item in items)
            {
                output.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        // Models → one source file each; a type with errors gets a stub that only throws, so nothing cascades.
        var models = results
            .Select(static (result, _) => result.Model)
            .Where(static model => model is not null)
            .WithTrackingName(TrackingNames.Model);
        context.RegisterSourceOutput(models, static (output, model) =>
            output.AddSource(model!.HintName, TypeEmitter.Emit(model)));

        // Enums → one shape struct per enum and naming policy in the assembly, however many types use it.
        var enums = models
            .SelectMany(static (model, _) => model!.Enums)
            .Collect()
            .WithTrackingName(TrackingNames.Enums);
        context.RegisterSourceOutput(enums, static (output, all) =>
        {
            var emitted = new System.Collections.Generic.HashSet<string>();
            foreach (var model in all)
            {
                if (emitted.Add(model.HelperName))
                {
                    output.AddSource(EnumEmitter.HintName(model), EnumEmitter.Emit(model));
                }
            }
        });
    }
}
