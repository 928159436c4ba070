using System.Linq;
using SeedSdk.Extraction.Model;
using static SeedSdk.Extraction.Tests.Entities.ExtractionAssertions;

namespace SeedSdk.Extraction.Tests.Lists;

/// <summary>Runs <see cref="ListCorpus"/> through the extractor.</summary>
public sealed class ListCorpusTests
{
    [Theory]
    [MemberData(nameof(ListCorpus.Positive), MemberType = typeof(ListCorpus))]
    public void FindsTheList(string text, string head, string items)
    {
        var facts = FactsOf(text, FactKind.List);
        var fact = Assert.Single(facts);
        Assert.Equal(head.Length == 0 ? null : head, fact.Head);
        Assert.Equal(Cells(items), fact.Items.ToArray());
    }

    [Theory]
    [MemberData(nameof(ListCorpus.Negative), MemberType = typeof(ListCorpus))]
    public void FindsNoList(string text)
    {
        var facts = FactsOf(text, FactKind.List);
        Assert.True(facts.Count == 0, "Unexpected: " + Describe(facts));
    }

    [Fact]
    public void ListTextRunsFromFirstToLastItem()
    {
        var fact = Assert.Single(FactsOf("It sells goods such as tea, silk and porcelain abroad.", FactKind.List));
        Assert.Equal("tea, silk and porcelain", fact.Text);
        Assert.Equal(24, fact.Span.Column);
    }
}
