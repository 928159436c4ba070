using System;
using System.Collections.Generic;

namespace SeedSdk.Cli.CommandLine;

/// <summary>Parses <c>seedsdk</c> arguments: <c>--help</c>, <c>--version</c>, <c>facts &lt;paths&gt;... [--json]</c>.</summary>
internal static class CliParser
{
    /// <summary>Parses <paramref name="args"/>; never throws.</summary>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return CliArguments.Invalid(null);
        }

        if (IsHelp(args[0]))
        {
            return new CliArguments(CliCommand.Help, Array.Empty<string>(), Json: false, Error: null);
        }

        if (args[0] == "--version")
        {
            return new CliArguments(CliCommand.Version, Array.Empty<string>(), Json: false, Error: null);
        }

        return args[0] == "facts"
            ? ParseFacts(args)
            : CliArguments.Invalid(args[0].StartsWith("-", StringComparison.Ordinal) ? "unknown option: " + args[0] : "unknown command: " + args[0]);
    }

    private static CliArguments ParseFacts(IReadOnlyList<string> args)
    {
        var paths = new List<string>();
        var json = false;
        var optionsEnded = false;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || !arg.StartsWith("-", StringComparison.Ordinal) || arg == "-")
            {
                paths.Add(arg);
            }
            else if (arg == "--")
            {
                optionsEnded = true;
            }
            else if (arg == "--json")
            {
                json = true;
            }
            else if (IsHelp(arg))
            {
                return new CliArguments(CliCommand.Help, Array.Empty<string>(), Json: false, Error: null);
            }
            else
            {
                return CliArguments.Invalid("unknown option: " + arg);
            }
        }

        return paths.Count == 0
            ? CliArguments.Invalid("facts needs at least one file or folder")
            : new CliArguments(CliCommand.Facts, paths, json, Error: null);
    }

    private static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?" or "help";
}
