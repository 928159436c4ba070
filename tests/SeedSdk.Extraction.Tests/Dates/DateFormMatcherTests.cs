using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Recognizers.Dates;
using SeedSdk.Extraction.Stages.Numeric;
using SeedSdk.Extraction.Text;
using SeedSdk.Extraction.Tests.Numbers;

namespace SeedSdk.Extraction.Tests.Dates;

/// <summary>The general matcher of date forms: elements one token each, touching or spaced, alternatives, the same sign, guards and real days.</summary>
public sealed class DateFormMatcherTests
{

    // A form of place "digits" making a date, from its name and elements ("ymd year+sep+month#").
    private static DateForm Form(string row, string place = "digits", string makes = "date")
    {
        var space = row.IndexOf(' ');
        return DateFormTable.Parse(new[] { row.Substring(0, space) + " " + place + " " + makes + row.Substring(space) }, Lexicon.English).Forms[0];
    }

    // Reads text with one form, starting at its first token; the date as ISO text, or null.
    private static string? Read(string row, string text, bool inRange = false)
    {
        var scan = EnglishScan.Of(text);
        return DateFormMatcher.TryForm(Form(row), scan, 0, 0, inRange, out var match) ? match.Point.Iso() : null;
    }

    [Theory]
    [InlineData("2015-08-12", "2015-08-12")]
    [InlineData("2015/08/12", "2015-08-12")]
    [InlineData("2015-08/12", null)] // sep= repeats the first sign
    [InlineData("2015 - 08 - 12", null)] // '+' elements touch
    [InlineData("2015-02-30", null)] // no 30 February
    [InlineData("2016-02-29", "2016-02-29")]
    public void Touching_elements_read_a_year_first_date(string text, string? expected)
        => Assert.Equal(expected, Read("ymd year+sep+month#+sep=+day#", text));

    [Fact]
    public void Spaced_elements_read_spaced_and_touching_signs()
    {
        Assert.Equal("2015-08-12", Read("ymd year sep month# sep= day#", "2015 - 08 - 12"));
        Assert.Equal("2015-08-12", Read("ymd year sep month# sep= day#", "2015-08-12"));
    }

    [Theory]
    [InlineData("2019/aug/01", "2019-08-01")]
    [InlineData("2019/8/01", "2019-08-01")]
    [InlineData("2019/13/01", null)]
    public void An_element_may_be_either_of_its_alternatives(string text, string? expected)
        => Assert.Equal(expected, Read("ymd year+sep+month#|month+sep=+day#", text));

    [Theory]
    [InlineData("10/1/2018", "2018-10-01")] // month first by default
    [InlineData("21/04/2016", "2016-04-21")] // a first part above 12 is the day
    [InlineData("13/13/2016", null)]
    public void Two_day_or_month_parts_are_ordered_by_the_convention(string text, string? expected)
        => Assert.Equal(expected, Read("mdy dm#+sep+dm#+sep=+year", text));

    [Fact]
    public void A_document_that_writes_its_days_first_reads_every_date_day_first()
    {
        var scan = EnglishScan.Of("02/03/2016 and later 21/04/2016.");

        Assert.True(DateFormMatcher.TryForm(Form("mdy dm#+sep+dm#+sep=+year"), scan, 0, 0, false, out var match));
        Assert.Equal("2016-03-02", match.Point.Iso());
    }

    [Theory]
    [InlineData("2015-3 points", "2015-03")]
    [InlineData("2015-3-7x", null)]
    [InlineData("2015-3/4", null)]
    public void Alone_refuses_a_date_that_a_code_goes_on_from(string text, string? expected)
        => Assert.Equal(expected, Read("ym year+-+month# !alone", text));

    [Theory]
    [InlineData("2016 - 11.", "2016-11")]
    [InlineData("2016 - 11 Sales rose", "2016-11")]
    [InlineData("2016 - 11 people", null)]
    public void Ends_refuses_a_date_followed_by_what_it_counts(string text, string? expected)
        => Assert.Equal(expected, Read("ym year - month# !ends", text));

    [Fact]
    public void Spaced_refuses_touching_signs()
    {
        Assert.Equal("2016-11", Read("ym year - month# !spaced", "2016 - 11"));
        Assert.Null(Read("ym year - month# !spaced", "2016-11"));
    }

    [Fact]
    public void In_range_reads_a_month_and_day_only_inside_a_period()
    {
        Assert.Equal("0000-05-01", Read("md dm#+/+dm# !in-range", "5/1-5/7", inRange: true));
        Assert.Null(Read("md dm#+/+dm# !in-range", "5/1-5/7", inRange: false));
        Assert.Null(Read("md dm#+/+dm# !in-range", "5/1/7", inRange: true));
    }

    [Fact]
    public void The_first_form_that_matches_wins()
    {
        var table = DateFormTable.Parse(new[] { "ym digits date year+-+month# !alone", "ymd digits date year+-+month#+-+day#" }, Lexicon.English);

        Assert.True(DateFormMatcher.TryMatch(table.Digits, EnglishScan.Of("2015-08-12"), 0, 0, false, out var match));
        Assert.Equal("2015-08-12", match.Point.Iso()); // "ym" refuses it (!alone), so the row below reads it

        var reversed = DateFormTable.Parse(new[] { "ym digits date year+-+month#", "ymd digits date year+-+month#+-+day#" }, Lexicon.English);
        Assert.True(DateFormMatcher.TryMatch(reversed.Digits, EnglishScan.Of("2015-08-12"), 0, 0, false, out match));
        Assert.Equal("2015-08", match.Point.Iso());
    }

    [Fact]
    public void A_group_holds_only_the_forms_of_its_place()
    {
        var table = DateFormTable.Parse(new[] { "ym digits date year+-+month#", "yq year date year+-+Q#" }, Lexicon.English);

        Assert.False(DateFormMatcher.TryMatch(table.Digits, EnglishScan.Of("2019-Q3"), 0, 0, false, out _));
        Assert.True(DateFormMatcher.TryMatch(table.AfterYear, EnglishScan.Of("2019-Q3"), 0, 0, false, out var match));
        Assert.Equal("2019-Q3", match.Point.Iso());
    }

    [Theory]
    [InlineData("year+-+H#", "half", "2019-H2", 2)]
    [InlineData("year H#", "half", "2019 h1", 1)]
    [InlineData("year H#", "half", "2019 H3", 0)]
    public void A_half_form_reads_its_half(string elements, string makes, string text, int half)
    {
        var read = DateFormMatcher.TryForm(Form("h " + elements, "year", makes), EnglishScan.Of(text), 0, 0, false, out var match);

        Assert.Equal(half != 0, read);
        Assert.Equal(half, match.Half);
        Assert.Equal(half != 0 ? DateFormResult.Half : DateFormResult.Date, match.Result);
    }

    [Theory]
    [InlineData("year+'+\"s\"", "1970's", true)]
    [InlineData("year+'+\"s\"", "1975's", false)] // a decade starts at a year ending in 0
    [InlineData("year+'+\"s\"", "1970 's", false)] // '+' elements touch
    [InlineData("year \"s\" !boundary", "1990 s.", true)]
    [InlineData("year \"s\" !boundary", "1990 s were", false)]
    public void A_decade_form_reads_a_word_and_checks_its_year(string elements, string text, bool read)
        => Assert.Equal(read, DateFormMatcher.TryForm(Form("d " + elements, "year", "decade"), EnglishScan.Of(text), 0, 0, false, out _));

    [Theory]
    [InlineData("In 2017 april, sales rose.", "2017-04")]
    [InlineData("In 2016 , nov 3 stores opened.", "2016-11")]
    [InlineData("In 2016 may, it rose.", null)] // "may" is no dated month
    [InlineData("In 2016 May became leader.", null)] // a name may follow: !boundary-or-digits
    [InlineData("In 2017 april sales rose.", null)] // !boundary-or-digits
    public void A_dated_month_after_a_year_ends_its_phrase(string text, string? expected)
    {
        var scan = EnglishScan.Of(text);
        var table = DateFormTable.Parse(new[] { "ycm year date year , dated-month !boundary-or-digits", "ym year date year dated-month !boundary-or-digits" }, Lexicon.English);

        Assert.Equal(expected, DateFormMatcher.TryMatch(table.AfterYear, scan, 1, 1, false, out var match) ? match.Point.Iso() : null);
    }

    [Theory]
    [InlineData("the first week of 2015", 1)]
    [InlineData("the 3rd week of 2018", 3)]
    [InlineData("the last week of 2016", 52)] // no count: the year's last week
    [InlineData("the 54th week of 2016", 0)] // 2016 has 52
    public void A_week_form_counts_its_week_or_takes_the_last(string text, int week)
    {
        var table = DateFormTable.Parse(new[] { "p before week <week-places> \"week\" \"of\" year", "n before week nth \"week\" \"of\" year" }, Lexicon.English);

        Assert.Equal(week != 0, DateFormMatcher.TryMatchBefore(table.BeforeYear, EnglishScan.Of(text), 4, -1, out var match)); // the year is token 4
        Assert.Equal(week, match.Week);
    }
}
