using System;
using System.IO;

namespace SeedSdk.Cli.Tests;

/// <summary>The result of running the CLI core in-process.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs <c>seedsdk</c> with <paramref name="args"/> in <paramref name="currentDirectory"/>.</summary>
    public static CliRun In(string currentDirectory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = SeedSdkCli.Run(args, stdout, stderr, currentDirectory);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <c>seedsdk</c> in the test output folder, which holds a copy of <c>seeds/</c>.</summary>
    public static CliRun InOutput(params string[] args) => In(AppContext.BaseDirectory, args);
}
