using System;
using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

using static SeedSdk.Extraction.Tests.Languages.TestLexicons;

namespace SeedSdk.Extraction.Tests.Languages;

/// <summary>
/// The number parser, the money, duration and quantity recognizers and the sentence splitter read their words from the
/// document's lexicon: a test lexicon that renames one of them changes what is extracted, and English does not.
/// </summary>
public class NumericLexiconTests
{
    private static ExtractedFact[] Facts(string text, FactKind kind, Lexicon? lexicon = null)
        => (lexicon is null ? FactExtractor.Extract(text, "seed.txt") : FactExtractor.Extract(text, "seed.txt", lexicon))
            .Facts.Where(f => f.Kind == kind).ToArray();

    private static (decimal Value, string Unit) ValueAndUnit(ExtractedFact fact) => (fact.Value ?? 0m, fact.Unit ?? string.Empty);

    [Fact]
    public void A_renamed_spelled_number_is_read_as_that_number_and_the_old_word_no_longer()
    {
        var lexicon = Renamed("number-units", "seven 7", "septem 7");

        var renamed = Facts("The plant hired septem engineers.", FactKind.Quantity, lexicon);
        var oldWord = Facts("The plant hired seven engineers.", FactKind.Quantity, lexicon);
        var english = Facts("The plant hired septem engineers.", FactKind.Quantity);

        Assert.Equal(new[] { (7m, "engineer") }, renamed.Select(ValueAndUnit));
        Assert.Empty(oldWord);
        Assert.Empty(english);
    }

    [Fact]
    public void A_renamed_currency_name_is_read_as_that_currency()
    {
        var lexicon = Renamed("currency-names", "euro|euros=EUR", "euro|eurones=EUR");

        var renamed = Facts("The deal was worth 40 million eurones.", FactKind.Money, lexicon);
        var oldName = Facts("The deal was worth 40 million euros.", FactKind.Money, lexicon);
        var english = Facts("The deal was worth 40 million eurones.", FactKind.Money);

        Assert.Equal(new[] { (40_000_000m, "EUR") }, renamed.Select(ValueAndUnit));
        Assert.DoesNotContain(oldName, f => f.Unit == "EUR");
        Assert.Empty(english);
    }

    [Fact]
    public void A_renamed_temperature_scale_makes_a_degree_a_temperature()
    {
        var lexicon = Renamed("temperature-scales", "celsius     celsius centigrade C", "celsius     centigradi");

        var renamed = Facts("It was 40 degrees centigradi.", FactKind.Quantity, lexicon);
        var oldWord = Facts("It was 40 degrees Celsius.", FactKind.Quantity, lexicon);
        var english = Facts("It was 40 degrees centigradi.", FactKind.Quantity);

        Assert.Equal(new[] { (40m, "degree celsius") }, renamed.Select(ValueAndUnit));
        Assert.Equal(new[] { (40m, "degree") }, oldWord.Select(ValueAndUnit));
        Assert.Equal(new[] { (40m, "degree") }, english.Select(ValueAndUnit));
    }

    [Fact]
    public void A_renamed_unit_of_time_is_read_as_a_duration()
    {
        var lexicon = Renamed("time-units", "month   1   month      months mos", "month   1   month      mesi");

        var renamed = Facts("The works lasted 18 mesi.", FactKind.Duration, lexicon);
        var oldWord = Facts("The works lasted 18 months.", FactKind.Duration, lexicon);
        var english = Facts("The works lasted 18 mesi.", FactKind.Duration);

        Assert.Equal(new[] { (18m, "month") }, renamed.Select(ValueAndUnit));
        Assert.Empty(oldWord);
        Assert.Empty(english);
    }

    [Fact]
    public void A_renamed_qualifier_phrase_qualifies_an_amount_and_the_old_phrase_no_longer()
    {
        var lexicon = Renamed("qualifiers", "over        more than", "over        upwards of");

        var renamed = Facts("Revenue reached upwards of $5 million.", FactKind.Money, lexicon).Single();
        var oldPhrase = Facts("Revenue reached more than $5 million.", FactKind.Money, lexicon).Single();
        var english = Facts("Revenue reached upwards of $5 million.", FactKind.Money).Single();

        Assert.Equal(("over", "upwards of $5 million"), (renamed.Qualifier, renamed.Text));
        Assert.Null(oldPhrase.Qualifier);
        Assert.Null(english.Qualifier);
        Assert.Equal("over", Facts("Revenue reached more than $5 million.", FactKind.Money).Single().Qualifier);
    }

    [Fact]
    public void A_changed_plural_ending_changes_the_singular_of_a_counted_noun()
    {
        var lexicon = Renamed("plural-endings", "ies     y     5", "ies     ie    5");

        var changed = Facts("The group runs 12 factories.", FactKind.Quantity, lexicon).Single();
        var english = Facts("The group runs 12 factories.", FactKind.Quantity).Single();

        Assert.Equal("factorie", changed.Unit);
        Assert.Equal("factory", english.Unit);
    }

    [Fact]
    public void A_plural_endings_list_without_the_plural_mark_is_refused()
    {
        Assert.Throws<FormatException>(() => Lexicon.English.WithList("plural-endings", "ies y 5\nss !"));
    }

    [Fact]
    public void A_renamed_abbreviation_keeps_its_sentence_together()
    {
        var lexicon = Renamed("sentence-abbreviations", "dr      never-ends", "dott    never-ends");
        const string text = "The plan was led by Dott. Rossi in Milan. Revenue reached $5 million.";

        var renamed = DocumentContext.Create(text, "seed.txt", lexicon).SentenceTokens.Count;
        var english = DocumentContext.Create(text, "seed.txt").SentenceTokens.Count;
        var money = Facts(text, FactKind.Money, lexicon).Single();

        Assert.Equal(2, renamed);
        Assert.Equal(3, english);
        Assert.Equal(1, money.SentenceIndex);
        Assert.Equal(2, Facts(text, FactKind.Money).Single().SentenceIndex);
    }

    [Fact]
    public void A_renamed_percent_word_makes_a_share_and_the_old_word_no_longer()
    {
        var lexicon = Renamed("numeric-form-words", "percent         percent", "percent         procent");

        var renamed = Facts("Margins rose 12 procent this year.", FactKind.Ratio, lexicon);
        var oldWord = Facts("Margins rose 12 percent this year.", FactKind.Ratio, lexicon);
        var english = Facts("Margins rose 12 procent this year.", FactKind.Ratio);

        Assert.Equal(new[] { 0.12m }, renamed.Select(f => f.Value ?? 0m));
        Assert.Empty(oldWord);
        Assert.Empty(english);
    }

    [Fact]
    public void A_currency_code_alias_reports_its_iso_code()
    {
        var lexicon = Renamed("currency-code-aliases", "RMB CNY", "RMB HKD");

        var aliased = Facts("The fund raised RMB 40 million.", FactKind.Money, lexicon).Single();
        var english = Facts("The fund raised RMB 40 million.", FactKind.Money).Single();

        Assert.Equal("HKD", aliased.Unit);
        Assert.Equal("CNY", english.Unit);
    }

    [Fact]
    public void A_renamed_range_word_joins_the_bounds_of_an_amount()
    {
        var lexicon = Renamed("numeric-form-words", "between         between", "between         zwischen");
        const string text = "The stake is worth zwischen $200 million and $300 million.";

        var renamed = Facts(text, FactKind.Money, lexicon);
        var english = Facts(text, FactKind.Money);

        Assert.Equal(new[] { ("at-least", 200_000_000m), ("up-to", 300_000_000m) }, renamed.Select(f => (f.Qualifier ?? string.Empty, f.Value ?? 0m)));
        Assert.All(renamed, f => Assert.StartsWith("zwischen", f.Text));
        Assert.DoesNotContain(english, f => f.Text.StartsWith("zwischen"));
    }
}
