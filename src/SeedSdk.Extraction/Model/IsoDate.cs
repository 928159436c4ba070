using System;

namespace SeedSdk.Extraction.Model;

/// <summary>
/// An ISO 8601 date as precise as the text ("2025", "2025-Q1", "2025-03", "2025-03-05"), parsed at
/// generation time so the emitted code constructs <c>PartialDate</c> values without parsing at run time,
/// and by curation to check the dates a curation file gives.
/// </summary>
/// <param name="Year">The year (1 to 9999).</param>
/// <param name="Month">The month (1 to 12), or 0.</param>
/// <param name="Day">The day of the month, or 0.</param>
/// <param name="Quarter">The quarter (1 to 4), or 0.</param>
public readonly record struct IsoDate(int Year, int Month, int Day, int Quarter)
{
    /// <summary>The first day covered, as a sortable number yyyymmdd.</summary>
    public int FirstDay => (Year * 10000) + ((Month != 0 ? Month : Quarter != 0 ? ((Quarter - 1) * 3) + 1 : 1) * 100) + (Day != 0 ? Day : 1);

    /// <summary>The last day covered, as a sortable number yyyymmdd.</summary>
    public int LastDay
    {
        get
        {
            var month = Month != 0 ? Month : Quarter != 0 ? Quarter * 3 : 12;
            return (Year * 10000) + (month * 100) + (Day != 0 ? Day : DateTime.DaysInMonth(Year, month));
        }
    }

    /// <summary>Parses one of the four ISO forms; false for anything else.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="date">The date, when the text is one.</param>
    public static bool TryParse(string? text, out IsoDate date)
    {
        date = default;
        if (text is null || text.Length < 4 || !TryDigits(text, 0, 4, out var year) || year == 0)
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = new IsoDate(year, 0, 0, 0);
            return true;
        }

        if (text[4] != '-')
        {
            return false;
        }

        if (text.Length == 7 && text[5] == 'Q' && text[6] is >= '1' and <= '4')
        {
            date = new IsoDate(year, 0, 0, text[6] - '0');
            return true;
        }

        if (!TryDigits(text, 5, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = new IsoDate(year, month, 0, 0);
            return true;
        }

        if (text.Length != 10 || text[7] != '-' || !TryDigits(text, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new IsoDate(year, month, day, 0);
        return true;
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        if (text.Length < start + count)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
