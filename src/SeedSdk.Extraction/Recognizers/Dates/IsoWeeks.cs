using System;
using System.Globalization;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>
/// ISO 8601 weeks: Monday to Sunday, week 1 the one holding the year's first Thursday (so 4 January). "The first
/// week of 2015" is 2014-12-29..2015-01-04; "the last week of 2016" is its week 52, 2016-12-26..2017-01-01.
/// </summary>
internal static class IsoWeeks
{
    /// <summary>The Monday that starts week <paramref name="week"/> of <paramref name="year"/>.</summary>
    public static DateTime Monday(int year, int week)
    {
        var january4 = new DateTime(year, 1, 4);
        var sinceMonday = ((int)january4.DayOfWeek + 6) % 7;
        return january4.AddDays((7 * (week - 1)) - sinceMonday);
    }

    /// <summary>How many ISO weeks <paramref name="year"/> has (52 or 53): the week of 28 December.</summary>
    public static int WeeksIn(int year) => ((new DateTime(year, 12, 28) - Monday(year, 1)).Days / 7) + 1;

    /// <summary>The first day of week <paramref name="first"/> and the last of week <paramref name="last"/>, as ISO dates.</summary>
    public static (string Start, string End) Span(int year, int first, int last)
        => (Day(Monday(year, first)), Day(Monday(year, last).AddDays(6)));

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
