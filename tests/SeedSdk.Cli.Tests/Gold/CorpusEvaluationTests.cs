using System;
using System.Collections.Generic;
using System.Globalization;
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
        var totals = Kinds.ToDictionary(kind => kind, _ => new Score());
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

        var overall = totals.Values.Aggregate(new Score(), (sum, score) => sum.Add(score));
        _output.WriteLine(string.Empty);
        _output.WriteLine($"{"kind",-14}{"tp",5}{"fp",5}{"fn",5}{"P",8}{"R",8}{"F1",8}");
        foreach (var kind in Kinds)
        {
            _output.WriteLine(Row(kind, totals[kind]));
        }

        _output.WriteLine(Row("all", overall));
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

    private static string Row(string label, Score score)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{label,-14}{score.TruePositives,5}{score.FalsePositives,5}{score.FalseNegatives,5}{score.Precision,8:F3}{score.Recall,8:F3}{score.F1,8:F3}");

    private readonly record struct Score(int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

        public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public Score Add(GoldComparison comparison)
            => new(TruePositives + comparison.RequiredMatched, FalsePositives + comparison.Spurious.Count, FalseNegatives + comparison.Missing.Count);

        public Score Add(Score other)
            => new(TruePositives + other.TruePositives, FalsePositives + other.FalsePositives, FalseNegatives + other.FalseNegatives);

        private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
    }
}
