using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SeedSdk.Extraction.Curation;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Diagnostics;
using SeedSdk.Generator.Model;

namespace SeedSdk.Generator.Parsing;

/// <summary>Applies a seed's curation file to its read result; problems become diagnostics in the curation file.</summary>
internal static class SeedCurator
{
    /// <summary>The curation file of <paramref name="read"/>'s seed among <paramref name="files"/>, or null.</summary>
    public static CurationText? Find(SeedReadResult read, EquatableArray<CurationText> files)
    {
        if (read.Model is null || files.Count == 0)
        {
            return null;
        }

        var path = SeedCuration.PathFor(read.Model.FilePath);
        foreach (var file in files)
        {
            if (string.Equals(file.Path, path, System.StringComparison.Ordinal))
            {
                return file;
            }
        }

        return null;
    }

    /// <summary>One SEED027 per curation file that no seed stands beside (a typo in its name, or a seed that is not listed).</summary>
    public static EquatableArray<DiagnosticInfo> Orphans(EquatableArray<CurationText> files, ImmutableArray<SeedIdentity> seeds)
    {
        var curated = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            curated.Add(SeedCuration.PathFor(seed.FilePath));
        }

        var diagnostics = new List<DiagnosticInfo>();
        foreach (var file in files)
        {
            if (!curated.Contains(file.Path))
            {
                diagnostics.Add(DiagnosticInfo.InFile(CurationDescriptors.NoSeed, file.Path, default, default, file.Path));
            }
        }

        return EquatableArray<DiagnosticInfo>.TakeOwnership(diagnostics.ToArray());
    }

    /// <summary><paramref name="read"/> with its facts curated by <paramref name="curation"/> (unchanged when there is none).</summary>
    public static SeedReadResult Apply(SeedReadResult read, CurationText? curation)
    {
        if (read.Model is null || curation is null)
        {
            return read;
        }

        var diagnostics = new List<DiagnosticInfo>(read.Diagnostics);
        if (curation.Text is null)
        {
            diagnostics.Add(DiagnosticInfo.InFile(CurationDescriptors.NotJson, curation.Path, default, default, "The curation file could not be read; none of it is applied"));
            return read with { Diagnostics = EquatableArray<DiagnosticInfo>.TakeOwnership(diagnostics.ToArray()) };
        }

        var result = SeedCuration.Apply(read.Model.Document, curation.Text);
        var source = SourceText.From(curation.Text);
        foreach (var problem in result.Problems)
        {
            var span = new TextSpan(problem.Span.Start, problem.Span.Length);
            diagnostics.Add(DiagnosticInfo.InFile(CurationDescriptors.ForId(problem.Id), curation.Path, span, source.Lines.GetLinePositionSpan(span), problem.Message));
        }

        var document = result.Document;
        if (!ReferenceEquals(document, read.Model.Document))
        {
            document = FactValidator.Validate(document, read.Model.FilePath, SourceText.From(document.Text), diagnostics);
        }

        return read with
        {
            Model = read.Model with { Document = document },
            Diagnostics = EquatableArray<DiagnosticInfo>.TakeOwnership(diagnostics.ToArray()),
        };
    }
}

/// <summary>A curation file's path and text (null when it could not be read).</summary>
internal sealed record CurationText(string Path, string? Text);
