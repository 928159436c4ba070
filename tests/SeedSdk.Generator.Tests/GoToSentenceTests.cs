using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedSdk.Extraction;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Generator.Tests;

/// <summary>Each fact's declarations map, through #line, to the fact's text in the seed.</summary>
public sealed class GoToSentenceTests
{
    private const string Report =
        "Northwind Traders reported its annual results on Monday.\r\n"
        + "Its revenue rose 8 percent to $1.1 billion in 2024, and its operating margin reached 9 percent.\n"
        + "\n"
        + "The company employs 1,200 people.\n";

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp10)]
    public void Every_fact_field_maps_to_the_seed_path_line_and_column_of_its_fact_its_constants_keep_generated_positions(LanguageVersion version)
    {
        var (compilation, seedPath) = Generate(version);
        var facts = FactExtractor.Extract(Report, "seeds/report.txt").Facts;

        Assert.Empty(CompilationFactory.Problems(compilation));
        Assert.NotEmpty(facts);
        foreach (var fact in facts)
        {
            var group = compilation.GetTypeByMetadataName("MyApp.Seeds.Report+" + fact.Kind.GroupName())!;
            // One #line per fact: the fact's field maps into the seed; the constants, declared before the facts, are unmapped.
            var factField = Assert.Single(group.GetMembers(fact.Name).OfType<IFieldSymbol>());
            Assert.True(factField.IsStatic && factField.IsReadOnly && !factField.IsConst, factField.Name);
            var mapped = factField.Locations.Single().GetMappedLineSpan();
            Assert.True(mapped.HasMappedPath, factField.Name);
            Assert.Equal(seedPath, mapped.Path);
            Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(fact.Span.Line - 1, fact.Span.Column - 1), mapped.StartLinePosition);
            foreach (var constant in group.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst && f.Name.StartsWith(fact.Name, System.StringComparison.Ordinal)))
            {
                Assert.False(constant.Locations.Single().GetMappedLineSpan().HasMappedPath, constant.Name);
            }
        }

        var revenue = facts.Single(f => f.Text == "$1.1 billion");
        var field = compilation.GetTypeByMetadataName("MyApp.Seeds.Report+Money")!.GetMembers(revenue.Name).Single();
        var span = field.Locations.Single().GetMappedLineSpan();
        Assert.Equal((1, 30), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal((1, 30 + "$1.1 billion".Length), (span.EndLinePosition.Line, span.EndLinePosition.Character));
    }

    [Fact]
    public void Before_csharp_10_the_line_of_the_fact_is_mapped()
    {
        var (compilation, seedPath) = Generate(LanguageVersion.CSharp9);
        var revenue = FactExtractor.Extract(Report, "seeds/report.txt").Facts.Single(f => f.Text == "$1.1 billion");

        Assert.Empty(CompilationFactory.Problems(compilation));
        var field = compilation.GetTypeByMetadataName("MyApp.Seeds.Report+Money")!.GetMembers(revenue.Name).Single();
        var mapped = field.Locations.Single().GetMappedLineSpan();
        Assert.Equal(seedPath, mapped.Path);
        Assert.Equal(1, mapped.StartLinePosition.Line);
    }

    [Fact]
    public void A_path_that_a_line_directive_cannot_hold_is_not_mapped_and_still_compiles()
    {
        var harness = new GeneratorHarness();
        harness.AddFile(InMemoryAdditionalText.Of(GeneratorHarness.ProjectDirectory + "seeds/q\"uote.txt", Report), "seeds/q\"uote.txt", "Report");

        var result = harness.Run();

        var tree = Assert.Single(result.GeneratedSources).SyntaxTree;
        Assert.DoesNotContain("#line", tree.ToString(), System.StringComparison.Ordinal);
        Assert.Empty(CompilationFactory.Problems(CompilationFactory.Consumer().AddSyntaxTrees(tree)));
    }

    [Fact]
    public void Only_fact_declarations_are_mapped_the_rest_keeps_generated_positions()
    {
        var (compilation, _) = Generate(LanguageVersion.Latest);

        var path = compilation.GetTypeByMetadataName("MyApp.Seeds.Report")!.GetMembers("Path").Single();
        Assert.False(path.Locations.Single().GetMappedLineSpan().HasMappedPath);
    }

    private static (CSharpCompilation Compilation, string SeedPath) Generate(LanguageVersion version)
    {
        var harness = new GeneratorHarness { LanguageVersion = version };
        var seed = harness.AddSeed("report.txt", Report, "Report");
        var driver = harness.CreateDriver().RunGenerators(CompilationFactory.Create(version));
        var result = driver.GetRunResult().Results.Single();
        Assert.Empty(result.Diagnostics);
        return (CompilationFactory.Create(version).AddSyntaxTrees(result.GeneratedSources.Select(s => s.SyntaxTree)), seed.Path);
    }
}
