using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Money;

/// <summary>
/// The currency vocabulary of one <see cref="Lexicon"/>: ISO codes, symbols and names (bare or with a country
/// adjective), from its lists <c>currency-names</c>, <c>currency-symbols</c>, <c>spaced-dollar-prefixes</c>,
/// <c>currency-codes</c> and <c>currency-codes-lower-case</c>. A general table; "dollar" alone is USD, "franc" alone
/// CHF, "pound" alone GBP, as an analyst would read them.
/// </summary>
internal sealed class CurrencyTable
{
    private static readonly PerLexicon<CurrencyTable> Tables = new(lexicon => new CurrencyTable(lexicon));

    // Names: "|"-separated spellings (singular and plural, with or without a country adjective) = code[*factor].
    private readonly string[] _nameRows;

    // Symbols and symbol-like prefixes, as the concatenation of touching tokens.
    private readonly WordMap<string> _symbols;

    // Country prefixes that may stand apart from "$" ("hk $ 10.05 billion", "c $ 16.4 million").
    private readonly WordMap<string> _spacedDollarPrefixes;

    // ISO 4217 codes recognized in upper case (TryGetCode checks the case; the set itself ignores it). Codes that
    // are English words (ALL, TOP, CUP, PEN, MOP) are left out.
    private readonly WordSet _upperCodes;

    // Codes also recognized in lower case (tokenized or lower-cased text; TryGetCode checks the case); none is an English word.
    private readonly WordSet _lowerCodes;

    // Codes that report another ISO code ("RMB" is CNY).
    private readonly WordMap<string> _aliases;

    private readonly Dictionary<string, string> _millionCodes;

    private readonly WordMap<Currency> _names;

    private readonly WordSet _nameLastWords;

    private readonly WordSet _nameFirstWords;

    private readonly WordSet _nameWords;

    // Every case-insensitive prefix of a symbol: the first token of a glued symbol is one.
    private readonly WordSet _symbolPrefixes;

    private CurrencyTable(Lexicon lexicon)
    {
        _nameRows = lexicon.Words("currency-names");
        _symbols = lexicon.TextMap("currency-symbols");
        _spacedDollarPrefixes = lexicon.TextMap("spaced-dollar-prefixes");
        _upperCodes = new WordSet(lexicon.List("currency-codes"));
        _lowerCodes = new WordSet(lexicon.List("currency-codes-lower-case"));
        _aliases = lexicon.TextMap("currency-code-aliases");
        _millionCodes = BuildMillionCodes();
        _names = BuildNames();
        _nameLastWords = BuildNameWords(last: true);
        _nameFirstWords = BuildNameWords(last: false);
        _nameWords = BuildAllNameWords();
        LongestSymbol = Longest(_symbols.Keys);
        _symbolPrefixes = Prefixes(_symbols.Keys);
    }

    /// <summary>The table of <paramref name="lexicon"/>.</summary>
    public static CurrencyTable Of(Lexicon lexicon) => Tables.For(lexicon);

    /// <summary>Whether <paramref name="word"/> can start a currency name ("dollars", "hong" of "hong kong dollars"); a cheap filter.</summary>
    public bool CanStartName(string word) => _nameFirstWords.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a word of some currency name ("kong" of "hong kong dollars").</summary>
    public bool IsNameWord(string word) => _nameWords.Contains(word);

    /// <summary>The length of the longest symbol ("u.s.$").</summary>
    public int LongestSymbol { get; }

    /// <summary>Whether a token with this text can start a symbol glued from touching tokens ("US" of "US$"); a cheap filter.</summary>
    public bool MayStartSymbol(string text) => _symbolPrefixes.Contains(text);

    /// <summary>Whether a non-letter character can start a currency symbol ("$", "€", "₹").</summary>
    public static bool CanStartSymbol(char c) => c == '$' || (c > 127 && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol);

    /// <summary>The words that can start a currency written before a number: codes, "M"-codes and the letters of symbols ("us" of "US$", "rs").</summary>
    public IEnumerable<string> PrefixStartWords()
    {
        foreach (var key in _symbols.Keys)
        {
            var letters = 0;
            while (letters < key.Length && char.IsLetter(key[letters]))
            {
                letters++;
            }

            if (letters > 0)
            {
                yield return key.Substring(0, letters);
            }
        }

        foreach (var key in _spacedDollarPrefixes.Keys)
        {
            yield return key.Split('.')[0];
        }

        foreach (var code in _upperCodes)
        {
            yield return code;
            yield return "M" + code;
        }
    }

    /// <summary>The currency named by a lower-case phrase of one to four words ("dollars", "hong kong dollars").</summary>
    public bool TryGetName(string phrase, out Currency currency) => _names.TryGetValue(phrase, out currency);

    /// <summary>Whether <paramref name="word"/> can end a currency name (a cheap filter before building phrases).</summary>
    public bool CanEndName(string word) => _nameLastWords.Contains(word);

    /// <summary>The currency of a symbol or symbol-like prefix ("$", "HK$", "€", "Rs").</summary>
    public bool TryGetSymbol(string text, out string code) => _symbols.TryGetValue(text, out code!);

    /// <summary>The currency of the symbol written by touching tokens <paramref name="first"/>..<paramref name="last"/> (<paramref name="length"/> characters), read in place.</summary>
    public bool TryGetSymbol(TokenList tokens, int first, int last, int length, out string code) => _symbols.TryGetValue(tokens, first, last, length, out code!);

    /// <summary>The currency of a country prefix that may be separated from "$" by a space.</summary>
    public bool TryGetSpacedDollarPrefix(string text, out string code) => _spacedDollarPrefixes.TryGetValue(text, out code!);

    /// <summary>Whether <paramref name="text"/> is an ISO code: upper case, or lower case for the unambiguous ones.</summary>
    public bool TryGetCode(string text, out string code)
    {
        code = string.Empty;
        if (text.Length != 3)
        {
            return false;
        }

        if (IsUpper(text[0]) && _upperCodes.Contains(text) && IsUpper(text[1]) && IsUpper(text[2]))
        {
            code = IsoCode(text, text);
            return true;
        }

        if (IsUpper(text[0]) && IsLower(text[1]) && IsLower(text[2]) && _aliases.TryGetValue(text, out code!))
        {
            return true; // "Rmb"
        }

        if (IsLower(text[0]) && _lowerCodes.Contains(text) && IsLower(text[1]) && IsLower(text[2]))
        {
            code = IsoCode(text, ToUpperAscii(text));
            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> is a code prefixed by "M" for millions ("MUSD", "meur").</summary>
    public bool TryGetMillionCode(string text, out string code)
    {
        if (text.Length == 4 && (text[0] == 'M' || text[0] == 'm') && _millionCodes.TryGetValue(text, out var found))
        {
            code = found;
            return true;
        }

        code = string.Empty;
        return false;
    }

    // "MUSD", "meur": every code TryGetCode reads, after "M" or "m", spelled exactly (ordinal keys).
    private Dictionary<string, string> BuildMillionCodes()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var prefix in new[] { "M", "m" })
        {
            foreach (var code in _upperCodes)
            {
                codes[prefix + code] = IsoCode(code, code);
            }

            foreach (var alias in _aliases.Keys)
            {
                codes[prefix + alias.Substring(0, 1).ToUpperInvariant() + alias.Substring(1).ToLowerInvariant()] = _aliases[alias];
            }

            foreach (var code in _lowerCodes)
            {
                codes[prefix + code] = IsoCode(code, ToUpperAscii(code));
            }
        }

        return codes;
    }

    // The ISO code a code written as text reports: its alias's, or plain.
    private string IsoCode(string text, string plain) => _aliases.TryGetValue(text, out var iso) ? iso : plain;

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    private static bool IsLower(char c) => c is >= 'a' and <= 'z';

    private static string ToUpperAscii(string text)
    {
        var chars = text.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (chars[k] is >= 'a' and <= 'z')
            {
                chars[k] = (char)(chars[k] - 32);
            }
        }

        return new string(chars);
    }

    private WordMap<Currency> BuildNames()
    {
        var names = new WordMap<Currency>();
        foreach (var row in _nameRows)
        {
            var eq = row.LastIndexOf('=');
            var target = row.Substring(eq + 1);
            var star = target.IndexOf('*');
            var code = star < 0 ? target : target.Substring(0, star);
            var factor = star < 0 ? 1m : decimal.Parse(target.Substring(star + 1), System.Globalization.CultureInfo.InvariantCulture);
            foreach (var name in row.Substring(0, eq).Split('|'))
            {
                names[name] = new Currency(code, factor);
            }
        }

        return names;
    }

    private static int Longest(IEnumerable<string> words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }

    private static WordSet Prefixes(IEnumerable<string> words)
    {
        var prefixes = new WordSet();
        foreach (var word in words)
        {
            for (var length = 1; length <= word.Length; length++)
            {
                prefixes.Add(word.Substring(0, length));
            }
        }

        return prefixes;
    }

    private WordSet BuildAllNameWords()
    {
        var words = new WordSet();
        foreach (var name in _names.Keys)
        {
            foreach (var word in name.Split(' '))
            {
                words.Add(word);
            }
        }

        return words;
    }

    private WordSet BuildNameWords(bool last)
    {
        var words = new WordSet();
        foreach (var name in _names.Keys)
        {
            var parts = name.Split(' ');
            words.Add(last ? parts[parts.Length - 1] : parts[0]);
        }

        return words;
    }
}
