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
            case "recognizers":
                RecognizerCostReport.Run(
                    args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100 * 1024,
                    args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
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
