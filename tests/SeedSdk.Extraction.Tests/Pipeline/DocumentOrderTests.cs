using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Ordering;
using Xunit;

namespace SeedSdk.Extraction.Tests.Pipeline;

public class DocumentOrderTests
{
    [Fact]
    public void Orders_by_start_then_longer_first_then_kind()
    {
        var facts = new List<ExtractedFact>
        {
            Fact(FactKind.Ratio, 40, 3, "r"),
            Fact(FactKind.Person, 10, 4, "short"),
            Fact(FactKind.Date, 0, 4, "d"),
            Fact(FactKind.Role, 10, 9, "long"),
            Fact(FactKind.Money, 10, 4, "money"),
        };

        DocumentOrder.Sort(facts);

        Assert.Equal(new[] { "d", "long", "money", "short", "r" }, facts.Select(f => f.Text));
    }

    [Fact]
    public void Facts_equal_in_start_length_and_kind_keep_the_order_they_were_found_in_at_any_size()
    {
        // Enough facts that the sort partitions rather than inserting, so a tie could be reordered.
        var facts = new List<ExtractedFact>();
        for (var i = 200; i > 0; i--)
        {
            facts.Add(Fact(FactKind.Money, i * 10, 5, "low" + i));
            facts.Add(Fact(FactKind.Money, i * 10, 5, "high" + i));
        }

        DocumentOrder.Sort(facts);

        for (var i = 1; i <= 200; i++)
        {
            Assert.Equal("low" + i, facts[(i - 1) * 2].Text);
            Assert.Equal("high" + i, facts[(i - 1) * 2 + 1].Text);
        }
    }

    private static ExtractedFact Fact(FactKind kind, int start, int length, string text)
        => new() { Kind = kind, Text = text, Span = new SourceSpan(start, length, 1, start + 1) };
}
