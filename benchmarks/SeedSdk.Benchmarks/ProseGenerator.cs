using System;
using System.Globalization;
using System.Text;

namespace SeedSdk.Benchmarks;

/// <summary>
/// Generates deterministic, varied, non-repeating business prose: many sentence templates filled from a
/// seeded generator with companies, people, places, amounts, currencies, shares, counts, durations and dates.
/// </summary>
public static class ProseGenerator
{
    private static readonly string[] Companies =
    {
        "Northwind Traders", "Contoso Motors", "Fabrikam Energy", "Tailspin Airlines", "Adventure Works", "Litware Systems", "Proseware Bank",
        "Wingtip Toys", "Coho Vineyard", "Alpine Ski House", "Blue Yonder Logistics", "Fourth Coffee", "Humongous Insurance", "Lucerne Publishing",
        "Margie's Travel", "Trey Research", "Woodgrove Financial", "Wide World Importers", "Graphic Design Institute", "City Power & Light",
    };

    private static readonly string[] People =
    {
        "Maria Santos", "Kenji Watanabe", "Amara Okafor", "Lars Eriksen", "Priya Nair", "Chen Wei", "Sofia Rossi", "Ahmed Haddad",
        "Olga Petrova", "Diego Fernandez", "Hannah Becker", "Tomasz Nowak", "Aiko Tanaka", "Samuel Mensah", "Isabel Moreau",
    };

    private static readonly string[] Places =
    {
        "Brazil", "Kenya", "Vietnam", "Poland", "Ontario", "Bavaria", "Gujarat", "Queensland", "Jalisco", "Lagos", "Rotterdam", "Busan",
        "Chile", "Morocco", "Finland", "Texas", "Sichuan", "Andalusia",
    };

    private static readonly string[] Currencies = { "yuan", "euros", "dollars", "pounds", "yen", "rupees", "won", "Swiss francs", "Canadian dollars", "reais" };

    private static readonly string[] Symbols = { "$", "€", "£", "US$", "HK$", "RMB ", "USD ", "¥", "A$", "C$" };

    private static readonly string[] Scales = { "million", "billion", "bn", "trillion", "thousand" };

    private static readonly string[] Nouns = { "vehicles", "employees", "stores", "factories", "customers", "turbines", "flights", "branches", "engineers", "chargers" };

    private static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly string[] Numbers = { "two", "three", "five", "seven", "ten", "twelve", "twenty", "forty-five" };

    private static readonly Func<Random, string>[] Templates =
    {
        r => $"{Pick(r, Companies)} plans to invest up to {Amount(r)} {Pick(r, Currencies)} in {Pick(r, Places)} from {Year(r)} to {Year(r) + 1 + r.Next(8)}.",
        r => $"Revenue rose {Percent(r)} to {Pick(r, Symbols)}{Amount(r)} {Pick(r, Scales)} in the {Ordinal(r)} quarter of {Year(r)}, {Pick(r, People)} said.",
        r => $"The group employs about {Count(r)} {Pick(r, Nouns)} across {r.Next(2, 60)} countries and opened {r.Next(3, 90)} new {Pick(r, Nouns)} last year.",
        r => $"In {Pick(r, Months)} {Year(r)}, {Pick(r, Companies)} signed a {r.Next(2, 30)}-year agreement worth {Pick(r, Symbols)}{Amount(r)} {Pick(r, Scales)}.",
        r => $"{Pick(r, People)}, chief executive of {Pick(r, Companies)}, said one-quarter of the budget would go to research by {Year(r)}.",
        r => $"Shares of {Pick(r, Companies)} fell {Percent(r)} on {Pick(r, Months)} {r.Next(1, 29)}, {Year(r)}, after the company cut its forecast.",
        r => $"The ministry in {Pick(r, Places)} expects more than {Count(r)} {Pick(r, Nouns)} by the end of {Year(r)}, roughly {Percent(r)} above target.",
        r => $"Between {Year(r)} and {Year(r) + 2 + r.Next(5)}, the firm spent {Pick(r, Numbers)} years building {r.Next(2, 40)} plants in {Pick(r, Places)}.",
        r => $"Profit reached {Amount(r)} {Pick(r, Scales)} {Pick(r, Currencies)}, while two-thirds of sales came from {Pick(r, Places)}, {Pick(r, People)} told reporters.",
        r => $"The {r.Next(10, 99)}-month programme, launched in {Year(r)}, has trained {Count(r)} workers and will run for {Pick(r, Numbers)} more years.",
        r => $"{Pick(r, Companies)} raised {Pick(r, Symbols)}{Amount(r)} {Pick(r, Scales)} in a bond sale, its largest since {Year(r)}, with a coupon of {Percent(r)}.",
        r => $"Analysts at {Pick(r, Companies)} estimate that one in {r.Next(3, 12)} households in {Pick(r, Places)} will own an electric car by {Year(r)}.",
        r => $"During {Year(r)}, output climbed to {Count(r)} tonnes, and the {Year(r)} model added a {r.Next(20, 120)} kWh battery.",
        r => $"The board approved a dividend of {r.Next(5, 95)} cents a share and a buyback of at least {Pick(r, Symbols)}{Amount(r)} {Pick(r, Scales)}.",
        r => $"{Pick(r, People)} may visit {Pick(r, Places)} in {Pick(r, Months)}, where the company has operated for {r.Next(2, 40)} years with {Count(r)} staff.",
        r => $"Sales of its SU{r.Next(2, 9)} and Model {r.Next(2, 9)} lines rose {Percent(r)}, helped by a {r.Next(2, 12)}-week promotion in {Pick(r, Places)}.",
        r => $"Tens of billions of {Pick(r, Currencies)} flowed into {Pick(r, Places)} in the first half of {Year(r)}, according to {Pick(r, Companies)}.",
        r => $"Costs fell by a third after the merger, and the unit now needs fewer than {Count(r)} {Pick(r, Nouns)} to serve {Pick(r, Places)}.",
        r => $"{Pick(r, Companies)} said on {r.Next(1, 29)} {Pick(r, Months)} {Year(r)} that it had repaid {Amount(r)} {Pick(r, Scales)} {Pick(r, Currencies)} of debt.",
        r => $"Over the past {Pick(r, Numbers)} decades the region's population grew by {Count(r)} people, or {Percent(r)}, to about {Amount(r)} million.",
    };

    /// <summary>Generates about <paramref name="length"/> characters of prose from <paramref name="seed"/>.</summary>
    public static string Generate(int length, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length + 512);
        var sentencesInParagraph = 0;
        while (text.Length < length)
        {
            text.Append(Templates[random.Next(Templates.Length)](random));
            if (++sentencesInParagraph >= 4 + random.Next(4))
            {
                text.Append('\n');
                sentencesInParagraph = 0;
            }
            else
            {
                text.Append(' ');
            }
        }

        return text.ToString(0, length);
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static int Year(Random random) => 1990 + random.Next(45);

    private static string Ordinal(Random random) => Pick(random, new[] { "first", "second", "third", "fourth" });

    private static string Amount(Random random)
        => (random.Next(1, 999) + (random.Next(10) / 10.0)).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Percent(Random random)
        => (random.Next(1, 60) + (random.Next(10) / 10.0)).ToString("0.#", CultureInfo.InvariantCulture) + (random.Next(3) == 0 ? " per cent" : "%");

    private static string Count(Random random) => random.Next(100, 999_999).ToString("N0", CultureInfo.InvariantCulture);
}
