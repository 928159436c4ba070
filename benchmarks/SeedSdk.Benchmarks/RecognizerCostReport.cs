using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Recognizers.Dates;
using SeedSdk.Extraction.Recognizers.Durations;
using SeedSdk.Extraction.Recognizers.Money;
using SeedSdk.Extraction.Recognizers.Quantities;
using SeedSdk.Extraction.Recognizers.Ratios;
using SeedSdk.Extraction.Stages.Numeric;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Benchmarks;

/// <summary>
/// What each numeric recognizer costs at the numbers of the benchmark prose: how many it reads, and the time of one try
/// at a number it does not read (fastest of five rounds). Most numbers are tried by several recognizers before one reads
/// them, so these failed tries are much of the numeric stage. Each recognizer is tried alone, in one pass over the
/// numbers: it parses each number itself, where the stage parses a number once for all of them
/// (<see cref="NumericScan.NumberAt"/>), so a row is an upper bound of that recognizer's share of the stage.
/// </summary>
internal static class RecognizerCostReport
{
    private delegate bool Recognizer(NumericScan scan, int i, out Candidate candidate);

    private static readonly (string Name, Recognizer Try)[] Recognizers =
    {
        ("period", PeriodRecognizer.TryMatch),
        ("digit date", NumericDates.TryMatch),
        ("date", DateRecognizer.TryMatch),
        ("leading part", LeadingPart.TryMatch),
        ("range", RangeRecognizer.TryMatch),
        ("money", MoneyRecognizer.TryMatch),
        ("ratio", RatioRecognizer.TryMatch),
        ("duration", DurationRecognizer.TryMatch),
        ("quantity", QuantityRecognizer.TryMatch),
    };

    public static void Run(int size, int calls)
    {
        var context = DocumentContext.Create(ProseGenerator.Generate(size, seed: 20250305), "bench.txt");
        var scan = new NumericScan(context, RecognizerQuestions.For(context.Lexicon));
        var numbers = new List<int>();
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            if (scan.Tokens.KindAt(i) is TokenKind.Number or TokenKind.Mixed)
            {
                numbers.Add(i);
            }
        }

        var failed = Array.ConvertAll(Recognizers, recognizer => numbers.FindAll(i => !recognizer.Try(scan, i, out _)));

        // Two seconds of every recognizer first, so that each runs compiled at its final tier when timed.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < 2)
        {
            for (var r = 0; r < Recognizers.Length; r++)
            {
                TryAll(Recognizers[r].Try, scan, failed[r], 1);
            }
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:N0} characters, {1:N0} numbers; per recognizer: numbers read, ns per failed try", size, numbers.Count));
        for (var r = 0; r < Recognizers.Length; r++)
        {
            var fastest = double.MaxValue;
            for (var round = 0; round < 5; round++)
            {
                var watch = Stopwatch.StartNew();
                TryAll(Recognizers[r].Try, scan, failed[r], calls);
                fastest = Math.Min(fastest, watch.Elapsed.TotalMilliseconds * 1e6 / calls / Math.Max(1, failed[r].Count));
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-13} {1,6:N0} {2,8:F1}", Recognizers[r].Name, numbers.Count - failed[r].Count, fastest));
        }
    }

    private static void TryAll(Recognizer recognizer, NumericScan scan, List<int> numbers, int calls)
    {
        for (var call = 0; call < calls; call++)
        {
            foreach (var i in numbers)
            {
                recognizer(scan, i, out _);
            }
        }
    }
}
