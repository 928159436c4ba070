using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Numbers;

/// <summary>Static tables of spelled numbers, scale words and fraction denominators.</summary>
internal static class NumberWords
{
    /// <summary>"zero".."nineteen".</summary>
    public static readonly WordMap<int> Units = Lexicon.English.NumberMap("number-units");

    /// <summary>"twenty".."ninety".</summary>
    public static readonly WordMap<int> Tens = Lexicon.English.NumberMap("number-tens");

    /// <summary>Fraction denominators, singular and plural ("third", "thirds").</summary>
    public static readonly WordMap<int> Denominators = Lexicon.English.NumberMap("denominators");

    /// <summary>Ordinal words that precede "quarter" or "half" as a part of a year.</summary>
    public static readonly WordMap<int> Ordinals = Lexicon.English.NumberMap("part-ordinals");

    /// <summary>Spelled ordinals "first".."nineteenth", "twentieth", "thirtieth" (a day of month or a week is "twenty-second": a ten and one of these).</summary>
    public static readonly WordMap<int> SpelledOrdinals = Lexicon.English.NumberMap("spelled-ordinals");

    /// <summary>Whether the word is a spelled number word (unit, ten or "hundred").</summary>
    public static bool IsNumberWord(string word) => Units.ContainsKey(word) || Tens.ContainsKey(word);
}
