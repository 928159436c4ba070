using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace SeedSdk.Cli.Tests.Gold;

/// <summary>
/// Precision, recall and F1 of the kinds a genre set annotates (each gold document names them in <c>kinds</c>),
/// over the documents of one folder under <c>tests/data</c>: <c>corpus-dev2</c>, the set the role and list rules
/// were developed on, and <c>heldout</c>, whose gold was written before the extractor ever ran on it. Each
/// <c>NAME.txt</c> or <c>NAME.md</c> has its gold in <c>NAME.facts.json</c>. For lists it also counts how many
/// found lists have the gold's head. The table is printed; the floors guard against regressions.
/// </summary>
public class GenreSetEvaluationTests
{
    private readonly ITestOutputHelper _output;

    public GenreSetEvaluationTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Sets()
    {
        // Folder, and the F1 below which each annotated kind fails the build (measured: dev roles 0.923, lists 0.974;
        // held-out roles 0.868, lists 0.923).
        yield return new object[] { "corpus-dev2", 0.88 };
        yield return new object[] { "heldout", 0.84 };
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Roles_and_lists_of_the_set_score_above_the_floor(string folder, double floor)
    {
        var directory = Path.Combine(TestPaths.RepoRoot, "tests", "data", folder);
        var goldFiles = Directory.GetFiles(directory, "*.facts.json").OrderBy(path => path, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(goldFiles);
        var totals = new SortedDictionary<string, KindScore>(StringComparer.Ordinal);
        int listsFound = 0, headsRight = 0;
        foreach (var goldFile in goldFiles)
        {
            var (gold, actual) = Load(directory, goldFile);
            foreach (var kind in gold.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()!))
            {
                var comparison = GoldComparer.Compare(gold, actual, kind);
                totals[kind] = (totals.TryGetValue(kind, out var score) ? score : default).Add(comparison);
                foreach (var fact in comparison.Missing)
                {
                    _output.WriteLine($"{Path.GetFileName(goldFile)} missing:  {OneLine(fact)}");
                }

                foreach (var fact in comparison.Spurious)
                {
                    _output.WriteLine($"{Path.GetFileName(goldFile)} spurious: {OneLine(fact)}");
                }
            }

            var (found, right) = ListHeads(gold, actual);
            listsFound += found;
            headsRight += right;
        }

        _output.WriteLine(string.Empty);
        _output.WriteLine(folder);
        _output.WriteLine(KindScore.Header);
        foreach (var pair in totals)
        {
            _output.WriteLine(pair.Value.Row(pair.Key));
        }

        _output.WriteLine($"list heads right: {headsRight} of {listsFound} found lists");
        foreach (var pair in totals)
        {
            Assert.True(pair.Value.F1 >= floor, $"{folder}: {pair.Key} F1 {pair.Value.F1:F3} is below {floor:F2}");
        }
    }

    private static (JsonElement Gold, JsonElement Actual) Load(string directory, string goldFile)
    {
        var stem = Path.GetFileName(goldFile).Substring(0, Path.GetFileName(goldFile).Length - ".facts.json".Length);
        var textFile = File.Exists(Path.Combine(directory, stem + ".md")) ? stem + ".md" : stem + ".txt";
        var run = CliRun.In(directory, "facts", textFile, "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var gold = JsonDocument.Parse(File.ReadAllText(goldFile)).RootElement;
        var actual = JsonDocument.Parse(run.Stdout).RootElement;
        return (gold.GetProperty("documents")[0], actual.GetProperty("documents")[0]);
    }

    // Of the gold lists whose items were found, how many, and how many of those with the gold's head.
    private static (int Found, int HeadRight) ListHeads(JsonElement gold, JsonElement actual)
    {
        var actualLists = actual.GetProperty("facts").EnumerateArray().Where(f => f.GetProperty("kind").GetString() == "list").ToList();
        int found = 0, right = 0;
        foreach (var goldList in gold.GetProperty("facts").EnumerateArray().Where(f => f.GetProperty("kind").GetString() == "list"))
        {
            var match = actualLists.FirstOrDefault(a => GoldComparer.Matches(goldList, a));
            if (match.ValueKind == JsonValueKind.Undefined)
            {
                continue;
            }

            found++;
            right += Head(goldList) == Head(match) ? 1 : 0;
        }

        return (found, right);
    }

    private static string OneLine(string json) => Regex.Replace(json, @"\s*\n\s*", " ");

    private static string? Head(JsonElement list)
        => list.TryGetProperty("head", out var head) && head.ValueKind == JsonValueKind.String ? head.GetString() : null;
}
