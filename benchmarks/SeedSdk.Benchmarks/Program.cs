using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;
using SeedSdk.Benchmarks.Generator;

namespace SeedSdk.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "size":
                OutputSizeReport.Run(args.Skip(1));
                break;
            case "first-call" when args.Length == 2:
                FirstCallReport.Run(args[1]);
                break;
            case "write-seeds" when args.Length == 3:
                SeedFolderWriter.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
                break;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                break;
        }
    }
}
