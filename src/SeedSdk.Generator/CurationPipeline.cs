using Microsoft.CodeAnalysis;
using SeedSdk.Extraction.Curation;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Model;
using SeedSdk.Generator.Parsing;

namespace SeedSdk.Generator;

/// <summary>
/// Pairs each read seed with the curation file beside it and applies it. Every seed looks its curation file up
/// in the collected set, a cheap step; the curation itself re-runs only for the seed whose pair changed, and the
/// extraction before it never re-runs for a curation edit.
/// </summary>
internal static class CurationPipeline
{
    public static IncrementalValuesProvider<SeedReadResult> Curate(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<SeedReadResult> reads)
    {
        var curationFiles = context.AdditionalTextsProvider
            .Where(static file => SeedCuration.IsCurationFile(file.Path))
            .Select(static (file, cancellationToken) => new CurationText(file.Path, file.GetText(cancellationToken)?.ToString()))
            .Collect()
            .Select(static (files, _) => files.ToEquatableArray())
            .WithTrackingName(TrackingNames.CurationFiles);

        var seedPaths = reads
            .Select(static (read, _) => read.FilePath)
            .Collect()
            .Select(static (paths, _) => paths.ToEquatableArray())
            .WithTrackingName(TrackingNames.SeedPaths);

        var orphans = curationFiles
            .Combine(seedPaths)
            .Select(static (input, _) => SeedCurator.Orphans(input.Left, input.Right))
            .WithTrackingName(TrackingNames.OrphanCurationDiagnostics);
        context.RegisterSourceOutput(orphans, static (output, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        return reads
            .Combine(curationFiles)
            .Select(static (input, _) => (Read: input.Left, Curation: SeedCurator.Find(input.Left, input.Right)))
            .WithTrackingName(TrackingNames.SeedsWithCuration)
            .Select(static (pair, _) => SeedCurator.Apply(pair.Read, pair.Curation))
            .WithTrackingName(TrackingNames.CuratedSeeds);
    }
}
