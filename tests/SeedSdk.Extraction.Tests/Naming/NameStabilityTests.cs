using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Testing;

namespace SeedSdk.Extraction.Tests.Naming;

/// <summary>
/// A name never silently changes which fact it denotes: look-alike paragraphs inserted in front of and
/// behind a document leave every name that survives on the same value; a name two facts compete for
/// goes to neither.
/// </summary>
public class NameStabilityTests
{
    // Originals: one paragraph each with money, a ratio, a quantity and dates.
    private const string Bakery =
        "Harbourside Bakeries said its revenue rose 6 percent to $480 million in 2025, and the operating margin in 2026 is expected to reach 9%. "
        + "The chain baked 41 million loaves in 2025 and opened 18 shops in March 2025. Harbourside was founded in 1987.";

    private const string Airline =
        "Tailspin Airlines carried 14.2 million passengers in 2024, and its fuel bill fell 12% to 2.1 billion euros. "
        + "The airline expects a load factor of 84% in 2025 and will take delivery of 22 aircraft by June 2026.";

    private const string Miner =
        "Copperline Mining produced 312,000 tonnes of copper in 2025, up 4% from a year earlier. "
        + "Its net profit reached A$1.7 billion in 2025, while capital spending is set at A$900 million for 2026.";

    // Look-alikes: the same measures, years and shapes, about another company, with other values.
    private const string BakeryRival =
        "Rival Fourth Coffee said its revenue rose 2 percent to $1.3 billion in 2025, and the operating margin in 2026 is expected to reach 4%. "
        + "The group baked 97 million loaves in 2025 and opened 7 shops in March 2025. Fourth Coffee was founded in 1962.";

    private const string AirlineRival =
        "Blue Yonder Airways carried 31.5 million passengers in 2024, and its fuel bill fell 3% to 4.4 billion euros. "
        + "The carrier expects a load factor of 79% in 2025 and will take delivery of 9 aircraft by June 2026.";

    private const string MinerRival =
        "Trey Resources produced 95,000 tonnes of copper in 2025, up 11% from a year earlier. "
        + "Its net profit reached A$0.4 billion in 2025, while capital spending is set at A$250 million for 2026.";

    // A look-alike with no subject at all: only its values tell it apart.
    private const string Anonymous =
        "Revenue rose 3 percent to $75 million in 2025. The operating margin in 2026 is expected to reach 5%. Another 12 shops opened in March 2025.";

    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var (original, rival) in new[] { (Bakery, BakeryRival), (Airline, AirlineRival), (Miner, MinerRival), (Bakery, Anonymous), (Miner, Anonymous) })
        {
            data.Add(original, rival);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Every_surviving_name_keeps_its_value_when_a_look_alike_is_inserted_before_or_after(string original, string lookAlike)
    {
        var before = Values(original);
        foreach (var changed in new[] { lookAlike + "\n\n" + original, original + "\n\n" + lookAlike, lookAlike + "\n" + original + "\n" + lookAlike })
        {
            var after = Values(changed);
            var survivors = before.Keys.Where(after.ContainsKey).ToList();
            foreach (var name in survivors)
            {
                Assert.True(before[name] == after[name], $"{name} was {before[name]} and is now {after[name]}");
            }

            // The look-alikes compete for names: some original names must go (to no one), some must stay.
            Assert.NotEmpty(survivors);
            Assert.NotEqual(before.Count, survivors.Count);
        }
    }

    [Theory]
    [InlineData(FactKind.Money)]
    [InlineData(FactKind.Ratio)]
    [InlineData(FactKind.Quantity)]
    [InlineData(FactKind.Date)]
    public void A_contested_name_goes_to_no_fact_so_code_using_it_stops_compiling(FactKind kind)
    {
        var alone = Named(Bakery).Where(f => f.Kind == kind).ToList();
        var together = Named(BakeryRival + "\n\n" + Bakery).Where(f => f.Kind == kind).ToList();
        var rivalNames = Named(BakeryRival).Where(f => f.Kind == kind).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var contested = alone.Where(f => rivalNames.Contains(f.Name)).ToList();
        Assert.NotEmpty(contested);
        Assert.All(contested, fact => Assert.DoesNotContain(together, other => other.Name == fact.Name));
    }

    [Fact]
    public void Competing_facts_are_told_apart_by_their_subject()
    {
        var names = Named(BakeryRival + "\n\n" + Bakery).Where(f => f.Kind == FactKind.Money).Select(f => f.Name).ToList();
        Assert.Contains("HarboursideBakeriesRevenue2025", names);
        Assert.Contains(names, name => name.EndsWith("FourthCoffeeRevenue2025", StringComparison.Ordinal));
        Assert.DoesNotContain("Revenue2025", names);
    }

    [Fact]
    public void Facts_told_apart_by_nothing_but_their_value_are_named_by_it()
    {
        var names = Named(Anonymous + "\n\n" + "Revenue rose 8 percent to $92 million in 2025.").Where(f => f.Kind == FactKind.Money).Select(f => f.Name).ToList();
        Assert.Equal(new[] { "Revenue2025_Usd75Million", "Revenue2025_Usd92Million" }, names);
    }

    [Fact]
    public void Names_do_not_depend_on_the_order_of_the_paragraphs()
    {
        var forward = Named(BakeryRival + "\n\n" + Bakery);
        var backward = Named(Bakery + "\n\n" + BakeryRival);
        Assert.Equal(forward.Select(Key).OrderBy(k => k, StringComparer.Ordinal), backward.Select(Key).OrderBy(k => k, StringComparer.Ordinal));

        static string Key(ExtractedFact fact) => fact.Kind + " " + fact.Name + " = " + ValueOf(fact);
    }

    [Fact]
    public void Identical_sentences_are_the_only_ones_counted()
    {
        var names = Named("Sales reached $5 million.\nSales reached $5 million.").Where(f => f.Kind == FactKind.Money).Select(f => f.Name).ToList();
        Assert.Equal(2, names.Distinct().Count());
        Assert.DoesNotContain("Sales", names);
        Assert.All(names, name => Assert.Matches("_[12]$", name));
    }

    /// <summary>Every corpus document inserted in front of and behind every other one: no name of a number or date moves to another value.</summary>
    [Fact]
    public void Corpus_documents_inserted_into_each_other_keep_every_surviving_name_on_its_value()
    {
        var documents = Directory.GetFiles(RepoFiles.PathOf("tests/data/corpus"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var checkedNames = 0;
        var lostNames = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var before = Values(documents[i]);
            for (var j = 0; j < documents.Count; j++)
            {
                if (j == i)
                {
                    continue;
                }

                foreach (var changed in new[] { documents[j] + "\n\n" + documents[i], documents[i] + "\n\n" + documents[j] })
                {
                    var after = Values(changed);
                    foreach (var name in before.Keys)
                    {
                        if (!after.TryGetValue(name, out var value))
                        {
                            lostNames++;
                            continue;
                        }

                        Assert.True(before[name] == value, $"document {i} with {j}: {name} was {before[name]} and is now {value}");
                        checkedNames++;
                    }
                }
            }
        }

        // Most names survive an unrelated document; those that do not were contested by a look-alike.
        Assert.True(checkedNames > 10 * lostNames, $"{checkedNames} names kept their value, {lostNames} were lost");
    }

    private static List<ExtractedFact> Named(string text) => FactExtractor.Extract(text, "seeds/stability.txt").Facts.ToList();

    // Kind and name → the value the name stands for (text and normalized value), for numbers and dates.
    private static Dictionary<string, string> Values(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fact in Named(text))
        {
            if (fact.Kind is FactKind.Money or FactKind.Ratio or FactKind.Quantity or FactKind.Duration or FactKind.Date or FactKind.Period)
            {
                values.Add(fact.Kind + "." + fact.Name, ValueOf(fact));
            }
        }

        return values;
    }

    private static string ValueOf(ExtractedFact fact)
        => fact.Text + " | " + (fact.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? fact.Date ?? fact.Start + ".." + fact.End);
}
