using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SeedSdk.Extraction.Curation;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Model;
using SeedSdk.Generator.Parsing;

namespace SeedSdk.Generator;

/// <summary>
/// Pairs each read seed with the curation file beside it and applies it; the extraction before it never re-runs for a
/// curation edit. Reports curation files that stand beside no seed.
/// </summary>
internal static class CurationPipeline
{
    /// <summary>Every curation file of the project, collected.</summary>
    public static IncrementalValueProvider<EquatableArray<CurationText>> Files(IncrementalGeneratorInitializationContext context)
        => context.AdditionalTextsProvider
            .Where(static file => SeedCuration.IsCurationFile(file.Path))
            .Select(static (file, cancellationToken) => new CurationText(file.Path, file.GetText(cancellationToken)?.ToString()))
            .Collect()
            .Select(static (files, _) => files.ToEquatableArray())
            .WithTrackingName(TrackingNames.CurationFiles);

    /// <summary>
    /// Each read seed with its curation file applied. One step per seed: it finds the seed's file and applies it, and
    /// its output compares equal for every seed whose curation did not change, so only the edited seed is re-emitted.
    /// </summary>
    public static IncrementalValuesProvider<SeedReadResult> Curate(IncrementalValuesProvider<SeedReadResult> reads, IncrementalValueProvider<EquatableArray<CurationText>> curationFiles)
        => reads
            .Combine(curationFiles)
            .WithTrackingName(TrackingNames.SeedsWithCuration)
            .Select(static (input, _) => SeedCurator.Apply(input.Left, SeedCurator.Find(input.Left, input.Right)))
            .WithTrackingName(TrackingNames.CuratedSeeds);

    /// <summary>SEED027 for every curation file that no seed of <paramref name="seeds"/> stands beside.</summary>
    public static void ReportOrphans(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<CurationText>> curationFiles, IncrementalValueProvider<ImmutableArray<SeedIdentity>> seeds)
    {
        var orphans = curationFiles
            .Combine(seeds)
            .Select(static (input, _) => SeedCurator.Orphans(input.Left, input.Right))
            .WithTrackingName(TrackingNames.OrphanCurationDiagnostics);
        context.RegisterSourceOutput(orphans, static (output, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }
}
