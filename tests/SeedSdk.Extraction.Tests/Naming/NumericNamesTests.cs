using SeedSdk.Extraction.Model;
using static SeedSdk.Extraction.Tests.Naming.NamingFacts;

namespace SeedSdk.Extraction.Tests.Naming;

public class NumericNamesTests
{
    [Theory]
    [InlineData("Acme said the R&D budget in 2025 will reach 30 billion yuan.", "30 billion yuan", "RdBudget2025")]
    [InlineData("Contoso plans to invest up to $12 billion in cloud infrastructure from 2024 to 2027.", "up to $12 billion", "CloudInfrastructureInvestment2024To2027")]
    [InlineData("Fabrikam will invest $2 billion in research and development over 2026-2028.", "$2 billion", "RdInvestment2026To2028")]
    [InlineData("Globex raised $50 million in funding.", "$50 million", "Funding")]
    [InlineData("The board approved a $5 million budget for artificial intelligence.", "$5 million", "AiBudget")]
    [InlineData("Initech's annual revenue was $3 billion in 2023.", "$3 billion", "InitechAnnualRevenue2023")]
    [InlineData("Northwind spent $400 million on new stores, the report said.", "$400 million", "NewStoresSpending")]
    [InlineData("In 2022, Umbrella lost $90 million.", "$90 million", "Loss")]
    [InlineData("Net profit reached $4 million, up from $3 million a year earlier.", "$3 million", "NetProfitPrevious")]
    [InlineData("Hooli reported sales of $8 million, compared with $6 million in 2023.", "$6 million", "SalesPrevious2023")]
    [InlineData("Globex raised $8 million in seed funding.", "$8 million", "SeedFunding")]
    [InlineData("Net profit fell 12% to $40 million.", "$40 million", "NetProfit")]
    [InlineData("The round valued the startup at about $900 million.", "about $900 million", "StartupValuation")]
    public void Money_is_named_from_its_clause(string sentence, string text, string expected)
        => Assert.Equal(expected, MoneyName(sentence, text, 1m));

    [Fact]
    public void Money_without_context_falls_back_to_unit_and_value()
    {
        Assert.Equal("Cny30Billion", MoneyName("It came to 30 billion yuan.", "30 billion yuan", 30_000_000_000m, "CNY"));
        Assert.Equal("Usd1Point5Million", MoneyName("It came to $1.5 million.", "$1.5 million", 1_500_000m));
        Assert.Equal("Jpy7Billion", MoneyName("It was 7 billion yen.", "7 billion yen", 7_000_000_000m, "JPY"));
        Assert.Equal("Eur750", MoneyName("It came to 750 euros.", "750 euros", 750m, "EUR"));
    }

    [Theory]
    [InlineData("The budget is 4 billion euros, and one-quarter of which will be used in artificial intelligence and related fields.", "one-quarter", "AiShare")]
    [InlineData("Sales hit $9 billion, a third of which will be spent on batteries and software.", "a third", "BatteriesShare")]
    [InlineData("Exports made up 25% of revenue last year.", "25%", "RevenueShare")]
    [InlineData("Initech took a 25% stake in Hooli.", "25%", "HooliStake")]
    [InlineData("Revenue rose 12% in 2023.", "12%", "RevenueGrowth2023")]
    [InlineData("Its gross margin fell 3% from 2021 to 2022.", "3%", "GrossMarginDecline2021To2022")]
    [InlineData("About 25% agreed.", "25%", "Percent25")]
    [InlineData("Hotel occupancy averaged 25% in winter.", "25%", "HotelOccupancy")]
    [InlineData("The gross margin was 30%, up from 25% in 2022.", "25%", "GrossMarginPrevious2022")]
    public void Ratios_are_named_as_shares_of_what_they_measure(string sentence, string text, string expected)
        => Assert.Equal(expected, RatioName(sentence, text, 0.25m));

    [Fact]
    public void Quantities_use_the_verb_and_the_counted_unit()
    {
        var context = Context("Northwind sold 1.2 million vehicles in 2024.");
        var fact = At(context, FactKind.Quantity, "1.2 million vehicles") with { Value = 1_200_000m, Unit = "vehicle" };
        Assert.Equal("VehicleSales2024", Name(context, fact));

        context = Context("The chain now has 500 stores.");
        fact = At(context, FactKind.Quantity, "500 stores") with { Value = 500m, Unit = null };
        Assert.Equal("Stores", Name(context, fact));
    }

    [Fact]
    public void Durations_use_the_noun_they_qualify_or_their_unit()
    {
        var context = Context("Looking back on the group's 20-year operating history, she smiled.");
        var fact = At(context, FactKind.Duration, "20-year") with { Value = 20m, Unit = "year" };
        Assert.Equal("OperatingHistory", Name(context, fact));

        context = Context("They waited for 3 months.");
        fact = At(context, FactKind.Duration, "3 months") with { Value = 3m, Unit = "month" };
        Assert.Equal("Months3", Name(context, fact));
    }

    [Theory]
    [InlineData("2025", "Year2025")]
    [InlineData("2025-03", "March2025")]
    [InlineData("2025-03-05", "March5_2025")]
    [InlineData("2025-Q1", "Q1_2025")]
    public void Dates_are_named_from_their_value(string value, string expected)
    {
        var context = Context("It opens in 2025.");
        Assert.Equal(expected, Name(context, At(context, FactKind.Date, "2025") with { Date = value }));
    }

    [Fact]
    public void Periods_get_a_letter_prefix()
    {
        var context = Context("The plan runs from 2021 to 2025.");
        var fact = At(context, FactKind.Period, "from 2021 to 2025") with { Start = "2021", End = "2025" };
        Assert.Equal("From2021To2025", Name(context, fact));
        Assert.Equal("FromMarch2024ToJune2024", Name(context, fact with { Start = "2024-03", End = "2024-06" }));
    }

    [Fact]
    public void Only_the_fact_own_clause_supplies_the_year()
    {
        // "2019" stands in another clause; the budget's name must not pick it up.
        Assert.Equal("RdBudget", MoneyName("Since 2019, the R&D budget has reached $3 billion.", "$3 billion", 3m));
    }
}

public class SeedArticleNamesTests
{
    private static readonly string SeedText = System.IO.File.ReadAllText(
        System.IO.Path.Combine(System.AppContext.BaseDirectory, "seeds", "000_8b5633673b5c9d83.txt"));

    [Theory]
    [InlineData(FactKind.Money, "up to 105 billion yuan", "TechnologyRdInvestment2021To2025")]
    [InlineData(FactKind.Money, "30 billion yuan", "RdBudget2025")]
    [InlineData(FactKind.Ratio, "one-quarter", "AiShare")]
    [InlineData(FactKind.Duration, "15-year", "DevelopmentHistory")]
    public void The_contract_examples_of_the_seed_are_named_in_the_documented_style(FactKind kind, string text, string expected)
    {
        var context = Context(SeedText);
        Assert.Equal(expected, Name(context, At(context, kind, text) with { Value = 1m, Unit = "CNY" }));
    }
}

public class NumericNamesPressReleaseTests
{
    [Theory]
    [InlineData("Acme Corp reported revenue of $4.5 billion for the fourth quarter.", "$4.5 billion", "Revenue")]
    [InlineData("Net profit rose to $120 million in 2024.", "$120 million", "NetProfit2024")]
    [InlineData("Net profit rose $20 million in 2024.", "$20 million", "NetProfitGrowth2024")]
    [InlineData("The government announced a 2 trillion yen stimulus package.", "2 trillion yen", "StimulusPackage")]
    [InlineData("Acme invested $5 million on Tuesday.", "$5 million", "Investment")]
    [InlineData("Acme paid a dividend of $1.20 per share.", "$1.20", "Dividend")]
    public void Money_in_press_release_sentences(string sentence, string text, string expected)
        => Assert.Equal(expected, NamingFacts.MoneyName(sentence, text, 1m));

    [Theory]
    [InlineData("Shares of Initech jumped 8% on Tuesday.", "8%", "InitechGrowth")]
    [InlineData("About 60% of respondents said they would buy one.", "60%", "RespondentsShare")]
    public void Ratios_in_press_release_sentences(string sentence, string text, string expected)
        => Assert.Equal(expected, NamingFacts.RatioName(sentence, text, 0.08m));

    [Fact]
    public void Quantities_in_press_release_sentences()
    {
        var context = NamingFacts.Context("Globex said it would cut 1,200 jobs by 2026, and Umbrella will hire 500 engineers.");
        var jobs = NamingFacts.At(context, FactKind.Quantity, "1,200 jobs") with { Value = 1200m, Unit = "job" };
        var engineers = NamingFacts.At(context, FactKind.Quantity, "500 engineers") with { Value = 500m, Unit = "engineer" };
        Assert.Equal(new[] { "JobCut2026", "EngineerHires" }, NamingFacts.Names(context, jobs, engineers));
    }

    [Fact]
    public void A_duration_takes_only_the_words_right_after_it()
    {
        var context = NamingFacts.Context("For 15 years the company has grown.");
        var fact = NamingFacts.At(context, FactKind.Duration, "15 years") with { Value = 15m, Unit = "year" };
        Assert.Equal("Years15", NamingFacts.Name(context, fact));
    }
}

public class FactTimeAndPhraseTests
{
    [Fact]
    public void A_year_beyond_a_conjunction_belongs_to_the_other_statement()
    {
        var context = NamingFacts.Context("Contoso sold 1.2 million devices in 2024 and will hire 3,000 engineers.");
        var devices = NamingFacts.At(context, FactKind.Quantity, "1.2 million devices") with { Unit = "device" };
        var engineers = NamingFacts.At(context, FactKind.Quantity, "3,000 engineers") with { Unit = "engineer" };
        Assert.Equal(new[] { "DeviceSales2024", "EngineerHires" }, NamingFacts.Names(context, devices, engineers));
    }

    [Theory]
    [InlineData("Acme will invest $3 billion in batteries between 2026 and 2029.", "BatteriesInvestment2026To2029")]
    [InlineData("In 2023, Acme will invest $3 billion in batteries.", "BatteriesInvestment")]
    [InlineData("Acme will invest $3 billion in batteries in 2026, up from 2025.", "BatteriesInvestment2026")]
    public void Periods_and_years_come_from_the_fact_own_clause(string sentence, string expected)
        => Assert.Equal(expected, NamingFacts.MoneyName(sentence, "$3 billion", 3m));

    [Fact]
    public void A_change_after_a_comma_refers_to_the_amount_named_before()
        => Assert.Equal("NetRevenueGrowth", NamingFacts.RatioName("Contoso reported net revenue of $4.5 billion, up 12% from a year earlier.", "12%", 0.12m));

    [Fact]
    public void A_measure_noun_followed_by_more_nouns_names_the_whole_phrase()
        => Assert.Equal("ShareBuyback", NamingFacts.MoneyName("The board approved a $10 billion share buyback.", "$10 billion", 1m));
}

public class PolicyTextNamesTests
{
    [Fact]
    public void A_quantity_without_verb_keeps_its_noun_as_written()
    {
        var context = NamingFacts.Context("The railway carried 1.9 billion passengers in 2024.");
        var fact = NamingFacts.At(context, FactKind.Quantity, "1.9 billion passengers") with { Unit = "passenger" };
        Assert.Equal("Passengers2024", NamingFacts.Name(context, fact));
    }

    [Theory]
    [InlineData("The plan would cut delays by half.", "half", "DelaysCut")]
    [InlineData("Ridership saw a 6% increase on the previous year.", "6%", "Increase")]
    public void Verbs_and_change_nouns_name_ratios(string sentence, string text, string expected)
        => Assert.Equal(expected, NamingFacts.RatioName(sentence, text, 0.5m));
}

public class FactWindowReachTests
{
    [Fact]
    public void Context_far_away_in_a_long_sentence_is_not_read()
    {
        var filler = string.Concat(System.Linq.Enumerable.Repeat("very ", 100));
        Assert.Equal("Usd5", NamingFacts.MoneyName("The budget " + filler + "came to $5 in the end.", "$5", 5m));
        Assert.Equal("Budget", NamingFacts.MoneyName("The budget " + "very very " + "came to $5 in the end.", "$5", 5m));
    }
}
