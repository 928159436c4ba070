using System.Collections.Generic;

namespace SeedSdk.Cli.CommandLine;

/// <summary>A parsed command line.</summary>
/// <param name="Command">What to do.</param>
/// <param name="Paths">The files and folders of <c>facts</c>, in the order given.</param>
/// <param name="Json">Whether <c>--json</c> was given.</param>
/// <param name="Error">Why the command line is invalid, or null.</param>
internal sealed record CliArguments(CliCommand Command, IReadOnlyList<string> Paths, bool Json, string? Error)
{
    /// <summary>An invalid command line with its reason (null: no arguments at all).</summary>
    public static CliArguments Invalid(string? error) => new(CliCommand.Invalid, new List<string>(), Json: false, error);
}
