using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Cli.CommandLine;

/// <summary>
/// Parses <c>seedsdk</c> arguments: <c>--help</c>, <c>--version</c>, and the commands <c>facts</c>,
/// <c>check</c>, <c>generate</c> and <c>report</c> with their options (<c>--opt value</c> or
/// <c>--opt=value</c>; <c>--</c> ends the options; <c>-</c> is stdin).
/// </summary>
internal static class CliParser
{
    private static readonly Dictionary<string, CliCommand> Commands = new(StringComparer.Ordinal)
    {
        ["facts"] = CliCommand.Facts,
        ["check"] = CliCommand.Check,
        ["generate"] = CliCommand.Generate,
        ["report"] = CliCommand.Report,
    };

    // The options each command takes; true when the option takes a value.
    private static readonly Dictionary<CliCommand, Dictionary<string, bool>> OptionsOf = new()
    {
        [CliCommand.Facts] = new(StringComparer.Ordinal) { ["--json"] = false, ["--kind"] = true },
        [CliCommand.Check] = new(StringComparer.Ordinal) { ["--namespace"] = true, ["--max-seed-bytes"] = true },
        [CliCommand.Generate] = new(StringComparer.Ordinal) { ["--namespace"] = true, ["--type-name"] = true, ["--max-seed-bytes"] = true },
        [CliCommand.Report] = new(StringComparer.Ordinal) { ["-o"] = true, ["--output"] = true, ["--kind"] = true },
    };

    /// <summary>The contract names <c>--kind</c> accepts.</summary>
    public static readonly IReadOnlyList<string> KindNames =
        FactKinds.All.Select(k => k.ContractName).ToArray();

    /// <summary>Parses <paramref name="args"/>; never throws.</summary>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return CliArguments.Invalid(null);
        }

        if (IsHelp(args[0]))
        {
            return CliArguments.Simple(CliCommand.Help);
        }

        if (args[0] == "--version")
        {
            return CliArguments.Simple(CliCommand.Version);
        }

        return Commands.TryGetValue(args[0], out var command)
            ? ParseCommand(command, args)
            : CliArguments.Invalid(args[0].StartsWith("-", StringComparison.Ordinal) ? "unknown option: " + args[0] : "unknown command: " + args[0]);
    }

    private static CliArguments ParseCommand(CliCommand command, IReadOnlyList<string> args)
    {
        var allowed = OptionsOf[command];
        var paths = new List<string>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var optionsEnded = false;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || !arg.StartsWith("-", StringComparison.Ordinal) || arg == "-")
            {
                paths.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            if (IsHelp(arg))
            {
                return CliArguments.Simple(CliCommand.Help);
            }

            var equals = arg.IndexOf('=');
            var option = equals > 0 ? arg.Substring(0, equals) : arg;
            if (!allowed.TryGetValue(option, out var takesValue))
            {
                return CliArguments.Invalid("unknown option for " + args[0] + ": " + option);
            }

            if (!takesValue)
            {
                flags.Add(option);
                continue;
            }

            string value;
            if (equals > 0)
            {
                value = arg.Substring(equals + 1);
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                return CliArguments.Invalid(option + " needs a value");
            }

            if (!values.TryGetValue(option, out var list))
            {
                values[option] = list = new List<string>();
            }

            list.Add(value);
        }

        return Validate(command, args[0], paths, values, flags);
    }

    private static CliArguments Validate(CliCommand command, string name, List<string> paths, Dictionary<string, List<string>> values, HashSet<string> flags)
    {
        if (paths.Count == 0)
        {
            return CliArguments.Invalid(name + " needs at least one file or folder (- for stdin)");
        }

        if (command == CliCommand.Generate && paths.Count != 1)
        {
            return CliArguments.Invalid("generate takes exactly one seed file (- for stdin)");
        }

        var kinds = Values(values, "--kind");
        var unknownKind = kinds.FirstOrDefault(k => !KindNames.Contains(k, StringComparer.Ordinal));
        if (unknownKind is not null)
        {
            return CliArguments.Invalid("unknown kind: " + unknownKind + " (kinds: " + string.Join(", ", KindNames) + ")");
        }

        var single = new[] { "--namespace", "--type-name", "--max-seed-bytes", "-o", "--output" };
        var repeated = single.FirstOrDefault(o => Values(values, o).Count > 1);
        if (repeated is not null || (values.ContainsKey("-o") && values.ContainsKey("--output")))
        {
            return CliArguments.Invalid((repeated ?? "-o") + " given more than once");
        }

        var output = Last(values, "-o") ?? Last(values, "--output");
        if (command == CliCommand.Report && output is null)
        {
            return CliArguments.Invalid("report needs -o <file.html>");
        }

        return new CliArguments(command, paths, null)
        {
            Json = flags.Contains("--json"),
            Kinds = kinds,
            OutputPath = output,
            Namespace = Last(values, "--namespace"),
            TypeName = Last(values, "--type-name"),
            MaxSeedBytes = Last(values, "--max-seed-bytes"),
        };
    }

    private static IReadOnlyList<string> Values(Dictionary<string, List<string>> values, string option)
        => values.TryGetValue(option, out var list) ? list : (IReadOnlyList<string>)Array.Empty<string>();

    private static string? Last(Dictionary<string, List<string>> values, string option)
        => values.TryGetValue(option, out var list) ? list[list.Count - 1] : null;

    private static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?" or "help";
}
