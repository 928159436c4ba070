using System;
using System.IO;
using System.Text;

namespace SeedSdk.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return SeedSdkCli.Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory());
    }
}
