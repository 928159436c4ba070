using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Diagnostics;
using SeedSdk.Generator.Emitting;
using SeedSdk.Generator.Model;
using SeedSdk.Generator.Parsing;

namespace SeedSdk.Generator;

/// <summary>
/// Turns every AdditionalFile flagged <c>SeedSdkSeed="true"</c> into a static partial class of typed,
/// documented facts. Pipeline: files + options → read and extract (equatable <see cref="SeedModel"/>)
/// → type-name clash detection over all seeds → one section per seed (cached) → the sections grouped into at most
/// <see cref="GeneratedFiles.FileCount"/> files, so that only the edited seed's file is rebuilt. Diagnostics flow on their
/// own branch so that a change that only moves a diagnostic re-emits no code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var globalOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GlobalOptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.GlobalOptions);

        // Every per-seed step walks all the seeds on every run, even when cached: the options are combined once,
        // and reading and filtering are one step.
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(globalOptions);
        var extracted = context.AdditionalTextsProvider
            .Combine(options)
            .WithTrackingName(TrackingNames.AdditionalFilesWithOptions)
            .SelectMany(static (input, cancellationToken) => SeedReader.Read(input.Left, input.Right.Left, input.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.ReadSeeds);
        var curationFiles = CurationPipeline.Files(context);
        var reads = CurationPipeline.Curate(extracted, curationFiles);

        var models = reads
            .Select(static (result, _) => result.Model)
            .WithTrackingName(TrackingNames.Models);

        // One step per seed feeds both project-wide checks: clashing type names and curation files without a seed.
        var identities = reads
            .Select(static (result, _) => new SeedIdentity(result.FilePath, result.Key))
            .Collect()
            .WithTrackingName(TrackingNames.SeedIdentities);
        CurationPipeline.ReportOrphans(context, curationFiles, identities);

        var duplicatePaths = identities
            .Select(static (all, _) => DuplicateTypeNames.Losers(all))
            .WithTrackingName(TrackingNames.DuplicatePaths);

        var language = context.ParseOptionsProvider
            .Select(static (options, _) => LanguageFeatures.Of(options))
            .WithTrackingName(TrackingNames.LanguageFeatures);

        var emitSettings = duplicatePaths
            .Combine(language)
            .WithTrackingName(TrackingNames.EmitSettings);

        // One Combine and one Select per seed.
        var sections = models
            .Combine(emitSettings)
            .WithTrackingName(TrackingNames.ModelsWithDuplicates)
            .Select(static (input, _) => input.Left is not null && !Contains(input.Right.Left, input.Left.FilePath) ? EmitSection(input.Left, input.Right.Right) : null)
            .WithTrackingName(TrackingNames.SeedSections);

        // Collected once: the files and the emit failures read the same collection, so no step walks every seed twice.
        var collected = sections
            .Collect()
            .Combine(language)
            .WithTrackingName(TrackingNames.CollectedSections);

        var files = collected
            .SelectMany(static (input, _) => GeneratedFiles.Group(Sections(input.Left), input.Right.NullableDirective))
            .WithTrackingName(TrackingNames.GeneratedFiles);
        context.RegisterSourceOutput(files, static (output, file) => output.AddSource(file.HintName, SourceText.From(file.Text(), Encoding.UTF8)));

        var emitDiagnostics = collected
            .Select(static (input, _) => Errors(input.Left))
            .WithTrackingName(TrackingNames.EmitDiagnostics);
        context.RegisterSourceOutput(emitDiagnostics, static (output, diagnostics) => Report(output, diagnostics));

        var seedDiagnostics = reads
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.SeedDiagnostics);
        context.RegisterSourceOutput(seedDiagnostics, static (output, diagnostics) => Report(output, diagnostics));

        var duplicateDiagnostics = identities
            .Select(static (all, _) => DuplicateTypeNames.Diagnostics(all))
            .WithTrackingName(TrackingNames.DuplicateDiagnostics);
        context.RegisterSourceOutput(duplicateDiagnostics, static (output, diagnostics) => Report(output, diagnostics));

        var optionDiagnostics = globalOptions
            .Select(static (options, _) => OptionDiagnostics(options))
            .WithTrackingName(TrackingNames.OptionDiagnostics);
        context.RegisterSourceOutput(optionDiagnostics, static (output, diagnostics) => Report(output, diagnostics));
    }

    /// <summary>The seed's section; a failure becomes SEED099 on the seed instead of failing the whole generator.</summary>
    private static EmittedSeed EmitSection(SeedModel model, LanguageFeatures language)
    {
        try
        {
            var text = SeedEmitter.Section(model, LineDirectives.Into(model.FilePath, model.Document.Text, language.SpanLineDirectives));
            return new EmittedSeed(new SeedSection(GeneratedFiles.HintNameOf(model.FullTypeName), model.FullTypeName, text), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new EmittedSeed(null, DiagnosticInfo.InFile(
                DiagnosticDescriptors.InternalError, model.FilePath, default, default, model.Document.Path, exception.GetType().Name + ": " + exception.Message));
        }
    }

    private static IEnumerable<SeedSection> Sections(ImmutableArray<EmittedSeed?> emitted)
    {
        foreach (var seed in emitted)
        {
            if (seed?.Section is not null)
            {
                yield return seed.Section;
            }
        }
    }

    private static EquatableArray<DiagnosticInfo> Errors(ImmutableArray<EmittedSeed?> emitted)
    {
        var errors = new List<DiagnosticInfo>();
        foreach (var seed in emitted)
        {
            if (seed?.Error is not null)
            {
                errors.Add(seed.Error);
            }
        }

        return EquatableArray<DiagnosticInfo>.TakeOwnership(errors.ToArray());
    }

    /// <summary>What emitting one seed gave: its section, or the diagnostic that replaces it.</summary>
    private sealed record EmittedSeed(SeedSection? Section, DiagnosticInfo? Error);

    private static EquatableArray<DiagnosticInfo> OptionDiagnostics(GlobalSeedOptions options)
        => options.InvalidNamespace is null
            ? EquatableArray<DiagnosticInfo>.Empty
            : EquatableArray.Of(DiagnosticInfo.Global(DiagnosticDescriptors.InvalidNamespace, options.InvalidNamespace, options.Namespace));

    private static bool Contains(EquatableArray<string> paths, string path)
    {
        foreach (var candidate in paths)
        {
            if (string.Equals(candidate, path, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
