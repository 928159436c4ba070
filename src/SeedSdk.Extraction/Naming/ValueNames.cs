using System.Globalization;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// Names built from a fact's value alone: dates and periods ("Year2025", "March5_2025",
/// "From2021To2025"), and the fallback for numbers without context ("Cny30Billion", "Percent25").
/// </summary>
internal static class ValueNames
{
    /// <summary>Writes the value-based name of <paramref name="fact"/> to <paramref name="name"/> (emptied first), reading unit words through <paramref name="words"/>.</summary>
    public static void Write(ExtractedFact fact, FactWindow.WordCache words, NameBuilder name)
    {
        name.Clear();
        var parts = words.Naming.Parts;
        switch (fact.Kind)
        {
            case FactKind.Money:
                AppendUnit(name, fact.Unit, parts.Amount, words);
                AppendCompact(name, fact.Value, parts);
                break;
            case FactKind.Ratio:
                name.Append(parts.Percent);
                AppendCompact(name, fact.Value * 100m, parts);
                break;
            case FactKind.Quantity:
                AppendUnit(name, fact.Unit, parts.Count, words);
                AppendCompact(name, fact.Value, parts);
                break;
            case FactKind.Duration:
                AppendUnit(name, fact.Unit, parts.Unit, words);
                name.Append(parts.Plural);
                AppendCompact(name, fact.Value, parts);
                break;
            case FactKind.Date:
                AppendDate(name, fact.Date, yearPrefix: parts.Year, words.Naming);
                break;
            case FactKind.Period:
                name.Append(parts.From);
                AppendDate(name, fact.Start, string.Empty, words.Naming);
                name.Append(parts.To);
                AppendDate(name, fact.End, string.Empty, words.Naming);
                break;
        }
    }

    /// <summary>
    /// Appends an ISO 8601 date as a name part: "2025" → prefix + "2025", "2025-03" → "March2025",
    /// "2025-03-05" → "March5_2025", "2025-Q1" → "Q1_2025"; other text in PascalCase. Months are named as in <paramref name="naming"/>.
    /// </summary>
    public static void AppendDate(NameBuilder name, string? iso, string yearPrefix, NamingLexicon naming)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return;
        }

        if (!TryAppendCommonShape(name, iso!, yearPrefix, naming.Months))
        {
            name.Append(FromParts(iso!, yearPrefix, naming.Months));
        }
    }

    // The shapes the date recognizers write ("2025", "2025-03", "2025-03-05", "2025-Q1") named without
    // splitting, exactly as FromParts names them; false, with nothing written, for any other text.
    private static bool TryAppendCommonShape(NameBuilder name, string iso, string yearPrefix, string[] months)
    {
        if (!IsDigits(iso, 0, 4))
        {
            return false;
        }

        if (iso.Length == 4)
        {
            name.Append(yearPrefix);
            name.Append(iso);
            return true;
        }

        if ((iso.Length != 7 && iso.Length != 10) || iso[4] != '-')
        {
            return false;
        }

        if (iso.Length == 7 && iso[5] == 'Q' && iso[6] != '-')
        {
            name.AppendPart(iso, 5, 2);
            name.Append("_");
            name.AppendPart(iso, 0, 4);
            return true;
        }

        if (!IsDigits(iso, 5, 2) || (iso.Length == 10 && (iso[7] != '-' || !IsDigits(iso, 8, 2))))
        {
            return false;
        }

        var month = TwoDigits(iso, 5);
        if (month is < 1 or > 12)
        {
            return false;
        }

        name.Append(months[month]);
        if (iso.Length == 10)
        {
            name.AppendDigits(TwoDigits(iso, 8));
            name.Append("_");
        }

        name.AppendPart(iso, 0, 4);
        return true;
    }

    private static string FromParts(string iso, string yearPrefix, string[] months)
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

        var monthName = months[month];
        return parts.Length >= 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            ? monthName + day.ToString(CultureInfo.InvariantCulture) + "_" + parts[0]
            : monthName + parts[0];
    }

    /// <summary>
    /// Appends a number as a name part: 30000000000 → "30Billion", 1200000 → "1Point2Million", 0.5 → "0Point5", with the
    /// scale, point and minus words of <paramref name="parts"/>.
    /// </summary>
    public static void AppendCompact(NameBuilder name, decimal? value, NameParts parts)
    {
        if (value is not { } v)
        {
            return;
        }

        if (v < 0)
        {
            name.Append(parts.Minus);
            v = -v;
        }

        foreach (var (scale, word) in parts.Scales)
        {
            if (v >= scale)
            {
                AppendDigits(name, v / scale, parts.Point);
                name.Append(word);
                return;
            }
        }

        AppendDigits(name, v, parts.Point);
    }

    private static void AppendDigits(NameBuilder name, decimal value, string point)
    {
        // A value with at most six decimals (nearly every amount) is written from its count of
        // millionths, exactly as the "0.######" format would write it, without the formatting machinery.
        if (value > 0m && value < 1_000_000_000_000m)
        {
            var millionths = value * 1_000_000m;
            if (decimal.Truncate(millionths) == millionths)
            {
                var count = decimal.ToInt64(millionths);
                name.AppendDigits(count / 1_000_000);
                if (count % 1_000_000 != 0)
                {
                    name.Append(point);
                    AppendDecimals(name, count % 1_000_000);
                }

                return;
            }
        }

        name.Append(value.ToString("0.######", CultureInfo.InvariantCulture).Replace(".", point));
    }

    // The decimals of a fraction given in millionths, without trailing zeros: 250000 → "25", 5 → "000005".
    private static void AppendDecimals(NameBuilder name, long millionths)
    {
        var width = 6;
        while (millionths % 10 == 0)
        {
            millionths /= 10;
            width--;
        }

        name.AppendDigits(millionths, width);
    }

    private static void AppendUnit(NameBuilder name, string? unit, string fallback, FactWindow.WordCache words)
        => name.Append(string.IsNullOrEmpty(unit) ? fallback : words.NameOfText(unit!));

    // Whether text has count ASCII digits from start on.
    private static bool IsDigits(string text, int start, int count)
    {
        if (text.Length < start + count)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!Text.CharClasses.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int TwoDigits(string text, int start) => ((text[start] - '0') * 10) + (text[start + 1] - '0');
}
