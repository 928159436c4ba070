using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit.Abstractions;

namespace SeedSdk.Cli.Tests.Gold;

/// <summary>
/// Precision, recall and F1 per kind over every annotated document in <c>tests/data/corpus</c>
/// (each <c>NAME.txt</c> with its gold <c>NAME.facts.json</c>), run through the CLI. Optional gold
/// facts count neither way. The table is printed; the floors guard against regressions.
/// </summary>
public class CorpusEvaluationTests
{
    /// <summary>Micro-averaged F1 over all kinds below which the build fails.</summary>
    private const double OverallF1Floor = 0.90;

    private static readonly string[] Kinds =
    {
        "money", "ratio", "quantity", "duration", "date", "period",
        "person", "organization", "location", "event", "role", "list", "statement",
    };

    private readonly ITestOutputHelper _output;

    public CorpusEvaluationTests(ITestOutputHelper output) => _output = output;

    private static string CorpusFolder => Path.Combine(TestPaths.RepoRoot, "tests", "data", "corpus");

    public static IEnumerable<object[]> Documents()
        => Directory.GetFiles(CorpusFolder, "*.facts.json")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new object[] { Path.GetFileName(path) });

    [Fact]
    public void The_corpus_has_annotated_documents()
        => Assert.NotEmpty(Documents());

    [Fact]
    public void Extraction_over_the_corpus_scores_above_the_floor()
    {
        var totals = Kinds.ToDictionary(kind => kind, _ => new KindScore());
        foreach (var goldFile in Documents().Select(row => (string)row[0]))
        {
            var (gold, actual) = Load(goldFile);
            foreach (var kind in Kinds)
            {
                var comparison = GoldComparer.Compare(gold, actual, kind);
                totals[kind] = totals[kind].Add(comparison);
                foreach (var fact in comparison.Missing)
                {
                    _output.WriteLine($"{goldFile} missing:  {fact}");
                }

                foreach (var fact in comparison.Spurious)
                {
                    _output.WriteLine($"{goldFile} spurious: {fact}");
                }
            }
        }

        var overall = totals.Values.Aggregate(new KindScore(), (sum, score) => sum.Add(score));
        _output.WriteLine(string.Empty);
        _output.WriteLine(KindScore.Header);
        foreach (var kind in Kinds)
        {
            _output.WriteLine(totals[kind].Row(kind));
        }

        _output.WriteLine(overall.Row("all"));
        Assert.True(overall.F1 >= OverallF1Floor, $"corpus F1 {overall.F1:F3} is below {OverallF1Floor:F2}");
    }

    private static (JsonElement Gold, JsonElement Actual) Load(string goldFile)
    {
        var textFile = goldFile.Substring(0, goldFile.Length - ".facts.json".Length) + ".txt";
        var run = CliRun.In(CorpusFolder, "facts", textFile, "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusFolder, goldFile))).RootElement;
        var actual = JsonDocument.Parse(run.Stdout).RootElement;
        return (gold.GetProperty("documents")[0], actual.GetProperty("documents")[0]);
    }
}
