using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedSdk.Cli.CommandLine;
using SeedSdk.Cli.Generation;
using SeedSdk.Cli.Input;

namespace SeedSdk.Cli.Commands;

/// <summary>
/// <c>seedsdk check</c>: runs the generator over the seeds as the build does and prints its diagnostics in
/// the compiler's format with paths relative to the current directory. Exit 1 when the build would fail
/// (an error diagnostic), 2 for a missing path, else 0; a folder without seeds is a warning.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Runs <c>check</c> for <paramref name="arguments"/>.</summary>
    public static int Run(CliArguments arguments, CliIo io)
    {
        var search = SeedFileFinder.Find(arguments.Paths, io.CurrentDirectory);
        search.ReportProblems(io);
        var outcome = GeneratorRun.Run(
            GeneratorInputs.Read(search.Files, io),
            new GenerationSettings(arguments.Namespace, arguments.MaxSeedBytes, TypeName: null));
        foreach (var diagnostic in outcome.Diagnostics)
        {
            io.Out.WriteLine(outcome.Format(diagnostic));
        }

        io.Out.WriteLine(Summary(search.Files.Count, outcome));
        return search.Missing.Count > 0 ? ExitCodes.Usage : outcome.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Summary(int seeds, GeneratorOutcome outcome)
    {
        var errors = outcome.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = outcome.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        return "check: " + Count(seeds, "seed") + ", " + Count(errors, "error") + ", " + Count(warnings, "warning");
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
