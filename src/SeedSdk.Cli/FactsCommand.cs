using System.Collections.Generic;
using System.IO;
using SeedSdk.Cli.CommandLine;
using SeedSdk.Cli.Input;
using SeedSdk.Cli.Output;
using SeedSdk.Extraction;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Cli;

/// <summary>
/// <c>seedsdk facts</c>: extracts every readable seed, applies the curation file beside it, and prints them together. A missing path or an
/// unreadable file is reported on stderr and the rest is still processed; the exit code says what went wrong
/// (2 for a missing path, else 1 for an unreadable file).
/// </summary>
internal static class FactsCommand
{
    /// <summary>Runs <c>facts</c> for <paramref name="arguments"/>.</summary>
    public static int Run(CliArguments arguments, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        var missing = new List<string>();
        var files = SeedFileFinder.Find(arguments.Paths, currentDirectory, missing);
        foreach (var path in missing)
        {
            stderr.WriteLine("seedsdk: error: path not found: " + path);
        }

        var documents = new List<ExtractedDocument>(files.Count);
        var unreadable = false;
        foreach (var file in files)
        {
            var text = SeedReader.TryRead(file, out var error);
            if (text is null)
            {
                stderr.WriteLine("seedsdk: error: cannot read " + file.DisplayPath + ": " + error);
                unreadable = true;
                continue;
            }

            documents.Add(SeedCurationFile.Apply(file, FactExtractor.Extract(text, file.DisplayPath), stderr));
        }

        if (arguments.Json)
        {
            stdout.Write(FactsJsonWriter.Write(documents));
        }
        else
        {
            FactsTableWriter.Write(documents, stdout);
        }

        return missing.Count > 0 ? ExitCodes.Usage : unreadable ? ExitCodes.UnreadableFile : ExitCodes.Success;
    }
}
