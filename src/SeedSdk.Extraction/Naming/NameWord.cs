using System.Runtime.CompilerServices;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// One word a name can be built from: a token, or several tokens read as one word ("R&amp;D",
/// "cutting-edge", "research and development" → "Rd"). Keeps the token range it covers. Its table
/// lookups are made once, when the word is read, since naming asks them of every word many times.
/// </summary>
internal readonly record struct NameWord
{
    // The flags, kept in one byte so the struct stays 32 bytes: a sentence's words are many.
    private const byte AbbreviationFlag = 1;
    private const byte ContentFlag = 2;
    private const byte ClauseBoundaryFlag = 4;

    private readonly byte _flags;

    /// <summary>
    /// A word read from tokens <paramref name="firstToken"/>..<paramref name="lastToken"/> whose table lookups <paramref name="traits"/> are already known; <paramref name="textId"/>
    /// is the <see cref="Token.TextId"/> of a word that is one token of the named document, else -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // one per token of every named sentence
    public NameWord(string text, TokenKind kind, int firstToken, int lastToken, bool isAbbreviation, in WordTraits traits, int textId = -1)
    {
        Text = text;
        Kind = kind;
        FirstToken = firstToken;
        LastToken = lastToken;
        TextId = textId;
        Lower = traits.Lower;
        Classes = traits.Classes;
        var isContent = (kind is TokenKind.Word or TokenKind.Mixed) && !traits.IsStopWord;
        var isClauseBoundary = kind == TokenKind.Symbol && text.Length == 1 && text[0] is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '\u2014' or '\u2013';
        _flags = (byte)((isAbbreviation ? AbbreviationFlag : 0) | (isContent ? ContentFlag : 0) | (isClauseBoundary ? ClauseBoundaryFlag : 0));
    }

    /// <summary>The word as written (or the abbreviation).</summary>
    public string Text { get; }

    /// <summary>The token kind (Word for joined words).</summary>
    public TokenKind Kind { get; }

    /// <summary>The first token the word covers.</summary>
    public int FirstToken { get; }

    /// <summary>The last token the word covers.</summary>
    public int LastToken { get; }

    /// <summary>The <see cref="Token.TextId"/> of a word that is one token of the named document, else -1: such words' renderings are kept per text.</summary>
    public int TextId { get; }

    /// <summary>Whether the word is an abbreviation of a phrase.</summary>
    public bool IsAbbreviation => (_flags & AbbreviationFlag) != 0;

    /// <summary>The text, lower-cased invariantly, for table lookups.</summary>
    public string Lower { get; }

    /// <summary>A word (or letters-and-digits token) that is not a stop word: something a name may contain.</summary>
    public bool IsContent => (_flags & ContentFlag) != 0;

    /// <summary>A noun naming what an amount measures ("budget", "revenue").</summary>
    public bool IsMeasureNoun => Traits.IsMeasureNoun;

    /// <summary>An amount verb or a change verb: it ends the modifiers of a noun.</summary>
    public bool IsVerbOfAmount => IsAmountVerb || IsChangeVerb;

    // Flags rather than the nouns themselves keep the struct small: a sentence's words are many (see NamingLexicon.AmountNounOf).

    /// <summary>A verb whose object is an amount ("invest"): its noun is <see cref="NamingLexicon.AmountNounOf"/>.</summary>
    public bool IsAmountVerb => Traits.IsAmountVerb;

    /// <summary>A verb of change ("rose"): its noun is <see cref="NamingLexicon.ChangeNounOf"/>.</summary>
    public bool IsChangeVerb => Traits.IsChangeVerb;

    // The traits' parts are kept as fields rather than one WordTraits, which would pad the struct beyond 32 bytes.
    private WordClass Classes { get; }

    private WordTraits Traits => new(Lower, Classes);

    /// <summary>A plain number token ("2025", "1,318").</summary>
    public bool IsNumber => Kind == TokenKind.Number;

    /// <summary>A four-digit year between 1900 and 2199.</summary>
    public bool IsYear
        => Kind == TokenKind.Number && Text.Length == 4 && (Text[0] == '1' ? Text[1] == '9' : Text[0] == '2' && Text[1] is '0' or '1')
            && CharClasses.IsAsciiDigit(Text[2]) && CharClasses.IsAsciiDigit(Text[3]);

    /// <summary>Punctuation that ends a clause (',', ';', ':', brackets, dashes with spaces).</summary>
    public bool IsClauseBoundary => (_flags & ClauseBoundaryFlag) != 0;

    /// <summary>A conjunction that starts a new statement inside a clause (<see cref="NamingLexicon.ClauseConjunctions"/>).</summary>
    public bool IsClauseConjunction => Traits.IsClauseConjunction;

    /// <summary>A scale word that belongs to a number ("million"), never to a name.</summary>
    public bool IsScaleWord => Traits.IsScaleWord;

    /// <summary>A preposition that introduces a topic ("in", "for").</summary>
    public bool IsTopicPreposition => Traits.IsTopicPreposition;

    /// <summary>The first word of a phrase in <see cref="NamingLexicon.Abbreviations"/>.</summary>
    public bool IsAbbreviationStart => Traits.IsAbbreviationStart;

    /// <summary>Whether the word is the given lower-case word.</summary>
    public bool Is(string lower) => Lower == lower;
}
