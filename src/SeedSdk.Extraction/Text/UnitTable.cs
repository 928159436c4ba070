namespace SeedSdk.Extraction.Text;

/// <summary>
/// The measure units of one <see cref="Lexicon"/> (its lists <c>units</c>, <c>glued-units</c>, <c>unit-full-names</c>,
/// <c>unit-divisors</c> and <c>temperature-scales</c>) and the nouns that tell counted things from other words after a number
/// (<c>not-counted</c>, <c>irregular-plurals</c>, and the rules that make a plural singular, <c>plural-endings</c>):
/// the one table of them the extractor reads.
/// </summary>
internal sealed class UnitTable
{
    private readonly WordMap<string> _measures;
    private readonly WordMap<string> _gluedMeasures;
    private readonly WordMap<string> _temperatureScales;
    private readonly WordMap<string> _fullNames;
    private readonly WordSet _divisors;
    private readonly WordMap<string> _irregularPlurals;
    private readonly (string Ending, string? Singular, int LeastLength)[] _pluralEndings;

    /// <summary>Reads the unit lists of <paramref name="lexicon"/>.</summary>
    public UnitTable(Lexicon lexicon)
    {
        _measures = Written(lexicon, "units");
        _gluedMeasures = Written(lexicon, "glued-units");
        _temperatureScales = Written(lexicon, "temperature-scales");
        _fullNames = Written(lexicon, "unit-full-names");
        _divisors = new WordSet(lexicon.List("unit-divisors"));
        NotCounted = new WordSet(lexicon.List("not-counted"));
        _irregularPlurals = new WordMap<string>();
        foreach (var row in lexicon.Rows("irregular-plurals"))
        {
            _irregularPlurals[row[0]] = row[1];
        }

        _pluralEndings = PluralEndings(lexicon);
        PluralMark = _pluralEndings[_pluralEndings.Length - 1].Ending;
    }

    /// <summary>The ending every regular plural has ("s"): the last rule of <c>plural-endings</c>.</summary>
    public string PluralMark { get; }

    /// <summary>
    /// The singular of the lower-case regular plural <paramref name="lower"/> by the first rule whose ending it has
    /// ("cities" → "city", "boxes" → "box"); false when that rule says such a word is no plural ("business").
    /// </summary>
    public bool TryGetRegularSingular(string lower, out string singular)
    {
        foreach (var (ending, replacement, leastLength) in _pluralEndings)
        {
            if (lower.Length < leastLength || !lower.EndsWith(ending, System.StringComparison.Ordinal))
            {
                continue;
            }

            singular = replacement is null ? string.Empty : lower.Substring(0, lower.Length - ending.Length) + replacement;
            return replacement is not null;
        }

        singular = string.Empty;
        return false;
    }

    /// <summary>Plural-looking words that do not name counted things after a number.</summary>
    public WordSet NotCounted { get; }

    /// <summary>The lower-case singular unit of a measure word ("km", "kilometres" → "kilometre").</summary>
    public bool TryGetMeasure(string word, out string unit) => _measures.TryGetValue(word, out unit!);

    /// <summary>The unit written <paramref name="suffix"/> right after the digits of a number ("12in", "2.5kg"), a unit's own spellings included.</summary>
    public bool TryGetGluedMeasure(string suffix, out string unit) => _measures.TryGetValue(suffix, out unit!) || _gluedMeasures.TryGetValue(suffix, out unit!);

    /// <summary>
    /// The scale <paramref name="word"/> names after a degree, as reported ("Celsius", "C" → "celsius"); a one-letter
    /// scale ("C", "F") only as a capital.
    /// </summary>
    public bool TryGetTemperatureScale(string word, out string scale)
    {
        scale = string.Empty;
        return (word.Length > 1 || char.IsUpper(word[0])) && _temperatureScales.TryGetValue(word, out scale!);
    }

    /// <summary>The full singular name of a unit as a compound unit writes it ("km" → "kilometre", "h" → "hour").</summary>
    public string FullName(string unit) => _fullNames.TryGetValue(unit, out var full) ? full : unit.ToLowerInvariant();

    /// <summary>Whether <paramref name="word"/> can follow "per" or "/" in a compound unit ("km/h", "litres per 100 km" excluded).</summary>
    public bool IsDivisor(string word) => _divisors.Contains(word);

    /// <summary>The singular of a plural no rule makes singular ("people" → "person").</summary>
    public bool TryGetIrregularPlural(string word, out string singular) => _irregularPlurals.TryGetValue(word, out singular!);

    // Each row: the ending, what replaces it ("-" nothing, "!" no plural), and perhaps the least length of the word.
    private static (string, string?, int)[] PluralEndings(Lexicon lexicon)
    {
        var rules = new System.Collections.Generic.List<(string, string?, int)>();
        foreach (var row in lexicon.Rows("plural-endings"))
        {
            var replacement = row[1] switch { "!" => null, "-" => string.Empty, _ => row[1] };
            var leastLength = row.Length > 2 ? int.Parse(row[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture) : 0;
            rules.Add((row[0], replacement, leastLength));
        }

        if (rules.Count == 0 || rules[rules.Count - 1].Item2 is null)
        {
            throw new System.FormatException("The list 'plural-endings' must end with the rule of the plural mark.");
        }

        return rules.ToArray();
    }

    // Each row: the reported unit, then every way it is written (a later row wins a shared spelling).
    private static WordMap<string> Written(Lexicon lexicon, string list)
    {
        var map = new WordMap<string>();
        foreach (var row in lexicon.Rows(list))
        {
            for (var k = 1; k < row.Length; k++)
            {
                map[row[k]] = row[0];
            }
        }

        return map;
    }
}
