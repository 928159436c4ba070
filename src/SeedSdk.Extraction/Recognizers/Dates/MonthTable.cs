using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>Month and weekday names: the one table of them the extractor reads (dates, sentence splitting, names).</summary>
internal static class MonthTable
{
    /// <summary>The month names as written in a name, 1-based ("January" is <c>Names[1]</c>).</summary>
    public static readonly string[] Names =
    {
        string.Empty, "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    // The abbreviations and the months they stand for ("sept" and "sep" both September); "may" needs none.
    private static readonly string[] AbbreviationRows = { "jan=1", "feb=2", "mar=3", "apr=4", "jun=6", "jul=7", "aug=8", "sep=9", "sept=9", "oct=10", "nov=11", "dec=12" };

    /// <summary>The weekday names, lower-case, Monday first.</summary>
    public static readonly string[] WeekdayNames = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    private static readonly WordMap<int> FullNames = BuildFullNames();

    private static readonly WordMap<int> Abbreviations = BuildAbbreviations();

    private static readonly WordSet Weekdays = Numbers.TokenScan.Set(WeekdayNames);

    private static WordMap<int> BuildFullNames()
    {
        var map = new WordMap<int>();
        for (var month = 1; month <= 12; month++)
        {
            map[Names[month].ToLowerInvariant()] = month;
        }

        return map;
    }

    private static WordMap<int> BuildAbbreviations()
    {
        var map = new WordMap<int>();
        foreach (var row in AbbreviationRows)
        {
            var equals = row.IndexOf('=');
            map[row.Substring(0, equals)] = int.Parse(row.Substring(equals + 1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return map;
    }

    /// <summary>The full month names, lower-case.</summary>
    public static IEnumerable<string> FullNameWords() => FullNames.Keys;

    /// <summary>The month abbreviations, lower-case ("jan", "sept").</summary>
    public static IEnumerable<string> AbbreviationWords() => Abbreviations.Keys;

    /// <summary>Every month name and abbreviation.</summary>
    public static IEnumerable<string> AllNames()
    {
        foreach (var name in FullNames.Keys)
        {
            yield return name;
        }

        foreach (var name in Abbreviations.Keys)
        {
            yield return name;
        }
    }

    /// <summary>The month number of a full month name, or of an abbreviation when <paramref name="allowAbbreviation"/>.</summary>
    public static bool TryGetMonth(string word, bool allowAbbreviation, out int month, out bool isAbbreviation)
    {
        isAbbreviation = false;
        if (FullNames.TryGetValue(word, out month))
        {
            return true;
        }

        isAbbreviation = allowAbbreviation && Abbreviations.TryGetValue(word, out month);
        return isAbbreviation;
    }

    /// <summary>Whether the word is a month name or abbreviation, whatever its case.</summary>
    public static bool IsMonthName(string word) => FullNames.ContainsKey(word) || Abbreviations.ContainsKey(word);

    /// <summary>Whether the word names a month (full or abbreviated) or a weekday.</summary>
    public static bool IsMonthOrWeekday(string word)
        => FullNames.ContainsKey(word) || Abbreviations.ContainsKey(word) || Weekdays.Contains(word);

    /// <summary>The number of days in <paramref name="month"/> of <paramref name="year"/>.</summary>
    public static int DaysIn(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
