using SeedSdk.Cli.CommandLine;
using SeedSdk.Cli.Commands;

namespace SeedSdk.Cli;

/// <summary>
/// The <c>seedsdk</c> command without the console: arguments and a <see cref="CliIo"/> come in, an exit
/// code goes out, so tests run it in-process.
/// </summary>
internal static class SeedSdkCli
{
    /// <summary>Runs the command line <paramref name="args"/> (the arguments after the program name).</summary>
    /// <returns>An <see cref="ExitCodes"/> value.</returns>
    public static int Run(string[] args, CliIo io)
    {
        var parsed = CliParser.Parse(args);
        switch (parsed.Command)
        {
            case CliCommand.Help:
                io.Out.Write(Usage.Text);
                return ExitCodes.Success;
            case CliCommand.Version:
                io.Out.WriteLine("seedsdk " + Usage.Version);
                return ExitCodes.Success;
            case CliCommand.Facts:
                return FactsCommand.Run(parsed, io);
            case CliCommand.Check:
                return CheckCommand.Run(parsed, io);
            case CliCommand.Generate:
                return GenerateCommand.Run(parsed, io);
            case CliCommand.Report:
                return ReportCommand.Run(parsed, io);
            default:
                if (parsed.Error is not null)
                {
                    io.Error.WriteLine("seedsdk: error: " + parsed.Error);
                }

                io.Error.Write(Usage.Text);
                return ExitCodes.Usage;
        }
    }
}
