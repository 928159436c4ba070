using System.Linq;
using Microsoft.CodeAnalysis;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Generator.Tests;

/// <summary>A curation file beside a seed changes the generated API; its problems are diagnostics in the curation file.</summary>
public sealed class CurationTests
{
    private const string Report = "Northwind Traders reported results on Monday.\nOnline sales: $34 million\nRival Contoso Retail said its sales fell to $400 million.\n";

    [Fact]
    public void A_curation_file_renames_suppresses_and_adds_facts_in_the_generated_api()
    {
        var harness = new GeneratorHarness();
        harness.AddSeed("report.txt", Report);
        AddCuration(harness, "report.seedsdk.json", """
            {
              "facts": [
                { "kind": "money", "text": "$34 million", "rename": "WebShopTakings" },
                { "kind": "money", "text": "$400 million", "suppress": true }
              ],
              "add": [ { "quote": "Monday", "kind": "date", "value": "2025-03-03", "name": "ReportDay" } ]
            }
            """);

        var result = harness.Run(out var driver);

        Assert.Empty(result.Diagnostics);
        var source = GeneratorHarness.SingleSource(result);
        Assert.Contains("WebShopTakingsValue = 34000000m;", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("400000000m", source, System.StringComparison.Ordinal);
        Assert.Contains("ReportDayValue = \"2025-03-03\";", source, System.StringComparison.Ordinal);
        Assert.Empty(CompilationFactory.Problems(CompilationFactory.Consumer().AddSyntaxTrees(result.GeneratedSources.Select(s => s.SyntaxTree))));
    }

    [Fact]
    public void A_problem_is_reported_at_its_token_in_the_curation_file()
    {
        var harness = new GeneratorHarness();
        harness.AddSeed("report.txt", Report);
        var curation = AddCuration(harness, "report.seedsdk.json", "{\n  \"facts\": [\n    { \"name\": \"NoSuchFact\", \"rename\": \"X\" }\n  ]\n}\n");

        var result = harness.Run();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("SEED022", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(curation.Path, span.Path);
        Assert.Equal((2, 14), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Contains("NoSuchFact", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Single(result.GeneratedSources);
    }

    [Fact]
    public void A_curation_file_pairs_only_with_the_seed_beside_it_and_one_without_a_seed_is_reported()
    {
        var harness = new GeneratorHarness();
        harness.AddSeed("report.txt", Report);
        harness.AddSeed("other.txt", Report);
        AddCuration(harness, "other.seedsdk.json", """{ "facts": [ { "kind": "money", "text": "$34 million", "rename": "WebShopTakings" } ] }""");
        AddCuration(harness, "orphan.seedsdk.json", "not json at all");

        var result = harness.Run();

        var orphan = Assert.Single(result.Diagnostics);
        Assert.Equal("SEED027", orphan.Id);
        Assert.Equal(GeneratorHarness.ProjectDirectory + "seeds/orphan.seedsdk.json", orphan.Location.GetLineSpan().Path);
        Assert.Contains("WebShopTakings", GeneratedSections.Of(result, "MyApp.Seeds.Other"), System.StringComparison.Ordinal);
        Assert.DoesNotContain("WebShopTakings", GeneratedSections.Of(result, "MyApp.Seeds.Report"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_curation_file_re_curates_and_re_emits_only_its_seed_and_extracts_nothing_again()
    {
        var harness = new GeneratorHarness();
        harness.AddSeed("first.txt", Report);
        harness.AddSeed("second.txt", Report);
        var first = AddCuration(harness, "first.seedsdk.json", """{ "facts": [ { "kind": "money", "text": "$34 million", "rename": "WebShopTakings" } ] }""");
        AddCuration(harness, "second.seedsdk.json", """{ "facts": [ { "kind": "money", "text": "$34 million", "rename": "WebSales" } ] }""");
        var compilation = CompilationFactory.Consumer();
        var driver = harness.CreateDriver().RunGenerators(compilation);

        var result = driver
            .ReplaceAdditionalText(first, InMemoryAdditionalText.Of(first.Path, """{ "facts": [ { "kind": "money", "text": "$34 million", "rename": "ShopSales" } ] }"""))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(IncrementalAssert.Reasons(result, TrackingNames.ReadSeeds), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        var curated = IncrementalAssert.Reasons(result, TrackingNames.CuratedSeeds);
        Assert.Equal(1, curated.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, curated.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        var emitted = IncrementalAssert.Reasons(result, TrackingNames.SeedSections);
        Assert.Equal(1, emitted.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Contains("ShopSales", GeneratedSections.Of(result, "MyApp.Seeds.First"), System.StringComparison.Ordinal);
    }

    private static AdditionalText AddCuration(GeneratorHarness harness, string fileName, string text)
        => harness.AddFile(InMemoryAdditionalText.Of(GeneratorHarness.ProjectDirectory + "seeds/" + fileName, text), "seeds/" + fileName, flagged: false);
}
