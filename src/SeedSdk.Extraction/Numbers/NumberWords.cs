using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Numbers;

/// <summary>Static tables of spelled numbers, scale words and fraction denominators.</summary>
internal static class NumberWords
{
    /// <summary>"zero".."nineteen".</summary>
    public static readonly WordMap<int> Units = new()
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    /// <summary>"twenty".."ninety".</summary>
    public static readonly WordMap<int> Tens = new()
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>The scale words spelled in full, "thousand".."trillion".</summary>
    public static readonly WordMap<decimal> SpelledScales = new()
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
    };

    /// <summary>Multipliers written as words after a number ("3 billion", "35 lakh"): the spelled scales and their abbreviations.</summary>
    public static readonly WordMap<decimal> Scales = new(SpelledScales)
    {
        ["mn"] = 1_000_000m, ["mln"] = 1_000_000m, ["bn"] = 1_000_000_000m, ["bln"] = 1_000_000_000m, ["tn"] = 1_000_000_000_000m,
        ["trn"] = 1_000_000_000_000m, ["lakh"] = 100_000m, ["lakhs"] = 100_000m, ["crore"] = 10_000_000m, ["crores"] = 10_000_000m,
    };

    /// <summary>Multipliers written as letters glued to digits ("3.2bn", "10k", "5m").</summary>
    public static readonly WordMap<decimal> SuffixScales = new()
    {
        ["k"] = 1_000m, ["m"] = 1_000_000m, ["mn"] = 1_000_000m, ["mln"] = 1_000_000m, ["b"] = 1_000_000_000m, ["bn"] = 1_000_000_000m,
        ["bln"] = 1_000_000_000m, ["tn"] = 1_000_000_000_000m, ["trn"] = 1_000_000_000_000m,
    };

    /// <summary>Short scale words that follow a number only in money ("$5 m", "$2 k").</summary>
    public static readonly WordMap<decimal> ShortScales = new()
    {
        ["m"] = 1_000_000m, ["k"] = 1_000m, ["b"] = 1_000_000_000m,
    };

    /// <summary>Fraction denominators, singular and plural ("third", "thirds").</summary>
    public static readonly WordMap<int> Denominators = new()
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fourth"] = 4, ["fourths"] = 4,
        ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6, ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8,
        ["ninth"] = 9, ["ninths"] = 9, ["tenth"] = 10, ["tenths"] = 10,
    };

    /// <summary>Ordinal words that precede "quarter" or "half" as a part of a year.</summary>
    public static readonly WordMap<int> Ordinals = new()
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4,
    };

    /// <summary>Spelled ordinals "first".."nineteenth", "twentieth", "thirtieth" (a day of month or a week is "twenty-second": a ten and one of these).</summary>
    public static readonly WordMap<int> SpelledOrdinals = new()
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9,
        ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16,
        ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30,
    };

    /// <summary>Plural scale words that make an amount vague ("tens of billions", "hundreds of").</summary>
    public static readonly WordSet VagueScales = TokenScan.Set("tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions");

    /// <summary>
    /// Every word that scales an amount and so belongs to its number, not to what it counts ("1.2 million vehicles"):
    /// "hundred", "dozen", the spelled scales, their plurals, and the abbreviations "mn", "bn", "m", "k".
    /// </summary>
    public static IEnumerable<string> ScaleWordsOfAmounts()
    {
        foreach (var word in new[] { "hundred", "dozen" }.Concat(SpelledScales.Keys))
        {
            yield return word;
            yield return word + "s";
        }

        foreach (var abbreviation in new[] { "mn", "bn", "m", "k" })
        {
            yield return abbreviation;
        }
    }

    /// <summary>Whether the word is a spelled number word (unit, ten or "hundred").</summary>
    public static bool IsNumberWord(string word) => Units.ContainsKey(word) || Tens.ContainsKey(word);
}
