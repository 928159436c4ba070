using System;
using System.IO;
using SeedSdk.Cli.CommandLine;

namespace SeedSdk.Cli;

/// <summary>
/// The <c>seedsdk</c> command without the console: arguments, output writers and the current
/// directory come in, an exit code goes out, so tests run it in-process.
/// </summary>
internal static class SeedSdkCli
{
    /// <summary>Runs the command line <paramref name="args"/>.</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and usage after an error go.</param>
    /// <param name="currentDirectory">The directory relative paths are resolved and printed against.</param>
    /// <returns>An <see cref="ExitCodes"/> value.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        var parsed = CliParser.Parse(args);
        switch (parsed.Command)
        {
            case CliCommand.Help:
                stdout.Write(Usage.Text);
                return ExitCodes.Success;
            case CliCommand.Version:
                stdout.WriteLine("seedsdk " + Usage.Version);
                return ExitCodes.Success;
            case CliCommand.Facts:
                return FactsCommand.Run(parsed, stdout, stderr, currentDirectory);
            default:
                if (parsed.Error is not null)
                {
                    stderr.WriteLine("seedsdk: error: " + parsed.Error);
                }

                stderr.Write(Usage.Text);
                return ExitCodes.Usage;
        }
    }
}
