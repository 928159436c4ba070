using System.Globalization;

namespace SeedSdk.Extraction.Dates;

/// <summary>A calendar point read from tokens <see cref="First"/>..<see cref="Last"/>: a year, and optionally a month and day or a quarter (0 when absent).</summary>
internal readonly record struct DatePoint(int First, int Last, int Year, int Month, int Day, int Quarter)
{
    /// <summary>Whether a year was written (or inherited).</summary>
    public bool HasYear => Year != 0;

    /// <summary>ISO 8601 as precise as the text: "2025", "2025-03", "2025-03-05", "2025-Q1".</summary>
    public string Iso()
    {
        var year = Year.ToString("D4", CultureInfo.InvariantCulture);
        if (Quarter != 0)
        {
            return year + "-Q" + Quarter.ToString(CultureInfo.InvariantCulture);
        }

        if (Month == 0)
        {
            return year;
        }

        var month = year + "-" + Month.ToString("D2", CultureInfo.InvariantCulture);
        return Day == 0 ? month : month + "-" + Day.ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>A number that tells apart points of different <see cref="Iso"/> text (years 0..9999).</summary>
    public int IsoKey => (((((Year * 13) + Month) * 32) + Day) * 5) + Quarter;

    /// <summary>The first day the point covers, as yyyymmdd, for ordering.</summary>
    public int StartKey => (Year * 10000) + ((Quarter != 0 ? ((Quarter - 1) * 3) + 1 : Month == 0 ? 1 : Month) * 100) + (Day == 0 ? 1 : Day);

    /// <summary>The last day the point covers, as yyyymmdd, for ordering.</summary>
    public int EndKey => (Year * 10000) + ((Quarter != 0 ? Quarter * 3 : Month == 0 ? 12 : Month) * 100) + (Day == 0 ? 31 : Day);
}
