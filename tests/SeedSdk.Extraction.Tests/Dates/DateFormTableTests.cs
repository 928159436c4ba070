using System;
using System.Linq;
using SeedSdk.Extraction.Recognizers.Dates;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Tests.Dates;

/// <summary>The list <c>date-forms</c>: its rows parse into forms, and a row that is no form is refused with its row named.</summary>
public sealed class DateFormTableTests
{
    [Fact]
    public void The_english_table_holds_every_row_of_its_list_in_order()
    {
        var table = DateFormTable.For(Lexicon.English);
        var names = Lexicon.English.List("date-forms").Select(row => row.Split(' ')[0]).ToArray();

        Assert.Equal(names, table.Forms.Select(f => f.Name));
        Assert.Contains("month-day-year", names);
    }

    [Fact]
    public void A_row_reads_its_elements_touching_marks_and_guards()
    {
        var form = DateFormTable.Parse(new[] { "ym digits date year /|- month#|month  !spaced !ends" }, Lexicon.English).Forms[0];

        Assert.Equal("ym", form.Name);
        Assert.Equal((DateFormPlace.Digits, DateFormResult.Date), (form.Place, form.Result));
        Assert.Equal(
            new[] { new DateElement(DatePart.Year, false), new DateElement(DatePart.Slash | DatePart.Dash, false), new DateElement(DatePart.Month | DatePart.MonthName, false) },
            form.Elements);
        Assert.Equal(DateGuards.Spaced | DateGuards.Ends, form.Guards);
        Assert.True(DateFormTable.Parse(new[] { "ymd digits date year+sep+month" }, Lexicon.English).Forms[0].Elements[2].Touches);
        var word = DateFormTable.Parse(new[] { "d year decade year+'+\"s\"" }, Lexicon.English).Forms[0].Elements[2];
        Assert.Equal((DatePart.Word, true, false), (word.Parts, word.Touches, word.Optional));
        Assert.Equal(new[] { "s" }, word.Words);
        var joiner = DateFormTable.Parse(new[] { "my before date clear-month ,|\"of\"|\"in\"? year" }, Lexicon.English).Forms[0].Elements[1];
        Assert.Equal((DatePart.Comma | DatePart.Word, true), (joiner.Parts, joiner.Optional));
        Assert.Equal(new[] { "of", "in" }, joiner.Words);
    }

    [Theory]
    [InlineData("ok digits date year+sep+month#\nbad digits date year+sep+mnth", "row 2", "unknown element 'mnth'")]
    [InlineData("bad digits date year+sep+month# !lonely", "row 1", "unknown guard '!lonely'")]
    [InlineData("bad digits date year+sep=+month#", "row 1", "'sep=' before any sign")]
    [InlineData("bad digits date year", "row 1", "two elements at least")]
    [InlineData("bad digits date year !alone month#", "row 1", "after a guard")]
    [InlineData("bad digits date year++month#", "row 1", "unknown element ''")]
    [InlineData("bad somewhere date year+sep+month#", "row 1", "unknown place 'somewhere'")]
    [InlineData("bad year month year+sep+month#", "row 1", "unknown result 'month'")]
    [InlineData("bad digits half year+-+H#", "row 1", "a 'digits' form makes a date")]
    [InlineData("bad digits", "row 1", "a form needs a name, where it is tried")]
    [InlineData("bad before date year month", "row 1", "a 'before' form ends with its year")]
    [InlineData("bad year date month year", "row 1", "a 'year' form starts with its year")]
    [InlineData("bad digits date year? month", "row 1", "first element is there")]
    [InlineData("bad digits date spelled-day month year", "row 1", "a spelled day is read only in a 'before' form")]
    [InlineData("bad before date <no-such-list> year", "row 1", "no list 'no-such-list' in the lexicon")]
    public void A_bad_row_is_refused_naming_the_list_and_the_row(string list, string row, string problem)
    {
        var error = Assert.Throws<FormatException>(() => DateFormTable.Parse(list.Split('\n'), Lexicon.English));

        Assert.Contains("'date-forms'", error.Message);
        Assert.Contains(row, error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_lexicon_with_a_bad_row_fails_its_first_date_with_that_message()
    {
        var lexicon = Lexicon.English.WithList("date-forms", "broken digits date year+sep+mnth");

        var error = Assert.Throws<FormatException>(() => FactExtractor.Extract("It closed on 10/1/2018.", "seed.txt", lexicon));
        Assert.Contains("'date-forms', row 1", error.Message);
    }
}
