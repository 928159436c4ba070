using System;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Curation;

/// <summary>
/// The one entry point of curation: a seed's extracted facts and the text of its curation file in, the curated
/// facts and every problem (located in the curation file) out. The generator and the CLI both call it, so a
/// curation file means the same thing to the compiled API and to <c>seedsdk facts</c>.
/// </summary>
public static class SeedCuration
{
    /// <summary>What a curation file's name ends with: <c>report.txt</c> is curated by <c>report.seedsdk.json</c>.</summary>
    public const string FileSuffix = ".seedsdk.json";

    /// <summary>Whether <paramref name="path"/> names a curation file.</summary>
    public static bool IsCurationFile(string path) => path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The path of the curation file beside the seed at <paramref name="seedPath"/> (same folder, extension replaced).</summary>
    public static string PathFor(string seedPath)
    {
        var nameStart = Math.Max(seedPath.LastIndexOf('/'), seedPath.LastIndexOf('\\')) + 1;
        var dot = seedPath.LastIndexOf('.');
        var stem = dot > nameStart ? seedPath.Substring(0, dot) : seedPath;
        return stem + FileSuffix;
    }

    /// <summary>Applies the curation file <paramref name="curationText"/> to <paramref name="document"/>, extracted with <see cref="Lexicon.English"/>.</summary>
    public static CurationResult Apply(ExtractedDocument document, string curationText) => Apply(document, curationText, Lexicon.English);

    /// <summary>
    /// Applies the curation file <paramref name="curationText"/> to <paramref name="document"/>, extracted with
    /// <paramref name="lexicon"/>: facts a curated name displaces are named again with its words.
    /// </summary>
    public static CurationResult Apply(ExtractedDocument document, string curationText, Lexicon lexicon)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (curationText is null)
        {
            throw new ArgumentNullException(nameof(curationText));
        }

        if (lexicon is null)
        {
            throw new ArgumentNullException(nameof(lexicon));
        }

        var problems = new CurationProblems(curationText);
        var root = JsonReader.Read(curationText, out var error);
        if (root is null)
        {
            problems.Add(CurationProblemIds.NotJson, "The curation file is not valid JSON (" + error!.Message + "); none of it is applied", error.Start, error.Length);
            return new CurationResult(document, EquatableArray<CurationProblem>.TakeOwnership(new[] { problems.All[0] }));
        }

        var plan = CurationParser.Parse(root, problems);
        var curated = CurationApplier.Apply(document, plan, problems, lexicon);
        var list = new CurationProblem[problems.All.Count];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = problems.All[i];
        }

        return new CurationResult(curated, EquatableArray<CurationProblem>.TakeOwnership(list));
    }
}

/// <summary>The curated document and the curation file's problems, in file order.</summary>
public sealed record CurationResult(ExtractedDocument Document, EquatableArray<CurationProblem> Problems);
