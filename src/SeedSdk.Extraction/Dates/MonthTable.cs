using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;

namespace SeedSdk.Extraction.Dates;

/// <summary>Month and weekday names.</summary>
internal static class MonthTable
{
    private static readonly WordMap<int> FullNames = new()
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6, ["july"] = 7,
        ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
    };

    private static readonly WordMap<int> Abbreviations = new()
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9,
        ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    private static readonly WordSet Weekdays = Numbers.TokenScan.Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

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
