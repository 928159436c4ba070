using System.Globalization;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// Names built from a fact's value alone: dates and periods ("Year2025", "March5_2025",
/// "From2021To2025"), and the fallback for numbers without context ("Cny30Billion", "Percent25").
/// </summary>
internal static class ValueNames
{
    private static readonly (decimal Scale, string Word)[] Scales =
    {
        (1_000_000_000_000m, "Trillion"),
        (1_000_000_000m, "Billion"),
        (1_000_000m, "Million"),
    };

    /// <summary>The value-based name of <paramref name="fact"/>.</summary>
    public static string Of(ExtractedFact fact) => fact.Kind switch
    {
        FactKind.Money => Unit(fact.Unit, "Amount") + Compact(fact.Value),
        FactKind.Ratio => "Percent" + Compact(fact.Value * 100m),
        FactKind.Quantity => Unit(fact.Unit, "Count") + Compact(fact.Value),
        FactKind.Duration => Unit(fact.Unit, "Unit") + "s" + Compact(fact.Value),
        FactKind.Date => Date(fact.Date, yearPrefix: "Year"),
        FactKind.Period => "From" + Date(fact.Start, string.Empty) + "To" + Date(fact.End, string.Empty),
        _ => string.Empty,
    };

    /// <summary>
    /// An ISO 8601 date as a name part: "2025" → prefix + "2025", "2025-03" → "March2025",
    /// "2025-03-05" → "March5_2025", "2025-Q1" → "Q1_2025"; other text in PascalCase.
    /// </summary>
    public static string Date(string? iso, string yearPrefix)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return string.Empty;
        }

        var parts = iso!.Split('-');
        if (parts[0].Length != 4 || !IsDigits(parts[0]))
        {
            return CSharpIdentifier.ToPascalCase(iso, string.Empty);
        }

        if (parts.Length == 1)
        {
            return yearPrefix + parts[0];
        }

        if (parts[1].Length == 2 && parts[1][0] == 'Q')
        {
            return parts[1] + "_" + parts[0];
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return CSharpIdentifier.ToPascalCase(iso, string.Empty);
        }

        var monthName = NamingLexicon.Months[month];
        return parts.Length >= 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            ? monthName + day.ToString(CultureInfo.InvariantCulture) + "_" + parts[0]
            : monthName + parts[0];
    }

    /// <summary>A number as a name part: 30000000000 → "30Billion", 1200000 → "1Point2Million", 0.5 → "0Point5".</summary>
    public static string Compact(decimal? value)
    {
        if (value is not { } v)
        {
            return string.Empty;
        }

        var sign = v < 0 ? "Minus" : string.Empty;
        v = v < 0 ? -v : v;
        foreach (var (scale, word) in Scales)
        {
            if (v >= scale)
            {
                return sign + Digits(v / scale) + word;
            }
        }

        return sign + Digits(v);
    }

    private static string Digits(decimal value)
        => value.ToString("0.######", CultureInfo.InvariantCulture).Replace(".", "Point");

    private static string Unit(string? unit, string fallback)
        => string.IsNullOrEmpty(unit) ? fallback : NameWords.Join(NameWords.FromText(unit!));

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (!Tokenization.CharClasses.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
