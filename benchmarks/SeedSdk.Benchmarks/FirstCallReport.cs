using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using SeedSdk.Extraction;

namespace SeedSdk.Benchmarks;

/// <summary>
/// The cost of the first extraction in a fresh process (loading the embedded word lists and gazetteers, building their
/// tables, compiling the code the first time it runs) against the second: CPU time, wall time and bytes allocated.
/// Run it a few times and take the median: one process gives one sample.
/// </summary>
internal static class FirstCallReport
{
    public static void Run(string seedPath)
    {
        var text = File.ReadAllText(seedPath);
        Console.WriteLine("first call:  " + Measure(text, out var facts) + ", " + facts.ToString(CultureInfo.InvariantCulture) + " facts");
        Console.WriteLine("second call: " + Measure(text, out _));
    }

    private static string Measure(string text, out int facts)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        facts = FactExtractor.Extract(text, "seed.txt").Facts.Count;
        wall.Stop();
        process.Refresh();
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0:0.0} ms CPU, {1:0.0} ms wall, {2:N0} bytes allocated",
            (process.TotalProcessorTime - cpu).TotalMilliseconds,
            wall.Elapsed.TotalMilliseconds,
            GC.GetAllocatedBytesForCurrentThread() - allocated);
    }
}
