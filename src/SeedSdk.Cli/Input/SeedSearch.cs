using System.Collections.Generic;

namespace SeedSdk.Cli.Input;

/// <summary>What the command-line paths stand for.</summary>
/// <param name="Files">The seed files, in argument order, each once.</param>
/// <param name="Missing">The paths that do not exist, as given.</param>
/// <param name="WithoutSeeds">The folders that hold no seed file, as given.</param>
internal sealed record SeedSearch(List<SeedFile> Files, List<string> Missing, List<string> WithoutSeeds)
{
    /// <summary>Reports the missing paths (errors) and the folders without seeds (warnings) on <paramref name="io"/>'s error stream.</summary>
    public void ReportProblems(CliIo io)
    {
        foreach (var path in Missing)
        {
            io.Error.WriteLine("seedsdk: error: path not found: " + path);
        }

        foreach (var path in WithoutSeeds)
        {
            io.Error.WriteLine("seedsdk: warning: no seed files (*.txt, *.md) in " + path);
        }
    }
}
