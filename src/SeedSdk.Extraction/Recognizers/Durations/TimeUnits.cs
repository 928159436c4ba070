using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Durations;

/// <summary>A unit of time as reported (<see cref="Name"/>) and how many of it one written unit is ("decade" = 10 year).</summary>
internal readonly record struct TimeUnit(string Name, decimal Multiplier);

/// <summary>The words and symbols of units of time, in one table.</summary>
internal static class TimeUnits
{
    // Singular forms are marked: an article or "half" takes only those ("a month", not "a months").
    private static readonly WordMap<(TimeUnit Unit, bool Singular)> Words = Build();

    // One-letter symbols, read only glued to digits ("3h", "10D", "2W").
    private static readonly WordMap<TimeUnit> Letters = new()
    {
        ["h"] = new TimeUnit("hour", 1m), ["d"] = new TimeUnit("day", 1m), ["w"] = new TimeUnit("week", 1m),
    };

    /// <summary>The unit of a word or abbreviation ("years", "yr", "sec", "fortnight").</summary>
    public static bool TryGet(string word, out TimeUnit unit)
    {
        var found = Words.TryGetValue(word, out var entry);
        unit = entry.Unit;
        return found;
    }

    /// <summary>The unit of a singular word ("month", "hour"), as an article or "half" takes it.</summary>
    public static bool TryGetSingular(string word, out TimeUnit unit)
    {
        var found = Words.TryGetValue(word, out var entry) && entry.Singular;
        unit = entry.Unit;
        return found;
    }

    /// <summary>The unit of a one-letter symbol ("h", "d", "w").</summary>
    public static bool TryGetLetter(string symbol, out TimeUnit unit) => Letters.TryGetValue(symbol, out unit);

    private static WordMap<(TimeUnit, bool)> Build()
    {
        var words = new WordMap<(TimeUnit, bool)>();
        void Add(string name, decimal multiplier, string singular, params string[] others)
        {
            var unit = new TimeUnit(name, multiplier);
            words[singular] = (unit, true);
            foreach (var other in others)
            {
                words[other] = (unit, false);
            }
        }

        Add("year", 1m, "year", "years", "yr", "yrs");
        Add("year", 10m, "decade", "decades");
        Add("month", 1m, "month", "months");
        Add("week", 1m, "week", "weeks");
        Add("week", 2m, "fortnight", "fortnights");
        Add("day", 1m, "day", "days");
        Add("day", 1m, "night", "nights");
        Add("hour", 1m, "hour", "hours", "hr", "hrs");
        Add("minute", 1m, "minute", "minutes", "min", "mins");
        Add("second", 1m, "second", "seconds", "sec", "secs");
        return words;
    }
}
