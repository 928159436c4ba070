using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// One word a name can be built from: a token, or several tokens read as one word ("R&amp;D",
/// "cutting-edge", "research and development" → "Rd"). Keeps the token range it covers.
/// </summary>
internal readonly record struct NameWord(string Text, TokenKind Kind, int FirstToken, int LastToken, bool IsAbbreviation)
{
    /// <summary>The text, lower-cased invariantly, for table lookups.</summary>
    public string Lower { get; } = Text.ToLowerInvariant();

    /// <summary>A word (or letters-and-digits token) that is not a stop word: something a name may contain.</summary>
    public bool IsContent => (Kind is TokenKind.Word or TokenKind.Mixed) && !NamingLexicon.IsStopWord(Lower);

    /// <summary>A plain number token ("2025", "1,318").</summary>
    public bool IsNumber => Kind == TokenKind.Number;

    /// <summary>A four-digit year between 1900 and 2199.</summary>
    public bool IsYear => Kind == TokenKind.Number && Text.Length == 4 && (Text[0] == '1' ? Text[1] == '9' : Text[0] == '2' && Text[1] is '0' or '1');

    /// <summary>Punctuation that ends a clause (',', ';', ':', brackets, dashes with spaces).</summary>
    public bool IsClauseBoundary => Kind == TokenKind.Symbol && Text is "," or ";" or ":" or "(" or ")" or "[" or "]" or "\u2014" or "\u2013";

    /// <summary>Whether the word is the given lower-case word.</summary>
    public bool Is(string lower) => Lower == lower;
}
