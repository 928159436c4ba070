using System;
using System.Globalization;

namespace SeedSdk;

/// <summary>
/// A calendar date as precise as the text that gave it: a year, a quarter, a month or a day.
/// Formats and parses ISO 8601 ("2025", "2025-Q1", "2025-03", "2025-03-05"), invariantly.
/// </summary>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    private readonly byte _month;
    private readonly byte _day;
    private readonly byte _quarter;

    /// <summary>A year.</summary>
    /// <param name="year">1 to 9999.</param>
    public PartialDate(int year)
        : this(year, 0, 0, 0)
    {
    }

    /// <summary>A month of a year.</summary>
    /// <param name="year">1 to 9999.</param>
    /// <param name="month">1 to 12.</param>
    public PartialDate(int year, int month)
        : this(year, RequireMonth(month), 0, 0)
    {
    }

    /// <summary>A day.</summary>
    /// <param name="year">1 to 9999.</param>
    /// <param name="month">1 to 12.</param>
    /// <param name="day">1 to the length of the month.</param>
    public PartialDate(int year, int month, int day)
        : this(year, RequireMonth(month), RequireDay(year, month, day), 0)
    {
    }

    private PartialDate(int year, int month, int day, int quarter)
    {
        Year = year is >= 1 and <= 9999 ? year : throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
        _month = (byte)month;
        _day = (byte)day;
        _quarter = (byte)quarter;
    }

    /// <summary>A quarter of a year.</summary>
    /// <param name="year">1 to 9999.</param>
    /// <param name="quarter">1 to 4.</param>
    public static PartialDate FromQuarter(int year, int quarter)
        => new(year, 0, 0, quarter is >= 1 and <= 4 ? quarter : throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "The quarter must be between 1 and 4."));

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1 to 12), when the date is a month or a day.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, when the date is a day.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>The quarter (1 to 4), when the date is a quarter.</summary>
    public int? Quarter => _quarter == 0 ? null : _quarter;

    /// <summary>How precise the date is.</summary>
    public DatePrecision Precision
        => _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : _quarter != 0 ? DatePrecision.Quarter : DatePrecision.Year;

    /// <summary>The first day the date covers (January 1 for a year).</summary>
    public DateTime FirstDay => new(Year, FirstMonth, _day == 0 ? 1 : _day, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The last day the date covers (December 31 for a year).</summary>
    public DateTime LastDay
    {
        get
        {
            var lastMonth = _month != 0 ? _month : _quarter != 0 ? _quarter * 3 : 12;
            var day = _day != 0 ? _day : DateTime.DaysInMonth(Year, lastMonth);
            return new DateTime(Year, lastMonth, day, 0, 0, 0, DateTimeKind.Unspecified);
        }
    }

    private int FirstMonth => _month != 0 ? _month : _quarter != 0 ? ((_quarter - 1) * 3) + 1 : 1;

    /// <summary>Parses ISO 8601 "yyyy", "yyyy-Qn", "yyyy-MM" or "yyyy-MM-dd".</summary>
    /// <exception cref="FormatException">The text is not one of these forms or not a real date.</exception>
    public static PartialDate Parse(string text)
        => TryParse(text, out var date) ? date : throw new FormatException("Not an ISO 8601 year, quarter, month or day: \"" + text + "\".");

    /// <summary>Parses ISO 8601 "yyyy", "yyyy-Qn", "yyyy-MM" or "yyyy-MM-dd"; false when the text is not one of these or not a real date.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null || text.Length < 4 || !TryDigits(text, 0, 4, out var year) || year == 0)
        {
            return false;
        }

        if (text.Length == 4)
        {
            date = new PartialDate(year);
            return true;
        }

        if (text[4] != '-')
        {
            return false;
        }

        if (text.Length == 7 && text[5] == 'Q' && text[6] is >= '1' and <= '4')
        {
            date = FromQuarter(year, text[6] - '0');
            return true;
        }

        if (!TryDigits(text, 5, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = new PartialDate(year, month);
            return true;
        }

        if (text.Length != 10 || text[7] != '-' || !TryDigits(text, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(PartialDate other)
        => Year == other.Year && _month == other._month && _day == other._day && _quarter == other._quarter;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Year << 16) | (_month << 8) | (_day << 3) | _quarter;

    /// <summary>Orders by first day covered, then the less precise date first.</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = FirstDay.CompareTo(other.FirstDay);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>ISO 8601 as precise as the date: "2025", "2025-Q1", "2025-03" or "2025-03-05".</summary>
    public override string ToString()
    {
        var year = Year.ToString("D4", CultureInfo.InvariantCulture);
        return Precision switch
        {
            DatePrecision.Day => year + "-" + _month.ToString("D2", CultureInfo.InvariantCulture) + "-" + _day.ToString("D2", CultureInfo.InvariantCulture),
            DatePrecision.Month => year + "-" + _month.ToString("D2", CultureInfo.InvariantCulture),
            DatePrecision.Quarter => year + "-Q" + _quarter.ToString(CultureInfo.InvariantCulture),
            _ => year,
        };
    }

    private static int RequireMonth(int month)
        => month is >= 1 and <= 12 ? month : throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");

    private static int RequireDay(int year, int month, int day)
    {
        var valid = year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        return valid ? day : throw new ArgumentOutOfRangeException(nameof(day), day, "The day does not exist in that month.");
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
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
