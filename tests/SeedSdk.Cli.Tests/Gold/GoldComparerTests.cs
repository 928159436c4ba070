using System.Text.Json;

namespace SeedSdk.Cli.Tests.Gold;

public class GoldComparerTests
{
    private const string Money = """{ "kind": "money", "value": 30000000000, "unit": "EUR", "text": "30 billion euros", "line": 2, "column": 5 }""";
    private const string Person = """{ "kind": "person", "name": "Jane Doe", "aliases": ["She", "Doe"], "text": "Jane Doe", "line": 1, "column": 1 }""";

    [Fact]
    public void Identical_facts_match()
    {
        var result = GoldComparer.Compare(Document(Money, Person), Document(Person, Money));
        Assert.True(result.IsMatch, result.Describe());
        Assert.Equal(2, result.Matched);
    }

    [Fact]
    public void A_wrong_value_is_both_missing_and_spurious()
    {
        var wrong = Money.Replace("30000000000", "3000000000");
        var result = GoldComparer.Compare(Document(Money), Document(wrong));
        Assert.False(result.IsMatch);
        Assert.Single(result.Missing);
        Assert.Single(result.Spurious);
        Assert.Contains("3000000000", result.Describe());
    }

    [Theory]
    [InlineData("\"unit\": \"EUR\"", "\"unit\": \"USD\"")]
    [InlineData("\"line\": 2", "\"line\": 3")]
    [InlineData("\"column\": 5", "\"column\": 6")]
    [InlineData("\"text\": \"30 billion euros\"", "\"text\": \"30bn euros\"")]
    [InlineData("\"unit\": \"EUR\"", "\"unit\": \"EUR\", \"qualifier\": \"about\"")]
    public void Any_compared_field_can_make_a_fact_fail(string from, string to)
        => Assert.False(GoldComparer.Compare(Document(Money), Document(Money.Replace(from, to))).IsMatch);

    [Fact]
    public void Fields_the_gold_omits_are_not_compared()
    {
        var gold = """{ "kind": "statement", "speaker": "Jane Doe", "text": "sales will double", "line": 4 }""";
        var actual = """{ "kind": "statement", "name": "JaneDoeSalesDouble", "speaker": "Jane Doe", "text": "sales will double", "line": 4, "column": 30 }""";
        Assert.True(GoldComparer.Compare(Document(gold), Document(actual)).IsMatch);
    }

    [Fact]
    public void Aliases_compare_as_a_set_and_items_in_order()
    {
        Assert.True(GoldComparer.Compare(Document(Person), Document(Person.Replace("[\"She\", \"Doe\"]", "[\"Doe\", \"She\"]"))).IsMatch);

        var list = """{ "kind": "list", "head": null, "items": ["cars", "phones"], "line": 1 }""";
        Assert.True(GoldComparer.Compare(Document(list), Document(list)).IsMatch);
        Assert.False(GoldComparer.Compare(Document(list), Document(list.Replace("[\"cars\", \"phones\"]", "[\"phones\", \"cars\"]"))).IsMatch);
    }

    [Fact]
    public void Optional_gold_facts_are_neither_required_nor_spurious()
    {
        var optional = """{ "kind": "event", "name": "Spring Expo", "aliases": [], "optional": true }""";
        var found = """{ "kind": "event", "name": "Spring Expo", "aliases": [], "text": "Spring Expo", "line": 1, "column": 9 }""";
        Assert.True(GoldComparer.Compare(Document(Money, optional), Document(Money)).IsMatch);
        var withOptional = GoldComparer.Compare(Document(Money, optional), Document(Money, found));
        Assert.True(withOptional.IsMatch, withOptional.Describe());
        Assert.Equal(2, withOptional.Matched);
    }

    [Fact]
    public void Extra_and_absent_facts_are_reported_per_kind()
    {
        var result = GoldComparer.Compare(Document(Money, Person), Document(Money), "person");
        Assert.Single(result.Missing);
        Assert.Empty(result.Spurious);

        var extra = GoldComparer.Compare(Document(Money), Document(Money, Person));
        Assert.Single(extra.Spurious);
        Assert.True(GoldComparer.Compare(Document(Money), Document(Money, Person), "money").IsMatch);
    }

    [Fact]
    public void A_facts1_gold_entity_name_is_compared_with_the_facts2_display_name()
    {
        var actual = """{ "kind": "person", "name": "JaneDoe", "displayName": "Jane Doe", "aliases": ["She", "Doe"], "text": "Jane Doe", "line": 1, "column": 1 }""";
        Assert.True(GoldComparer.Compare(Document(Person), Document(actual)).IsMatch);
        Assert.False(GoldComparer.Compare(Document(Person), Document(actual.Replace("\"displayName\": \"Jane Doe\"", "\"displayName\": \"Jane Roe\""))).IsMatch);
        Assert.True(GoldComparer.Compare(Document(actual), Document(actual)).IsMatch);
    }

    private static JsonElement Document(params string[] facts)
        => JsonDocument.Parse("{ \"facts\": [" + string.Join(",", facts) + "] }").RootElement;
}
