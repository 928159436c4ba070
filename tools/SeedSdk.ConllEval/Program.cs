using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedSdk.Extraction;
using SeedSdk.Extraction.Model;

namespace SeedSdk.ConllEval;

/// <summary>
/// Usage: SeedSdk.ConllEval PATH-TO-CONLL-FILE [--errors] [--text DIR]
/// Compares, per document and type, the distinct names the extractor finds (names and aliases) with the
/// annotated PER/ORG/LOC names; prints precision, recall and F1 on all documents and on the prose ones.
/// --errors lists the misses and false names; --text DIR writes each converted story for inspection.
/// </summary>
internal static class Program
{
    private static readonly (string Gold, FactKind Kind)[] Types =
    {
        ("PER", FactKind.Person), ("ORG", FactKind.Organization), ("LOC", FactKind.Location),
    };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: SeedSdk.ConllEval PATH-TO-CONLL-FILE [--errors] [--text DIR]");
            return 2;
        }

        var showErrors = args.Contains("--errors");
        var textIndex = Array.IndexOf(args, "--text");
        var textDirectory = textIndex > 0 && textIndex + 1 < args.Length ? args[textIndex + 1] : null;
        var documents = ConllDocument.ReadAll(args[0]);
        // The first call loads the embedded tables: its time is the extractor's start-up cost.
        var firstCall = System.Diagnostics.Stopwatch.StartNew();
        FactExtractor.Extract("Ana Lima met Bo Park in Lisbon.", "first-call.txt");
        firstCall.Stop();
        var all = new Score();
        var prose = new Score();
        var proseCount = 0;
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var text = Detokenizer.ToText(document);
            if (textDirectory != null)
            {
                Directory.CreateDirectory(textDirectory);
                File.WriteAllText(Path.Combine(textDirectory, $"doc{d:D3}.txt"), text);
            }

            var isProse = ProseRule.IsProse(document);
            proseCount += isProse ? 1 : 0;
            var extracted = FactExtractor.Extract(text, $"doc{d:D3}.txt");
            foreach (var (goldType, kind) in Types)
            {
                var gold = document.Names[goldType].Select(Key).ToHashSet();
                var predicted = extracted.Facts.Where(f => f.Kind == kind)
                    .Select(f => (f.EntityName ?? f.Text, Spellings(f).ToHashSet()))
                    .ToList();
                var result = Compare(gold, predicted);
                all.Add(goldType, result);
                if (isProse)
                {
                    prose.Add(goldType, result);
                }

                if (showErrors)
                {
                    foreach (var miss in result.Missed)
                    {
                        Console.WriteLine($"doc{d:D3}{(isProse ? " prose" : string.Empty)}\tMISS\t{goldType}\t{miss}");
                    }

                    foreach (var wrong in result.Wrong)
                    {
                        Console.WriteLine($"doc{d:D3}{(isProse ? " prose" : string.Empty)}\tFALSE\t{goldType}\t{wrong}");
                    }
                }
            }
        }

        Console.WriteLine(FormattableString.Invariant($"first call (tables loaded): {firstCall.Elapsed.TotalMilliseconds:0} ms"));
        Console.WriteLine($"all documents ({documents.Count}):");
        all.Print();
        Console.WriteLine($"prose documents ({proseCount}):");
        prose.Print();
        return 0;
    }

    /// <summary>
    /// Names compare case-insensitively, without spaces and without a final period, so "LONDON" is "London" and "Acme Inc."
    /// (the extractor keeps an abbreviation's period) is "Acme Inc" (the annotation leaves it to the sentence).
    /// </summary>
    private static string Key(string name) => new string(name.Where(c => !char.IsWhiteSpace(c)).ToArray()).TrimEnd('.').ToUpperInvariant();

    private static IEnumerable<string> Spellings(ExtractedFact fact)
    {
        yield return Key(fact.EntityName ?? fact.Text);
        yield return Key(fact.Text);
        foreach (var alias in fact.Aliases)
        {
            yield return Key(alias);
        }
    }

    /// <summary>A predicted entity is right when any of its spellings is a gold name; a gold name is found when any entity spells it.</summary>
    private static Comparison Compare(HashSet<string> gold, List<(string Name, HashSet<string> Spellings)> predicted)
    {
        var found = gold.Where(g => predicted.Any(p => p.Spellings.Contains(g))).ToList();
        var wrong = predicted.Where(p => !p.Spellings.Overlaps(gold)).Select(p => p.Name).Distinct().ToList();
        var right = predicted.Count(p => p.Spellings.Overlaps(gold));
        return new Comparison(found.Count, gold.Count, right, predicted.Count, gold.Except(found).ToList(), wrong);
    }

    private sealed record Comparison(int Found, int Gold, int Right, int Predicted, List<string> Missed, List<string> Wrong);

    private sealed class Score
    {
        private readonly Dictionary<string, int[]> _counts = new();

        public void Add(string type, Comparison c)
        {
            if (!_counts.TryGetValue(type, out var n))
            {
                _counts[type] = n = new int[4];
            }

            n[0] += c.Found;
            n[1] += c.Gold;
            n[2] += c.Right;
            n[3] += c.Predicted;
        }

        public void Print()
        {
            var total = new int[4];
            foreach (var (type, n) in _counts.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Line(type, n);
                for (var i = 0; i < 4; i++)
                {
                    total[i] += n[i];
                }
            }

            Line("all", total);
        }

        private static void Line(string label, int[] n)
        {
            var precision = n[3] == 0 ? 0 : (double)n[2] / n[3];
            var recall = n[1] == 0 ? 0 : (double)n[0] / n[1];
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            Console.WriteLine(FormattableString.Invariant(
                $"  {label,-4} P {precision:0.000}  R {recall:0.000}  F1 {f1:0.000}   (gold {n[1]}, found {n[0]}, predicted {n[3]}, right {n[2]})"));
        }
    }
}
