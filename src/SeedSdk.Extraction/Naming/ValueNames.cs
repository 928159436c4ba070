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

    /// <summary>The value-based name of <paramref name="fact"/>, reading unit words through <paramref name="words"/>.</summary>
    public static string Of(ExtractedFact fact, FactWindow.WordCache words) => fact.Kind switch
    {
        FactKind.Money => Unit(fact.Unit, "Amount", words) + Compact(fact.Value),
        FactKind.Ratio => "Percent" + Compact(fact.Value * 100m),
        FactKind.Quantity => Unit(fact.Unit, "Count", words) + Compact(fact.Value),
        FactKind.Duration => Unit(fact.Unit, "Unit", words) + "s" + Compact(fact.Value),
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

        return FromCommonShape(iso!, yearPrefix) ?? FromParts(iso!, yearPrefix);
    }

    // The shapes the date recognizers write ("2025", "2025-03", "2025-03-05", "2025-Q1") named without
    // splitting, exactly as FromParts names them; null for any other text.
    private static string? FromCommonShape(string iso, string yearPrefix)
    {
        if (!IsDigits(iso, 0, 4))
        {
            return null;
        }

        if (iso.Length == 4)
        {
            return yearPrefix + iso;
        }

        if ((iso.Length != 7 && iso.Length != 10) || iso[4] != '-')
        {
            return null;
        }

        if (iso.Length == 7 && iso[5] == 'Q' && iso[6] != '-')
        {
            return iso.Substring(5, 2) + "_" + iso.Substring(0, 4);
        }

        if (!IsDigits(iso, 5, 2) || (iso.Length == 10 && (iso[7] != '-' || !IsDigits(iso, 8, 2))))
        {
            return null;
        }

        var month = TwoDigits(iso, 5);
        if (month is < 1 or > 12)
        {
            return null;
        }

        var monthName = NamingLexicon.Months[month];
        return iso.Length == 7
            ? monthName + iso.Substring(0, 4)
            : monthName + TwoDigits(iso, 8).ToString(CultureInfo.InvariantCulture) + "_" + iso.Substring(0, 4);
    }

    private static string FromParts(string iso, string yearPrefix)
    {
        var parts = iso.Split('-');
        if (parts[0].Length != 4 || !IsDigits(parts[0], 0, 4))
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
    {
        // A value with at most six decimals (nearly every amount) is written from its count of
        // millionths, exactly as the "0.######" format would write it, without the formatting machinery.
        if (value > 0m && value < 1_000_000_000_000m)
        {
            var millionths = value * 1_000_000m;
            if (decimal.Truncate(millionths) == millionths)
            {
                var count = decimal.ToInt64(millionths);
                var whole = (count / 1_000_000).ToString(CultureInfo.InvariantCulture);
                return count % 1_000_000 == 0 ? whole : whole + "Point" + Decimals(count % 1_000_000);
            }
        }

        return value.ToString("0.######", CultureInfo.InvariantCulture).Replace(".", "Point");
    }

    // The decimals of a fraction given in millionths, without trailing zeros: 250000 → "25", 5 → "000005".
    private static string Decimals(long millionths)
    {
        var width = 6;
        while (millionths % 10 == 0)
        {
            millionths /= 10;
            width--;
        }

        return millionths.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
    }

    private static string Unit(string? unit, string fallback, FactWindow.WordCache words)
        => string.IsNullOrEmpty(unit) ? fallback : words.NameOfText(unit!);

    // Whether text has count ASCII digits from start on.
    private static bool IsDigits(string text, int start, int count)
    {
        if (text.Length < start + count)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!Tokenization.CharClasses.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int TwoDigits(string text, int start) => ((text[start] - '0') * 10) + (text[start + 1] - '0');
}
