using System;
using System.IO;

namespace SeedSdk.Cli.Tests;

/// <summary>The result of running the CLI core in-process.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs <c>seedsdk</c> with <paramref name="args"/> in <paramref name="currentDirectory"/>, with empty stdin.</summary>
    public static CliRun In(string currentDirectory, params string[] args) => WithStdin(currentDirectory, Array.Empty<byte>(), args);

    /// <summary>Runs <c>seedsdk</c> with <paramref name="stdin"/> as standard input.</summary>
    public static CliRun WithStdin(string currentDirectory, byte[] stdin, params string[] args)
        => Run(currentDirectory, stdin, errorIsTerminal: false, args);

    /// <summary>Runs <c>seedsdk</c> as if stderr were a terminal (progress is shown).</summary>
    public static CliRun OnTerminal(string currentDirectory, params string[] args)
        => Run(currentDirectory, Array.Empty<byte>(), errorIsTerminal: true, args);

    /// <summary>Runs <c>seedsdk</c> in the test output folder, which holds a copy of <c>seeds/</c>.</summary>
    public static CliRun InOutput(params string[] args) => In(AppContext.BaseDirectory, args);

    private static CliRun Run(string currentDirectory, byte[] stdin, bool errorIsTerminal, string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var io = new CliIo(stdout, stderr, currentDirectory, () => new MemoryStream(stdin, writable: false), errorIsTerminal);
        var exit = SeedSdkCli.Run(args, io);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
