using System;
using System.IO;
using System.Text;
using SeedSdk.Cli.CommandLine;
using SeedSdk.Cli.Extraction;
using SeedSdk.Cli.Input;
using SeedSdk.Cli.Report;

namespace SeedSdk.Cli.Commands;

/// <summary>
/// <c>seedsdk report</c>: writes one self-contained HTML page of the facts of the seeds to <c>-o</c>
/// (<c>-o -</c> writes to stdout). Exit codes as for <c>facts</c>; 1 also when the page cannot be written.
/// </summary>
internal static class ReportCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs <c>report</c> for <paramref name="arguments"/>.</summary>
    public static int Run(CliArguments arguments, CliIo io)
    {
        var search = SeedFileFinder.Find(arguments.Paths, io.CurrentDirectory);
        search.ReportProblems(io);
        var documents = DocumentLoader.Load(search.Files, arguments.Kinds, io, out var unreadable);
        var page = HtmlReportWriter.Write(documents);
        var target = arguments.OutputPath!;
        if (target == "-")
        {
            io.Out.Write(page);
        }
        else
        {
            try
            {
                File.WriteAllText(Path.GetFullPath(target, io.CurrentDirectory), page, Utf8NoBom);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                io.Error.WriteLine("seedsdk: error: cannot write " + target + ": " + e.Message);
                return ExitCodes.Failure;
            }

            io.Error.WriteLine("seedsdk: wrote " + target + " (" + documents.Count + " documents)");
        }

        return search.Missing.Count > 0 ? ExitCodes.Usage : unreadable ? ExitCodes.Failure : ExitCodes.Success;
    }
}
