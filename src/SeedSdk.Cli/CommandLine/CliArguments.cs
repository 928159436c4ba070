using System;
using System.Collections.Generic;

namespace SeedSdk.Cli.CommandLine;

/// <summary>A parsed command line.</summary>
/// <param name="Command">What to do.</param>
/// <param name="Paths">The files and folders given, in order (<c>-</c> is stdin).</param>
/// <param name="Error">Why the command line is invalid, or null.</param>
internal sealed record CliArguments(CliCommand Command, IReadOnlyList<string> Paths, string? Error)
{
    /// <summary>Whether <c>--json</c> was given.</summary>
    public bool Json { get; init; }

    /// <summary>The <c>--kind</c> filters (contract names); empty means every kind.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = Array.Empty<string>();

    /// <summary>The <c>-o</c> file of <c>report</c>.</summary>
    public string? OutputPath { get; init; }

    /// <summary>The <c>--namespace</c> of <c>check</c> and <c>generate</c> (the build's <c>SeedSdkNamespace</c>).</summary>
    public string? Namespace { get; init; }

    /// <summary>The <c>--type-name</c> of <c>generate</c> (the seed's <c>SeedSdkTypeName</c>).</summary>
    public string? TypeName { get; init; }

    /// <summary>The <c>--max-seed-bytes</c> of <c>check</c> and <c>generate</c> (the build's <c>SeedSdkMaxSeedBytes</c>).</summary>
    public string? MaxSeedBytes { get; init; }

    /// <summary>A command with no arguments.</summary>
    public static CliArguments Simple(CliCommand command) => new(command, Array.Empty<string>(), null);

    /// <summary>An invalid command line with its reason (null: no arguments at all).</summary>
    public static CliArguments Invalid(string? error) => new(CliCommand.Invalid, Array.Empty<string>(), error);
}
