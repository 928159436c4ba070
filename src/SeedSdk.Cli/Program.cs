using System;
using System.IO;
using System.Text;

namespace SeedSdk.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var io = new CliIo(Console.Out, Console.Error, Directory.GetCurrentDirectory(), Console.OpenStandardInput, !Console.IsErrorRedirected);
        return SeedSdkCli.Run(args, io);
    }
}
