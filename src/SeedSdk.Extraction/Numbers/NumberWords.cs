using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Numbers;

/// <summary>
/// The English <see cref="SpelledNumbers"/>, for the date readers of <c>Recognizers/Dates</c> until they take the
/// document's own (<c>SpelledNumbers.Of(tokens.Lexicon)</c>); every other reader does already.
/// </summary>
internal static class NumberWords
{
    private static SpelledNumbers English => SpelledNumbers.Of(Lexicon.English);

    /// <summary>"zero".."nineteen".</summary>
    public static WordMap<int> Units => English.Units;

    /// <summary>"twenty".."ninety".</summary>
    public static WordMap<int> Tens => English.Tens;

    /// <summary>Fraction denominators, singular and plural ("third", "thirds").</summary>
    public static WordMap<int> Denominators => English.Denominators;

    /// <summary>Ordinal words that precede "quarter" or "half" as a part of a year.</summary>
    public static WordMap<int> Ordinals => English.Ordinals;

    /// <summary>Spelled ordinals "first".."nineteenth", "twentieth", "thirtieth".</summary>
    public static WordMap<int> SpelledOrdinals => English.SpelledOrdinals;

    /// <summary>Whether the word is a spelled number word (a unit or a ten).</summary>
    public static bool IsNumberWord(string word) => English.IsNumberWord(word);
}
