using System.Linq;
using SeedSdk.Extraction.Model;
using static SeedSdk.Extraction.Tests.Entities.ExtractionAssertions;

namespace SeedSdk.Extraction.Tests.Statements;

/// <summary>Runs <see cref="StatementCorpus"/> through the extractor.</summary>
public sealed class StatementCorpusTests
{
    [Theory]
    [MemberData(nameof(StatementCorpus.Positive), MemberType = typeof(StatementCorpus))]
    public void FindsTheStatements(string text, string speaker, string contents)
    {
        var facts = FactsOf(text, FactKind.Statement);
        var expected = contents.Split("||");
        Assert.True(expected.SequenceEqual(facts.Select(f => f.Text)), $"Expected {contents}; got {Describe(facts)}");
        Assert.All(facts, f => Assert.Equal(speaker, f.Speaker));
    }

    [Theory]
    [MemberData(nameof(StatementCorpus.Negative), MemberType = typeof(StatementCorpus))]
    public void FindsNoStatement(string text)
    {
        var facts = FactsOf(text, FactKind.Statement);
        Assert.True(facts.Count == 0, "Unexpected: " + Describe(facts));
    }

    [Fact]
    public void QuotationAttributedInTheNextSentenceIsNotThePreviousSpeakers()
    {
        var facts = FactsOf("\"Costs are falling,\" Lisa Wong said. \"Will prices fall?\" Chen Jing, an analyst at Huatai Securities, said.", FactKind.Statement);
        Assert.Equal(new[] { "Lisa Wong: Costs are falling", "Chen Jing: Will prices fall?" }, facts.Select(f => f.Speaker + ": " + f.Text));
    }

    [Fact]
    public void StatementSpanIsTheReportedContent()
    {
        const string text = "Zhou Min said that the plant is full.";
        var fact = Assert.Single(FactsOf(text, FactKind.Statement));
        Assert.Equal("the plant is full", text.Substring(fact.Span.Start, fact.Span.Length));
        Assert.Equal(20, fact.Span.Column);
    }
}
