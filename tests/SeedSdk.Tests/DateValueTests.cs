using System;

namespace SeedSdk.Tests;

public sealed class DateValueTests
{
    [Theory]
    [InlineData("2025")]
    [InlineData("0999")]
    [InlineData("2025-Q1")]
    [InlineData("2025-Q4")]
    [InlineData("2025-03")]
    [InlineData("2024-02-29")]
    [InlineData("2025-12-31")]
    public void Partial_dates_round_trip_through_iso(string iso)
    {
        Assert.Equal(iso, PartialDate.Parse(iso).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("0000")]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("2025-Q5")]
    [InlineData("2023-02-29")]
    [InlineData("2025-3")]
    [InlineData("2025/03")]
    [InlineData("2025-03-05T10")]
    [InlineData("２０２５")]
    public void Malformed_or_impossible_dates_do_not_parse(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void Precision_and_components_follow_the_text()
    {
        var day = PartialDate.Parse("2025-03-05");
        Assert.Equal((2025, 3, 5, (int?)null, DatePrecision.Day), (day.Year, day.Month, day.Day, day.Quarter, day.Precision));

        var quarter = PartialDate.FromQuarter(2025, 2);
        Assert.Equal(DatePrecision.Quarter, quarter.Precision);
        Assert.Equal(new DateTime(2025, 4, 1), quarter.FirstDay);
        Assert.Equal(new DateTime(2025, 6, 30), quarter.LastDay);
        Assert.Equal(new DateTime(2024, 12, 31), new PartialDate(2024).LastDay);
        Assert.Equal(new DateTime(2024, 2, 29), new PartialDate(2024, 2).LastDay);
    }

    [Fact]
    public void Equality_distinguishes_precision()
    {
        Assert.Equal(new PartialDate(2025, 3), PartialDate.Parse("2025-03"));
        Assert.NotEqual(new PartialDate(2025), new PartialDate(2025, 1));
        Assert.NotEqual(new PartialDate(2025, 1), PartialDate.FromQuarter(2025, 1));
        Assert.True(new PartialDate(2024, 12).CompareTo(new PartialDate(2025)) < 0);
        Assert.True(new PartialDate(2025).CompareTo(new PartialDate(2025, 1)) < 0, "The less precise date sorts first on the same start.");
    }

    [Fact]
    public void Constructors_reject_impossible_dates()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2025, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2025, 4, 31));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromQuarter(2025, 0));
    }

    [Theory]
    [InlineData("2021..2025", "2021..2025")]
    [InlineData("2021/2025", "2021..2025")]
    [InlineData("2024-03..2024-Q3", "2024-03..2024-Q3")]
    [InlineData("2025..2025", "2025..2025")]
    public void Ranges_parse_both_separators_and_format_with_dots(string text, string expected)
    {
        Assert.Equal(expected, DateRange.Parse(text).ToString());
    }

    [Theory]
    [InlineData("2025..2021")]
    [InlineData("2021")]
    [InlineData("2021..")]
    [InlineData("x..2025")]
    public void Ranges_that_are_malformed_or_reversed_do_not_parse(string text)
    {
        Assert.False(DateRange.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DateRange.Parse(text));
    }

    [Fact]
    public void Range_is_inclusive_and_validated()
    {
        var range = new DateRange(new PartialDate(2021), new PartialDate(2025));
        Assert.True(range.Contains(new PartialDate(2025, 12, 31)));
        Assert.True(range.Contains(new PartialDate(2021)));
        Assert.False(range.Contains(new PartialDate(2026, 1)));
        Assert.Equal(range, DateRange.Parse("2021/2025"));
        Assert.Throws<ArgumentException>(() => new DateRange(new PartialDate(2025), new PartialDate(2024)));
    }
}
