using System.Globalization;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>A calendar point read from tokens <see cref="First"/>..<see cref="Last"/>: a year, and optionally a month and day or a quarter (0 when absent).</summary>
internal readonly record struct DatePoint(int First, int Last, int Year, int Month, int Day, int Quarter)
{
    /// <summary>Whether a year was written (or inherited).</summary>
    public bool HasYear => Year != 0;

    /// <summary>ISO 8601 as precise as the text: "2025", "2025-03", "2025-03-05", "2025-Q1".</summary>
    public string Iso() => Iso(YearText(Year));

    /// <summary>ISO 8601 as <see cref="Iso()"/>, given the text of its year (see <see cref="YearText"/>), which a document repeats.</summary>
    public string Iso(string yearText)
    {
        if (Quarter != 0)
        {
            return yearText + QuarterSuffixes[Quarter];
        }

        if (Month == 0)
        {
            return yearText;
        }

        return Day == 0 ? yearText + TwoDigitSuffixes[Month] : string.Concat(yearText, TwoDigitSuffixes[Month], TwoDigitSuffixes[Day]);
    }

    /// <summary>A year as ISO 8601 writes it: four digits at least.</summary>
    public static string YearText(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static readonly string[] QuarterSuffixes = { string.Empty, "-Q1", "-Q2", "-Q3", "-Q4" };

    // "-01".."-31": a month or a day after its year or month.
    private static readonly string[] TwoDigitSuffixes = TwoDigitParts();

    private static string[] TwoDigitParts()
    {
        var parts = new string[32];
        for (var k = 0; k < parts.Length; k++)
        {
            parts[k] = "-" + k.ToString("D2", CultureInfo.InvariantCulture);
        }

        return parts;
    }

    /// <summary>The first day the point covers, as yyyymmdd, for ordering.</summary>
    public int StartKey => (Year * 10000) + ((Quarter != 0 ? ((Quarter - 1) * 3) + 1 : Month == 0 ? 1 : Month) * 100) + (Day == 0 ? 1 : Day);

    /// <summary>The last day the point covers, as yyyymmdd, for ordering.</summary>
    public int EndKey => (Year * 10000) + ((Quarter != 0 ? Quarter * 3 : Month == 0 ? 12 : Month) * 100) + (Day == 0 ? 31 : Day);

    /// <summary>Sets <paramref name="target"/> to <paramref name="value"/> and says it was found, for a reader's last line.</summary>
    public static bool Found(out DatePoint target, DatePoint value)
    {
        target = value;
        return true;
    }
}
