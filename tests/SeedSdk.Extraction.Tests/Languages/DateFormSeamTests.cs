using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Tests.Languages;

/// <summary>The layouts of dates in digits are the lexicon's rows: remove a row and its layout is no date, add one and a new layout is.</summary>
public sealed class DateFormSeamTests
{
    private static string[] Dates(string text, Lexicon lexicon)
        => FactExtractor.Extract(text, "seed.txt", lexicon).Facts.Where(f => f.Kind == FactKind.Date).Select(f => f.Date ?? string.Empty).ToArray();

    private static Lexicon Without(string form)
        => Lexicon.English.WithList("date-forms", string.Join("\n", Lexicon.English.List("date-forms").Where(row => row.Split(' ')[0] != form)));

    private static Lexicon With(string row)
        => Lexicon.English.WithList("date-forms", string.Join("\n", Lexicon.English.List("date-forms")) + "\n" + row);

    [Fact]
    public void Removing_the_month_day_year_row_stops_a_us_date_being_a_day()
    {
        const string text = "The merger closed on 10/1/2018 after a long review.";

        Assert.Contains("2018-10-01", Dates(text, Lexicon.English));
        Assert.DoesNotContain("2018-10-01", Dates(text, Without("month-day-year")));
    }

    [Fact]
    public void Removing_the_day_month_year_row_stops_a_day_before_its_month_being_read()
    {
        const string text = "The plant opened on 12 March 2024 in Ohio.";

        Assert.Equal(new[] { "2024-03-12" }, Dates(text, Lexicon.English));
        Assert.Equal(new[] { "2024-03" }, Dates(text, Without("day-month-year"))); // the month alone is still a month of its year
    }

    [Fact]
    public void Removing_the_ordinal_quarter_row_stops_a_spelled_quarter_being_a_quarter()
    {
        const string text = "Revenue rose in the first quarter of 2025.";

        Assert.Contains("2025-Q1", Dates(text, Lexicon.English));
        Assert.DoesNotContain("2025-Q1", Dates(text, Without("ordinal-quarter-year")));
    }

    [Fact]
    public void Removing_the_week_place_row_stops_the_last_week_being_a_week()
    {
        const string text = "Shipments paused in the last week of 2016.";
        static bool IsLastWeek(ExtractedFact f) => f.Kind == FactKind.Period && f.Start == "2016-12-26" && f.End == "2017-01-01";

        Assert.Contains(FactExtractor.Extract(text, "seed.txt").Facts, IsLastWeek);
        Assert.DoesNotContain(FactExtractor.Extract(text, "seed.txt", Without("week-place-of-year")).Facts, IsLastWeek);
    }

    [Fact]
    public void Removing_the_year_month_day_row_stops_an_iso_date_being_a_day()
    {
        const string text = "The plant opened on 2015-08-12 in Ohio.";

        Assert.Contains("2015-08-12", Dates(text, Lexicon.English));
        Assert.DoesNotContain("2015-08-12", Dates(text, Without("year-month-day")));
    }

    [Fact]
    public void Adding_a_row_makes_a_new_layout_a_date()
    {
        const string text = "The contract was signed on 12 / 03 / 2024, in Rome.";

        Assert.DoesNotContain("2024-12-03", Dates(text, Lexicon.English));
        Assert.Contains("2024-12-03", Dates(text, With("month-day-year-spaced digits date dm# / dm# / year !ends")));
    }

    [Fact]
    public void Removing_the_half_rows_stops_a_half_year_being_a_period()
    {
        const string text = "Deliveries resume in 2019-H2, the company said.";
        var withoutHalves = Lexicon.English.WithList("date-forms", string.Join("\n", Lexicon.English.List("date-forms").Where(row => !row.Contains(" half "))));

        Assert.Contains(FactExtractor.Extract(text, "seed.txt").Facts, f => f.Kind == FactKind.Period && f.Start == "2019-07" && f.End == "2019-12");
        Assert.DoesNotContain(FactExtractor.Extract(text, "seed.txt", withoutHalves).Facts, f => f.Kind == FactKind.Period && f.Start == "2019-07");
    }

    [Fact]
    public void A_row_moved_up_wins_over_the_rows_it_passes()
    {
        // "2015-08-12" is read by year-month-day; a year-month row without its guard placed first reads "2015-08" and leaves "12".
        var rows = Lexicon.English.List("date-forms");
        var lexicon = Lexicon.English.WithList("date-forms", "greedy-year-month digits date year+-+month#\n" + string.Join("\n", rows));

        Assert.Contains("2015-08", Dates("The plant opened on 2015-08-12 in Ohio.", lexicon));
        Assert.DoesNotContain("2015-08-12", Dates("The plant opened on 2015-08-12 in Ohio.", lexicon));
    }

    [Fact]
    public void A_date_preposition_added_to_the_lexicon_is_kept_in_the_date()
    {
        var prepositions = string.Join("\n", Lexicon.English.List("date-prepositions")) + "\nanno";
        var lexicon = Lexicon.English.WithList("date-prepositions", prepositions);
        const string text = "The bridge opened anno 1998.";

        Assert.Equal(new[] { "anno 1998" }, FactExtractor.Extract(text, "seed.txt", lexicon).Facts.Where(f => f.Kind == FactKind.Date).Select(f => f.Text));
        Assert.DoesNotContain(FactExtractor.Extract(text, "seed.txt").Facts, f => f.Kind == FactKind.Date && f.Text == "anno 1998");
    }

    [Fact]
    public void A_renamed_spelled_ordinal_is_read_as_a_day_and_the_old_word_no_longer()
    {
        var lexicon = TestLexicons.Renamed("spelled-ordinals", "third 3", "terzo 3");

        Assert.Contains("2004-05-03", Dates("The treaty was signed on the terzo of May, 2004.", lexicon));
        Assert.DoesNotContain("2004-05-03", Dates("The treaty was signed on the third of May, 2004.", lexicon));
        Assert.DoesNotContain("2004-05-03", Dates("The treaty was signed on the terzo of May, 2004.", Lexicon.English));
    }

    [Fact]
    public void A_renamed_part_ordinal_counts_the_quarter_of_a_year()
    {
        var lexicon = TestLexicons.Renamed("part-ordinals", "second 2", "secondo 2");

        Assert.Contains("2025-Q2", Dates("Sales rose in the secondo quarter of 2025.", lexicon));
        Assert.DoesNotContain("2025-Q2", Dates("Sales rose in the secondo quarter of 2025.", Lexicon.English));
    }
}
