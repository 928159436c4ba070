using SeedSdk.Cli.CommandLine;
using SeedSdk.Cli.Extraction;
using SeedSdk.Cli.Input;
using SeedSdk.Cli.Output;

namespace SeedSdk.Cli.Commands;

/// <summary>
/// <c>seedsdk facts</c>: extracts every readable seed and prints them together, as a table or as JSON.
/// A missing path or an unreadable file is reported on stderr and the rest is still processed; the exit
/// code says what went wrong (2 for a missing path, else 1 for an unreadable file).
/// </summary>
internal static class FactsCommand
{
    /// <summary>Runs <c>facts</c> for <paramref name="arguments"/>.</summary>
    public static int Run(CliArguments arguments, CliIo io)
    {
        var search = SeedFileFinder.Find(arguments.Paths, io.CurrentDirectory);
        search.ReportProblems(io);
        var documents = DocumentLoader.Load(search.Files, arguments.Kinds, io, out var unreadable);
        if (arguments.Json)
        {
            io.Out.Write(FactsJsonWriter.Write(documents));
        }
        else
        {
            FactsTableWriter.Write(documents, io.Out);
        }

        return search.Missing.Count > 0 ? ExitCodes.Usage : unreadable ? ExitCodes.Failure : ExitCodes.Success;
    }
}
