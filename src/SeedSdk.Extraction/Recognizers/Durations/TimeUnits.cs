using System.Globalization;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Durations;

/// <summary>A unit of time as reported (<see cref="Name"/>) and how many of it one written unit is ("decade" = 10 year).</summary>
internal readonly record struct TimeUnit(string Name, decimal Multiplier);

/// <summary>The words and symbols of units of time of one <see cref="Lexicon"/>, in one table (its lists <c>time-units</c> and <c>time-unit-letters</c>).</summary>
internal sealed class TimeUnits
{
    private static readonly PerLexicon<TimeUnits> Tables = new(lexicon => new TimeUnits(lexicon));

    // Singular forms are marked: an article or "half" takes only those ("a month", not "a months").
    private readonly WordMap<(TimeUnit Unit, bool Singular)> _words;

    // One-letter symbols, read only glued to digits ("3h", "10D", "2W").
    private readonly WordMap<TimeUnit> _letters;

    private TimeUnits(Lexicon lexicon)
    {
        _words = Build(lexicon);
        _letters = BuildLetters(lexicon);
    }

    /// <summary>The table of <paramref name="lexicon"/>.</summary>
    public static TimeUnits Of(Lexicon lexicon) => Tables.For(lexicon);

    /// <summary>The unit of a word or abbreviation ("years", "yr", "sec", "fortnight").</summary>
    public bool TryGet(string word, out TimeUnit unit)
    {
        var found = _words.TryGetValue(word, out var entry);
        unit = entry.Unit;
        return found;
    }

    /// <summary>The unit of a singular word ("month", "hour"), as an article or "half" takes it.</summary>
    public bool TryGetSingular(string word, out TimeUnit unit)
    {
        var found = _words.TryGetValue(word, out var entry) && entry.Singular;
        unit = entry.Unit;
        return found;
    }

    /// <summary>The unit of a one-letter symbol ("h", "d", "w").</summary>
    public bool TryGetLetter(string symbol, out TimeUnit unit) => _letters.TryGetValue(symbol, out unit);

    private static WordMap<(TimeUnit, bool)> Build(Lexicon lexicon)
    {
        var words = new WordMap<(TimeUnit, bool)>();
        foreach (var row in lexicon.Rows("time-units"))
        {
            var unit = new TimeUnit(row[0], decimal.Parse(row[1], NumberStyles.None, CultureInfo.InvariantCulture));
            words[row[2]] = (unit, true);
            for (var k = 3; k < row.Length; k++)
            {
                words[row[k]] = (unit, false);
            }
        }

        return words;
    }

    private static WordMap<TimeUnit> BuildLetters(Lexicon lexicon)
    {
        var letters = new WordMap<TimeUnit>();
        foreach (var row in lexicon.Rows("time-unit-letters"))
        {
            letters[row[0]] = new TimeUnit(row[1], 1m);
        }

        return letters;
    }
}
