using System.IO;
using System.Linq;
using System.Text.Json;

namespace SeedSdk.Cli.Tests.Gold;

/// <summary>The CLI's JSON for the seed article against its gold file, kind by kind.</summary>
public class SeedGoldTests
{
    private static JsonElement GoldDocument
        => GoldComparer.Document(JsonDocument.Parse(File.ReadAllText(TestPaths.SeedGold)).RootElement, TestPaths.SeedPath);

    private static JsonElement ActualDocument
    {
        get
        {
            var run = CliRun.InOutput("facts", "seeds", "--json");
            Assert.True(run.ExitCode == 0, run.Stderr);
            return GoldComparer.Document(JsonDocument.Parse(run.Stdout).RootElement, TestPaths.SeedPath);
        }
    }

    [Theory]
    [InlineData("money")]
    [InlineData("ratio")]
    [InlineData("quantity")]
    [InlineData("duration")]
    [InlineData("date")]
    [InlineData("period")]
    [InlineData("person")]
    [InlineData("organization")]
    [InlineData("location")]
    [InlineData("event")]
    [InlineData("role")]
    [InlineData("list")]
    [InlineData("statement")]
    public void The_seed_facts_of_each_kind_match_the_gold(string kind)
    {
        var result = GoldComparer.Compare(GoldDocument, ActualDocument, kind);
        Assert.True(result.IsMatch, kind + ": " + result.Describe());
    }

    [Fact]
    public void The_gold_file_matches_itself_and_the_comparer_sees_every_fact()
    {
        var gold = GoldDocument;
        var result = GoldComparer.Compare(gold, gold);
        Assert.True(result.IsMatch, result.Describe());
        Assert.Equal(gold.GetProperty("facts").GetArrayLength(), result.Matched);
    }

    [Fact]
    public void The_gold_file_without_one_required_fact_does_not_match()
    {
        var gold = GoldDocument;
        var facts = gold.GetProperty("facts").EnumerateArray().Select(f => f.GetRawText()).ToList();
        var firstRequired = facts.FindIndex(f => !f.Contains("\"optional\": true"));
        facts.RemoveAt(firstRequired);
        var thinned = JsonDocument.Parse("{ \"facts\": [" + string.Join(",", facts) + "] }").RootElement;

        var result = GoldComparer.Compare(gold, thinned);
        Assert.False(result.IsMatch);
        Assert.Single(result.Missing);
    }

    [Fact]
    public void The_seed_document_has_the_gold_path_and_a_title()
    {
        var actual = ActualDocument;
        Assert.Equal(TestPaths.SeedPath, actual.GetProperty("path").GetString());
        Assert.Equal("_0008b5633673b5c9d83", actual.GetProperty("typeName").GetString());
        Assert.StartsWith("On the \"Representative Channel\"", actual.GetProperty("title").GetString());
    }
}
