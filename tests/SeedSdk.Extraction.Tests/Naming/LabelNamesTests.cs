using SeedSdk.Extraction.Model;
using static SeedSdk.Extraction.Tests.Naming.NamingFacts;

namespace SeedSdk.Extraction.Tests.Naming;

/// <summary>Names from the nearest label: a line's label, a table's headers, a heading; and the names of share prices, bare growth and durations.</summary>
public class LabelNamesTests
{
    [Theory]
    [InlineData("Online sales: $34 million", "$34 million", "OnlineSales")]
    [InlineData("- Wholesale revenue: $12 million\n", "$12 million", "WholesaleRevenue")]
    [InlineData("* Licensing income 2024: $3 million", "$3 million", "LicensingIncome2024")]
    [InlineData("1. Cash reserves: $8 million", "$8 million", "CashReserves")]
    public void A_number_under_a_line_label_takes_the_label(string line, string text, string expected)
    {
        var context = Context("Quarterly figures\n" + line);
        Assert.Equal(expected, Name(context, At(context, FactKind.Money, text) with { Value = 1m, Unit = "USD" }));
    }

    [Fact]
    public void A_sentence_with_a_colon_is_not_a_label()
    {
        Assert.Equal("Investment", MoneyName("The plan is clear: Contoso will invest $5 million.", "$5 million", 5_000_000m));
    }

    [Fact]
    public void A_table_cell_takes_its_row_and_column_headers()
    {
        var context = Context("| Segment | Revenue | Share |\n| --- | --- | --- |\n| Apparel | $410 million | 35% |\n| Footwear | $220 million | 18% |");
        Assert.Equal("ApparelRevenue", Name(context, At(context, FactKind.Money, "$410 million") with { Value = 1m, Unit = "USD" }));
        Assert.Equal("FootwearShare", Name(context, At(context, FactKind.Ratio, "18%") with { Value = 0.18m }));
    }

    [Fact]
    public void A_table_row_headed_by_a_year_takes_the_year()
    {
        var context = Context("| Year | Revenue |\n|---|---|\n| 2024 | $5 million |");
        Assert.Equal("Revenue2024", Name(context, At(context, FactKind.Money, "$5 million") with { Value = 1m, Unit = "USD" }));
    }

    [Fact]
    public void A_number_alone_under_a_heading_takes_the_heading()
    {
        var context = Context("# Annual report\n\n## Capital spending\n\n$90 million\n");
        Assert.Equal("CapitalSpending", Name(context, At(context, FactKind.Money, "$90 million") with { Value = 1m, Unit = "USD" }));
    }

    [Fact]
    public void A_number_in_prose_under_a_heading_keeps_its_sentence_name()
    {
        var context = Context("## Capital spending\n\nThe group paid $90 million in dividends.");
        Assert.Equal("Dividends", Name(context, At(context, FactKind.Money, "$90 million") with { Value = 1m, Unit = "USD" }));
    }

    [Theory]
    [InlineData("Fabrikam shares closed at £87.20 on Friday.", "£87.20")]
    [InlineData("The stock traded at $14.50 before the bell.", "$14.50")]
    [InlineData("The offer is worth 310 pence a share.", "310 pence")]
    public void A_price_of_a_share_is_a_SharePrice(string sentence, string text)
        => Assert.Equal("SharePrice", MoneyName(sentence, text, 1m, "GBP"));

    [Fact]
    public void A_dividend_per_share_stays_a_dividend()
        => Assert.Equal("FinalDividend", MoneyName("The board proposed a final dividend of 1.2 yuan per share.", "1.2 yuan", 1.2m, "CNY"));

    [Theory]
    [InlineData("Fabrikam reported revenue of $1.2 billion, and its growth of 14% beat forecasts.", "14%", "RevenueGrowth")]
    [InlineData("Exports reached 40 billion euros; the increase of 6% came from Asia.", "6%", "ExportsIncrease")]
    [InlineData("Growth of 3% was slower than expected.", "3%", "Growth")]
    public void A_bare_growth_takes_what_grew(string sentence, string text, string expected)
        => Assert.Equal(expected, RatioName(sentence, text, 0.1m));

    [Theory]
    [InlineData("Looking back on its 15-year development history, the firm grew.", "15-year", "DevelopmentHistory")]
    [InlineData("The company will hire 300 engineers over a six-month hiring period.", "six-month", "HiringPeriod")]
    [InlineData("The hiring period lasts 6 months.", "6 months", "HiringPeriod")]
    [InlineData("The firm will keep R&D spending above 8% of revenue over the next three years.", "three years", "RdSpendingPeriod")]
    [InlineData("It was a long wait of three years.", "three years", "Years3")]
    public void A_duration_takes_what_lasts(string sentence, string text, string expected)
    {
        var context = Context(sentence);
        Assert.Equal(expected, Name(context, At(context, FactKind.Duration, text) with { Value = 3m, Unit = "year" }));
    }
}
