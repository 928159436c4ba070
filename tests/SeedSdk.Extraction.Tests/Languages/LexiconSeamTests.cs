using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Tests.Languages;

/// <summary>The extractor reads its words from the lexicon it is given: rename one word and it follows.</summary>
public class LexiconSeamTests
{
    private static string MonthsWith(string month, string name)
        => string.Join("\n", Lexicon.English.List("months").Select(m => m == month ? name : m));

    [Fact]
    public void A_renamed_month_is_read_as_that_month_and_the_old_name_no_longer()
    {
        var lexicon = Lexicon.English.WithList("months", MonthsWith("March", "Martius"));
        const string text = "The plant opened on 5 Martius 2024. The line started on 7 March 2024.";

        var renamed = FactExtractor.Extract(text, "seed.txt", lexicon).Facts.Where(f => f.Kind == FactKind.Date).ToList();
        var english = FactExtractor.Extract(text, "seed.txt").Facts.Where(f => f.Kind == FactKind.Date).ToList();

        var date = Assert.Single(renamed);
        Assert.Equal("2024-03-05", date.Date);
        Assert.EndsWith("5 Martius 2024", date.Text);
        Assert.Equal(new[] { "2024-03-07" }, english.Select(f => f.Date));
    }

    [Fact]
    public void A_renamed_month_starts_a_period_of_months()
    {
        var lexicon = Lexicon.English.WithList("months", MonthsWith("March", "Martius"));

        var facts = FactExtractor.Extract("Sales grew from Martius to June 2024.", "seed.txt", lexicon).Facts;

        var period = Assert.Single(facts, f => f.Kind == FactKind.Period);
        Assert.Equal(("2024-03", "2024-06"), (period.Start ?? string.Empty, period.End ?? string.Empty));
    }

    [Fact]
    public void A_renamed_scale_word_scales_an_amount_and_the_old_word_no_longer()
    {
        var scales = string.Join("\n", Lexicon.English.List("scales").Select(row => row.StartsWith("million ") ? "millio" + row.Substring("million".Length) : row));
        var lexicon = Lexicon.English.WithList("scales", scales);

        var renamed = FactExtractor.Extract("Revenue reached $5 millio last year.", "seed.txt", lexicon).Facts.Single(f => f.Kind == FactKind.Money);
        var old = FactExtractor.Extract("Revenue reached $5 million last year.", "seed.txt", lexicon).Facts.Single(f => f.Kind == FactKind.Money);

        Assert.Equal(5_000_000m, renamed.Value);
        Assert.Equal(5m, old.Value);
    }

    [Fact]
    public void A_renamed_unit_is_read_as_that_unit()
    {
        var units = string.Join("\n", Lexicon.English.List("units").Select(row => row == "kilometre kilometre kilometres" ? "kilometre chilometro chilometri" : row));
        var lexicon = Lexicon.English.WithList("units", units);

        var renamed = FactExtractor.Extract("The new line runs 120 chilometri.", "seed.txt", lexicon).Facts.Where(f => f.Kind == FactKind.Quantity);
        var english = FactExtractor.Extract("The new line runs 120 chilometri.", "seed.txt").Facts.Where(f => f.Kind == FactKind.Quantity);

        Assert.Equal(new[] { (120m, "kilometre") }, renamed.Select(f => (f.Value ?? 0m, f.Unit ?? string.Empty)));
        Assert.DoesNotContain(english, f => f.Unit == "kilometre");
    }

    [Fact]
    public void The_english_lexicon_holds_each_list_of_its_folder()
    {
        Assert.Equal(12, Lexicon.English.List("months").Count);
        Assert.Contains("sept 9", Lexicon.English.List("month-abbreviations"));
        Assert.Contains(Lexicon.English.List("scales"), row => row.StartsWith("billion "));
        Assert.Contains("list-cues", Lexicon.English.ListNames);
        Assert.Contains("reporting-verbs", Lexicon.English.ListNames);
    }

    [Fact]
    public void A_months_list_without_twelve_months_is_refused()
    {
        Assert.Throws<System.FormatException>(() => Lexicon.English.WithList("months", "January\nFebruary"));
    }
}
