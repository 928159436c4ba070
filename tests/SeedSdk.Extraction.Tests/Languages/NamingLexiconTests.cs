using System.Linq;
using SeedSdk.Extraction.Curation;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

using static SeedSdk.Extraction.Tests.Languages.TestLexicons;

namespace SeedSdk.Extraction.Tests.Languages;

/// <summary>
/// The namer reads its words from the lexicon the document was extracted with: a lexicon that changes one stop word,
/// amount verb, change verb, abbreviation or month name changes the names the facts are given.
/// </summary>
public class NamingLexiconTests
{
    private static string NameOf(string text, FactKind kind, Lexicon? lexicon = null)
    {
        var facts = lexicon is null ? FactExtractor.Extract(text, "seed.txt").Facts : FactExtractor.Extract(text, "seed.txt", lexicon).Facts;
        return Assert.Single(facts, f => f.Kind == kind).Name;
    }

    [Fact]
    public void A_word_taken_out_of_the_name_stop_words_appears_in_the_name()
    {
        const string text = "The total budget reached $5 million.";
        Assert.Contains("total", Lexicon.English.List("name-stop-words"));

        Assert.Equal("Budget", NameOf(text, FactKind.Money));
        Assert.Equal("TotalBudget", NameOf(text, FactKind.Money, Without("name-stop-words", "total")));
    }

    [Fact]
    public void An_amount_verb_added_to_the_lexicon_names_the_amount_it_takes()
    {
        const string text = "Contoso bagged $5 million for robotics.";
        Assert.DoesNotContain(Lexicon.English.List("amount-verbs"), row => row.StartsWith("bagged"));

        Assert.Equal("RoboticsFunding", NameOf(text, FactKind.Money, With("amount-verbs", "bagged Funding")));
        Assert.NotEqual("RoboticsFunding", NameOf(text, FactKind.Money));
    }

    [Fact]
    public void A_change_verb_added_to_the_lexicon_names_the_change()
    {
        const string text = "Profit ballooned 25% last year.";
        Assert.DoesNotContain(Lexicon.English.List("change-verbs"), row => row.StartsWith("ballooned"));

        Assert.Equal("ProfitGrowth", NameOf(text, FactKind.Ratio, With("change-verbs", "ballooned Growth")));
        Assert.Equal("Profit", NameOf(text, FactKind.Ratio));
    }

    [Fact]
    public void An_abbreviation_added_to_the_lexicon_shortens_the_name()
    {
        const string text = "The machine learning budget reached $5 million.";

        Assert.Equal("MlBudget", NameOf(text, FactKind.Money, With("name-abbreviations", "Ml machine learning")));
        Assert.Equal("MachineLearningBudget", NameOf(text, FactKind.Money));
    }

    [Fact]
    public void A_renamed_month_names_the_date()
    {
        var months = string.Join("\n", Lexicon.English.List("months").Select(m => m == "March" ? "Martius" : m));
        var lexicon = Lexicon.English.WithList("months", months);

        Assert.Equal("Martius5_2024", NameOf("The plant opened on 5 Martius 2024.", FactKind.Date, lexicon));
        Assert.Equal("March5_2024", NameOf("The plant opened on 5 March 2024.", FactKind.Date));
    }

    [Fact]
    public void A_determiner_taken_out_of_the_name_determiners_ends_the_topic()
    {
        const string text = "Contoso made a $5 million investment in the new plant.";
        Assert.Contains("the", Lexicon.English.List("name-determiners"));

        Assert.Equal("NewPlantInvestment", NameOf(text, FactKind.Money));
        Assert.Equal("Investment", NameOf(text, FactKind.Money, Without("name-determiners", "the")));
    }

    [Fact]
    public void A_change_direction_names_the_change_with_its_lexicon_part()
    {
        const string text = "Revenue reached $4 billion, up 12%.";
        Assert.Contains("up    Growth", Lexicon.English.List("change-directions"));

        Assert.Equal("RevenueGrowth", NameOf(text, FactKind.Ratio));
        Assert.Equal("RevenueRise", NameOf(text, FactKind.Ratio, Lexicon.English.WithList("change-directions", "up Rise\ndown Decline")));
    }

    [Fact]
    public void A_span_preposition_taken_out_of_the_lexicon_no_longer_makes_a_period()
    {
        const string text = "We will keep R&D spending above 8% of revenue over the next three years.";
        Assert.Contains("over", Lexicon.English.List("span-prepositions"));

        Assert.Equal("RdSpendingPeriod", NameOf(text, FactKind.Duration));
        Assert.NotEqual("RdSpendingPeriod", NameOf(text, FactKind.Duration, Without("span-prepositions", "over")));
    }

    [Fact]
    public void The_words_a_name_adds_of_its_own_are_the_lexicons_name_parts()
    {
        const string text = "Contoso holds $5 billion.";
        var parts = Lexicon.English.List("name-parts").Select(row => row.StartsWith("billion ") ? "billion Milliard" : row);

        Assert.Equal("Usd5Billion", NameOf(text, FactKind.Money));
        Assert.Equal("Usd5Milliard", NameOf(text, FactKind.Money, Lexicon.English.WithList("name-parts", string.Join("\n", parts))));
    }

    [Fact]
    public void Curation_names_a_displaced_fact_again_with_the_documents_lexicon()
    {
        const string text = "Contoso bagged $5 million for robotics. Northwind spent $3 million on offices.";
        var lexicon = With("amount-verbs", "bagged Funding");
        var document = FactExtractor.Extract(text, "seed.txt", lexicon);
        var bagged = Assert.Single(document.Facts, f => f.Text == "$5 million");
        Assert.Equal("RoboticsFunding", bagged.Name);
        const string curation = """{ "facts": [ { "kind": "money", "text": "$3 million", "rename": "RoboticsFunding" } ] }""";

        var curated = SeedCuration.Apply(document, curation, lexicon);
        var inEnglish = SeedCuration.Apply(document, curation);

        Assert.Empty(curated.Problems);
        var displaced = Assert.Single(curated.Document.Facts, f => f.Text == "$5 million").Name;
        Assert.NotEqual("RoboticsFunding", displaced);
        Assert.Contains("Funding", displaced);
        Assert.DoesNotContain("Funding", Assert.Single(inEnglish.Document.Facts, f => f.Text == "$5 million").Name);
    }
}
