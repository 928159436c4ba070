using System.Linq;
using SeedSdk.Cli.CommandLine;
using SeedSdk.Cli.Generation;
using SeedSdk.Cli.Input;

namespace SeedSdk.Cli.Commands;

/// <summary>
/// <c>seedsdk generate</c>: prints the C# the generator emits for one seed, exactly (it is the generator's
/// own output; a build groups several seeds' classes in one file, and this is the file the seed would get alone:
/// the same header, then the seed's class byte for byte). Its diagnostics go to stderr in the compiler's format; exit 1 when it reports an error or
/// emits nothing (an empty, binary or oversized seed), 2 for a missing path or a folder.
/// </summary>
internal static class GenerateCommand
{
    /// <summary>Runs <c>generate</c> for <paramref name="arguments"/>.</summary>
    public static int Run(CliArguments arguments, CliIo io)
    {
        var search = SeedFileFinder.Find(arguments.Paths, io.CurrentDirectory);
        search.ReportProblems(io);
        if (search.Missing.Count > 0 || search.WithoutSeeds.Count > 0)
        {
            return ExitCodes.Usage;
        }

        if (search.Files.Count != 1)
        {
            io.Error.WriteLine("seedsdk: error: generate takes one seed file, but " + arguments.Paths[0] + " holds " + search.Files.Count + "; name one of them");
            return ExitCodes.Usage;
        }

        var outcome = GeneratorRun.Run(
            GeneratorInputs.Read(search.Files, io),
            new GenerationSettings(arguments.Namespace, arguments.MaxSeedBytes, arguments.TypeName));
        foreach (var diagnostic in outcome.Diagnostics)
        {
            io.Error.WriteLine(outcome.Format(diagnostic));
        }

        foreach (var source in outcome.Sources)
        {
            io.Out.Write(source.Text);
        }

        if (outcome.Sources.IsEmpty && !outcome.HasErrors)
        {
            io.Error.WriteLine("seedsdk: error: no code is generated for " + search.Files.Single().DisplayPath);
        }

        return outcome.HasErrors || outcome.Sources.IsEmpty ? ExitCodes.Failure : ExitCodes.Success;
    }
}
