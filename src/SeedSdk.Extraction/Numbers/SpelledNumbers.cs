using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Numbers;

/// <summary>
/// The spelled numbers, ordinals and fraction denominators of one <see cref="Lexicon"/> (its lists
/// <c>number-units</c>, <c>number-tens</c>, <c>denominators</c>, <c>part-ordinals</c> and <c>spelled-ordinals</c>).
/// </summary>
internal sealed class SpelledNumbers
{
    private static readonly PerLexicon<SpelledNumbers> Tables = new(lexicon => new SpelledNumbers(lexicon));

    private SpelledNumbers(Lexicon lexicon)
    {
        Units = lexicon.NumberMap("number-units");
        Tens = lexicon.NumberMap("number-tens");
        Denominators = lexicon.NumberMap("denominators");
        Ordinals = lexicon.NumberMap("part-ordinals");
        SpelledOrdinals = lexicon.NumberMap("spelled-ordinals");
    }

    /// <summary>The table of <paramref name="lexicon"/>.</summary>
    public static SpelledNumbers Of(Lexicon lexicon) => Tables.For(lexicon);

    /// <summary>"zero".."nineteen".</summary>
    public WordMap<int> Units { get; }

    /// <summary>"twenty".."ninety".</summary>
    public WordMap<int> Tens { get; }

    /// <summary>Fraction denominators, singular and plural ("third", "thirds").</summary>
    public WordMap<int> Denominators { get; }

    /// <summary>Ordinal words that precede "quarter" or "half" as a part of a year.</summary>
    public WordMap<int> Ordinals { get; }

    /// <summary>Spelled ordinals "first".."nineteenth", "twentieth", "thirtieth" (a day of month or a week is "twenty-second": a ten and one of these).</summary>
    public WordMap<int> SpelledOrdinals { get; }

    /// <summary>Whether the word is a spelled number word (a unit or a ten).</summary>
    public bool IsNumberWord(string word) => Units.ContainsKey(word) || Tens.ContainsKey(word);
}
