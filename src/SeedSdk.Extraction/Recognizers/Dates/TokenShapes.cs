using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>
/// What a token may be to the elements of a table's date forms, as bits: its kind, the readings of digits the
/// elements test (a year, a month or a day), a month name, a spelled number, its sign, and which of the forms' literal
/// words it is. Each element has the bits it may read (<see cref="Accepted"/>), so a form whose element cannot read
/// the token is passed over with a mask test. The bits say no only where the element's reader would
/// (<see cref="DateFormMatcher"/>). A text's bits are worked out once per document (<see cref="NumericScan.DateShapes"/>).
/// </summary>
internal sealed class TokenShapes
{
    /// <summary>The token has no space before it.</summary>
    public const uint Touching = 1u << 0;

    private const uint Known = 1u << 1;
    private const uint Year = 1u << 2;
    private const uint MonthDigits = 1u << 3;
    private const uint TwoDigitMonth = 1u << 4;
    private const uint DayDigits = 1u << 5;
    private const uint TwoDigitDay = 1u << 6;
    private const uint ShortNumber = 1u << 7; // a plain integer of one or two digits
    private const uint Number = 1u << 8;
    private const uint Word = 1u << 9;
    private const uint MonthWord = 1u << 10;
    private const uint SpelledWord = 1u << 11;
    private const uint Mixed = 1u << 12;
    private const uint Slash = 1u << 13;
    private const uint Dash = 1u << 14;
    private const uint Dot = 1u << 15;
    private const uint Comma = 1u << 16;
    private const uint Apostrophe = 1u << 17;
    private const uint Sign = 1u << 18; // any one-character token that is no letter nor digit
    private const int FirstLiteralBit = 19;
    private const int LiteralBits = 32 - FirstLiteralBit;

    /// <summary>Every bit: an element that reads any token.</summary>
    public const uint Any = uint.MaxValue;

    // The bits a token of each kind may have (Known and Touching aside), by TokenKind.
    private const uint NumberBits = Year | MonthDigits | TwoDigitMonth | DayDigits | TwoDigitDay | ShortNumber | Number;
    private const uint WordBits = Word | MonthWord | SpelledWord | ~0u << FirstLiteralBit;
    private const uint SignBits = Slash | Dash | Dot | Comma | Apostrophe | Sign;

    /// <summary>The kinds of token (one bit per <see cref="TokenKind"/>) that may have one of <paramref name="bits"/>.</summary>
    public static int KindsOf(uint bits)
        => ((bits & WordBits) != 0 ? 1 << (int)TokenKind.Word : 0)
        | ((bits & NumberBits) != 0 ? 1 << (int)TokenKind.Number : 0)
        | ((bits & Mixed) != 0 ? 1 << (int)TokenKind.Mixed : 0)
        | ((bits & SignBits) != 0 ? 1 << (int)TokenKind.Symbol : 0)
        | ((bits & Known) != 0 ? AllKinds : 0);

    /// <summary>Every kind of token.</summary>
    public const int AllKinds = (1 << (int)TokenKind.Word) | (1 << (int)TokenKind.Number) | (1 << (int)TokenKind.Mixed) | (1 << (int)TokenKind.Symbol);

    // The literal words of the forms ("of", "quarter", "s"), each with its bit; words past the bits have none,
    // and an element reading them accepts any word.
    private readonly WordMap<int> _literals = new();

    /// <summary>Gives a bit to each literal word of <paramref name="forms"/>.</summary>
    public TokenShapes(IEnumerable<DateForm> forms)
    {
        var next = 0;
        foreach (var form in forms)
        {
            foreach (var element in form.Elements)
            {
                foreach (var word in element.Words ?? System.Array.Empty<string>())
                {
                    if (next < LiteralBits && !_literals.ContainsKey(word))
                    {
                        _literals[word] = next++;
                    }
                }
            }
        }

        if (next < LiteralBits && !_literals.ContainsKey(LastWord))
        {
            _literals[LastWord] = next;
        }
    }

    /// <summary>The word of <see cref="DatePart.LastPart"/>.</summary>
    public const string LastWord = "last";

    /// <summary>The bits of token <paramref name="k"/> of the scan's document; none for a token outside the sentence of <paramref name="anchor"/>.</summary>
    public uint Of(NumericScan scan, int k, int anchor)
    {
        var tokens = scan.Tokens;
        if (!TokenScan.InSentence(tokens, k, anchor))
        {
            return 0;
        }

        var known = scan.DateShapes;
        var id = tokens.TextIdAt(k);
        var bits = known[id];
        if (bits == 0)
        {
            bits = Known | Read(tokens[k], tokens.Lexicon);
            known[id] = bits;
        }

        return tokens.SpaceBeforeAt(k) ? bits : bits | Touching;
    }

    /// <summary>
    /// The bits any token with the text and kind of <paramref name="token"/> may have, touching the token before it or
    /// not (both readings: every element that may read one of them is counted), as <see cref="Of"/> gives in its sentence.
    /// </summary>
    public uint OfText(Token token, Lexicon lexicon) => Known | Touching | Read(token, lexicon);

    /// <summary>The bits an element may read: a token with none of them is not read by it.</summary>
    public uint Accepted(DateElement element)
    {
        var parts = element.Parts;
        if ((parts & (DatePart.ListWord | DatePart.Ordinal | DatePart.Nth | DatePart.Count)) != 0)
        {
            return Any; // read before the token's kind is looked at
        }

        var bits = 0u;
        bits |= (parts & DatePart.Year) != 0 ? Year : 0;
        bits |= (parts & DatePart.Month) != 0 ? MonthDigits : 0;
        bits |= (parts & DatePart.TwoDigitMonth) != 0 ? TwoDigitMonth : 0;
        bits |= (parts & DatePart.Day) != 0 ? DayDigits : 0;
        bits |= (parts & DatePart.TwoDigitDay) != 0 ? TwoDigitDay : 0;
        bits |= (parts & DatePart.DayOrMonth) != 0 ? ShortNumber : 0;
        bits |= (parts & DatePart.DayOrOrdinal) != 0 ? Number | Mixed : 0;
        bits |= (parts & (DatePart.QuarterCode | DatePart.HalfCode | DatePart.GluedMonthDay)) != 0 ? Mixed : 0;
        bits |= (parts & (DatePart.MonthName | DatePart.ClearMonth | DatePart.DatedMonth)) != 0 ? MonthWord : 0;
        bits |= (parts & DatePart.Spelled) != 0 ? SpelledWord : 0;
        bits |= (parts & DatePart.Slash) != 0 ? Slash : 0;
        bits |= (parts & DatePart.Dash) != 0 ? Dash : 0;
        bits |= (parts & DatePart.Dot) != 0 ? Dot : 0;
        bits |= (parts & DatePart.AnySign) != 0 ? Slash | Dash | Dot : 0;
        bits |= (parts & DatePart.SameSign) != 0 ? Sign : 0;
        bits |= (parts & DatePart.Comma) != 0 ? Comma : 0;
        bits |= (parts & DatePart.Apostrophe) != 0 ? Apostrophe : 0;
        bits |= (parts & DatePart.LastPart) != 0 ? LiteralOf(LastWord) : 0;
        foreach (var word in element.Words ?? System.Array.Empty<string>())
        {
            bits |= LiteralOf(word);
        }

        return bits;
    }

    /// <summary>The bits an element needs besides one of its own: <see cref="Touching"/> when it touches the token before it.</summary>
    public static uint Required(DateElement element)
        => element.Touches && (element.Parts & (DatePart.Spelled | DatePart.ListWord | DatePart.Ordinal | DatePart.Nth | DatePart.Count)) == 0 ? Touching : 0;

    private uint LiteralOf(string word) => _literals.TryGetValue(word, out var bit) ? 1u << (FirstLiteralBit + bit) : Word;

    private uint Read(Token token, Lexicon lexicon)
    {
        switch (token.Kind)
        {
            case TokenKind.Word:
                var numbers = SpelledNumbers.Of(lexicon);
                return Word
                    | (lexicon.Months.IsMonthName(token.Text) ? MonthWord : 0)
                    | (numbers.SpelledOrdinals.ContainsKey(token.Text) || numbers.Units.ContainsKey(token.Text) ? SpelledWord : 0)
                    | (_literals.TryGetValue(token.Text, out var bit) ? 1u << (FirstLiteralBit + bit) : 0);
            case TokenKind.Number:
                return Number | DigitsOf(token);
            case TokenKind.Mixed:
                return Mixed;
            default:
                return Sign
                    | (token.Is('/') ? Slash : 0)
                    | (TokenScan.IsDashToken(token) ? Dash : 0)
                    | (token.Is('.') ? Dot : 0)
                    | (token.Is(',') ? Comma : 0)
                    | (token.Text.Length == 1 && CharClasses.IsApostrophe(token.Text[0]) ? Apostrophe : 0);
        }
    }

    // What a number's digits may be: a year, or one or two digits read as a month or a day.
    private static uint DigitsOf(Token token)
    {
        if (TokenScan.IsYear(token, out _))
        {
            return Year;
        }

        var length = token.Text.Length;
        if (length > 2 || !TokenScan.IsPlainInteger(token, out var value))
        {
            return 0;
        }

        var bits = ShortNumber;
        if (value is >= 1 and <= 12)
        {
            bits |= MonthDigits | (length == 2 ? TwoDigitMonth : 0);
        }

        if (value >= 1)
        {
            bits |= DayDigits | (length == 2 ? TwoDigitDay : 0);
        }

        return bits;
    }
}
