using System.IO;
using System.Text;
using SeedSdk.Extraction.Curation;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Cli.Input;

/// <summary>
/// Applies the curation file beside a seed (<c>report.seedsdk.json</c> beside <c>report.txt</c>) with the same
/// shared code the generator uses; each problem goes to stderr as <c>path(line,column): warning SEEDnnn: message</c>.
/// </summary>
internal static class SeedCurationFile
{
    /// <summary><paramref name="document"/> curated by the file beside <paramref name="seed"/>, or unchanged when there is none.</summary>
    public static ExtractedDocument Apply(SeedFile seed, ExtractedDocument document, TextWriter stderr)
    {
        var path = SeedCuration.PathFor(seed.FullPath);
        if (!File.Exists(path))
        {
            return document;
        }

        var displayPath = SeedCuration.PathFor(seed.DisplayPath);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (IOException e)
        {
            stderr.WriteLine(displayPath + ": warning " + CurationProblemIds.NotJson + ": the curation file could not be read (" + e.Message + "); none of it is applied");
            return document;
        }
        catch (System.UnauthorizedAccessException)
        {
            stderr.WriteLine(displayPath + ": warning " + CurationProblemIds.NotJson + ": the curation file could not be read (permission denied); none of it is applied");
            return document;
        }

        var result = SeedCuration.Apply(document, text);
        foreach (var problem in result.Problems)
        {
            stderr.WriteLine(displayPath + "(" + problem.Span.Line + "," + problem.Span.Column + "): warning " + problem.Id + ": " + problem.Message);
        }

        return result.Document;
    }
}
