using System.Runtime.CompilerServices;
using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// One word a name can be built from: a token, or several tokens read as one word ("R&amp;D",
/// "cutting-edge", "research and development" → "Rd"). Keeps the token range it covers. Its table
/// lookups are made once, when the word is read, since naming asks them of every word many times.
/// </summary>
internal readonly record struct NameWord
{
    /// <summary>A word read from tokens <paramref name="firstToken"/>..<paramref name="lastToken"/>.</summary>
    public NameWord(string text, TokenKind kind, int firstToken, int lastToken, bool isAbbreviation)
        : this(text, kind, firstToken, lastToken, isAbbreviation, WordTraits.Of(text))
    {
    }

    /// <summary>A word whose table lookups <paramref name="traits"/> are already known.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // one per token of every named sentence
    public NameWord(string text, TokenKind kind, int firstToken, int lastToken, bool isAbbreviation, in WordTraits traits)
    {
        Text = text;
        Kind = kind;
        FirstToken = firstToken;
        LastToken = lastToken;
        IsAbbreviation = isAbbreviation;
        Lower = traits.Lower;
        Classes = traits.Classes;
        IsContent = (kind is TokenKind.Word or TokenKind.Mixed) && !traits.IsStopWord;
        IsClauseBoundary = kind == TokenKind.Symbol && text.Length == 1 && text[0] is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '\u2014' or '\u2013';
    }

    /// <summary>The word as written (or the abbreviation).</summary>
    public string Text { get; }

    /// <summary>The token kind (Word for joined words).</summary>
    public TokenKind Kind { get; }

    /// <summary>The first token the word covers.</summary>
    public int FirstToken { get; }

    /// <summary>The last token the word covers.</summary>
    public int LastToken { get; }

    /// <summary>Whether the word is an abbreviation of a phrase.</summary>
    public bool IsAbbreviation { get; }

    /// <summary>The text, lower-cased invariantly, for table lookups.</summary>
    public string Lower { get; }

    /// <summary>A word (or letters-and-digits token) that is not a stop word: something a name may contain.</summary>
    public bool IsContent { get; }

    /// <summary>A noun naming what an amount measures ("budget", "revenue").</summary>
    public bool IsMeasureNoun => Traits.IsMeasureNoun;

    /// <summary>The noun of an amount verb ("invest" → "Investment"), or null.</summary>
    public string? AmountNoun => IsAmountVerb ? NamingLexicon.AmountVerbs[Lower] : null;

    /// <summary>The noun of a change verb ("rose" → "Growth"), or null.</summary>
    public string? ChangeNoun => IsChangeVerb ? NamingLexicon.ChangeVerbs[Lower] : null;

    /// <summary>An amount verb or a change verb: it ends the modifiers of a noun.</summary>
    public bool IsVerbOfAmount => IsAmountVerb || IsChangeVerb;

    // Flags rather than the nouns themselves keep the struct small: a sentence's words are many.
    private bool IsAmountVerb => Traits.IsAmountVerb;

    private bool IsChangeVerb => Traits.IsChangeVerb;

    // The traits' parts are kept as fields rather than one WordTraits, which would pad the struct from 32 to 40 bytes.
    private WordClass Classes { get; }

    private WordTraits Traits => new(Lower, Classes);

    /// <summary>A plain number token ("2025", "1,318").</summary>
    public bool IsNumber => Kind == TokenKind.Number;

    /// <summary>A four-digit year between 1900 and 2199.</summary>
    public bool IsYear => Kind == TokenKind.Number && Text.Length == 4 && (Text[0] == '1' ? Text[1] == '9' : Text[0] == '2' && Text[1] is '0' or '1');

    /// <summary>Punctuation that ends a clause (',', ';', ':', brackets, dashes with spaces).</summary>
    public bool IsClauseBoundary { get; }

    /// <summary>A conjunction that starts a new statement inside a clause (<see cref="NamingLexicon.ClauseConjunctions"/>).</summary>
    public bool IsClauseConjunction => Traits.IsClauseConjunction;

    /// <summary>A scale word that belongs to a number ("million"), never to a name.</summary>
    public bool IsScaleWord => Traits.IsScaleWord;

    /// <summary>A preposition that introduces a topic ("in", "for").</summary>
    public bool IsTopicPreposition => Traits.IsTopicPreposition;

    /// <summary>Whether the word is the given lower-case word.</summary>
    public bool Is(string lower) => Lower == lower;
}
