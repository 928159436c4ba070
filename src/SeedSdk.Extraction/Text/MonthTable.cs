using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// Month and weekday names of one <see cref="Lexicon"/> (its lists <c>months</c>, <c>month-abbreviations</c> and
/// <c>weekdays</c>): the one table of them the extractor reads (dates, sentence splitting, names).
/// </summary>
internal sealed class MonthTable
{
    private readonly WordMap<int> _fullNames = new();
    private readonly WordMap<int> _abbreviations = new();
    private readonly WordSet _weekdays;

    /// <summary>Reads the month and weekday lists of <paramref name="lexicon"/>.</summary>
    public MonthTable(Lexicon lexicon)
    {
        var months = lexicon.List("months");
        if (months.Count != 12)
        {
            throw new FormatException("The list 'months' must have 12 rows, one per month; it has " + months.Count + ".");
        }

        Names = new string[13];
        Names[0] = string.Empty;
        for (var month = 1; month <= 12; month++)
        {
            Names[month] = months[month - 1];
            _fullNames[Names[month].ToLowerInvariant()] = month;
        }

        foreach (var row in lexicon.Rows("month-abbreviations"))
        {
            _abbreviations[row[0]] = int.Parse(row[1], NumberStyles.None, CultureInfo.InvariantCulture);
        }

        WeekdayNames = lexicon.List("weekdays").ToArray();

        _weekdays = new WordSet(WeekdayNames);
    }

    /// <summary>The month names as written in a name, 1-based ("January" is <c>Names[1]</c>).</summary>
    public string[] Names { get; }

    /// <summary>The weekday names, lower-case, Monday first.</summary>
    public string[] WeekdayNames { get; }

    /// <summary>The full month names, lower-case.</summary>
    public IEnumerable<string> FullNameWords() => _fullNames.Keys;

    /// <summary>The month abbreviations, lower-case ("jan", "sept").</summary>
    public IEnumerable<string> AbbreviationWords() => _abbreviations.Keys;

    /// <summary>Every month name and abbreviation.</summary>
    public IEnumerable<string> AllNames()
    {
        foreach (var name in _fullNames.Keys)
        {
            yield return name;
        }

        foreach (var name in _abbreviations.Keys)
        {
            yield return name;
        }
    }

    /// <summary>The month number of a full month name, or of an abbreviation when <paramref name="allowAbbreviation"/>.</summary>
    public bool TryGetMonth(string word, bool allowAbbreviation, out int month, out bool isAbbreviation)
    {
        isAbbreviation = false;
        if (_fullNames.TryGetValue(word, out month))
        {
            return true;
        }

        isAbbreviation = allowAbbreviation && _abbreviations.TryGetValue(word, out month);
        return isAbbreviation;
    }

    /// <summary>Whether the word is a month abbreviation ("sept"), whatever its case.</summary>
    public bool IsAbbreviation(string word) => _abbreviations.ContainsKey(word);

    /// <summary>Whether the word is a month name or abbreviation, whatever its case.</summary>
    public bool IsMonthName(string word) => _fullNames.ContainsKey(word) || _abbreviations.ContainsKey(word);

    /// <summary>Whether the word names a month (full or abbreviated) or a weekday.</summary>
    public bool IsMonthOrWeekday(string word)
        => _fullNames.ContainsKey(word) || _abbreviations.ContainsKey(word) || _weekdays.Contains(word);

    /// <summary>The number of days in <paramref name="month"/> of <paramref name="year"/> (the calendar, the same in every language).</summary>
    public static int DaysIn(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
