using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Numbers;

/// <summary>
/// Decides when digits are not an amount at all: part of a name ("Model 3", "No. 1"), a code
/// (phone numbers, stock codes, "1111-2222"), a version ("2.3.1", "version 4") or a vague amount
/// ("tens of billions", "two or three").
/// </summary>
internal static class NumberGuards
{
    // Per lexicon: the capitalized words that may stand before a number without making it part of a name
    // (function-words), and the lower-case words after which a number is an identifier, not an amount (identifier-words).
    private static readonly PerLexicon<GuardWords> Words = new(lexicon => new GuardWords(lexicon));

    private sealed class GuardWords
    {
        public GuardWords(Lexicon lexicon)
        {
            FunctionWords = new WordSet(lexicon.List("function-words"));
            IdentifierWords = new WordSet(lexicon.List("identifier-words"));
        }

        public WordSet FunctionWords { get; }

        public WordSet IdentifierWords { get; }
    }

    /// <summary>How the number at <paramref name="i"/> names or identifies something rather than counting it, if it does.</summary>
    public static Identified IdentifiedBy(TokenList tokens, int i)
    {
        var prev = i - 1;
        if (!TokenScan.InSentence(tokens, prev, i))
        {
            return Identified.No;
        }

        var words = Words.For(tokens.Lexicon);
        var p = tokens[prev];
        if (p.Is('#') || p.Is('+') || (p.Is('.') && TokenScan.InSentence(tokens, prev - 1, i) && words.IdentifierWords.Contains(tokens[prev - 1].Text)))
        {
            return Identified.ByMark;
        }

        if (p.Is(':') && TokenScan.InSentence(tokens, prev - 1, i) && IsAllCaps(tokens[prev - 1]))
        {
            return Identified.ByMark; // "HKG: 1810"
        }

        if (TokenScan.IsDashToken(p) && !p.SpaceBefore && !tokens[i].SpaceBefore && TokenScan.InSentence(tokens, prev - 1, i) && tokens.KindAt(prev - 1) == TokenKind.Word)
        {
            return Identified.ByMark; // "COVID-19", "F-35"
        }

        if (p.Kind != TokenKind.Word)
        {
            return Identified.No;
        }

        if (words.IdentifierWords.Contains(p.Text))
        {
            return Identified.ByMark;
        }

        return p.IsCapitalized && !words.FunctionWords.Contains(p.Text) && !tokens.Lexicon.Months.IsMonthOrWeekday(p.Text) && !IsPossessive(p.Text)
            ? Identified.ByNameWord : Identified.No;
    }

    /// <summary>Whether, and by what, a number is marked as naming something (see <see cref="IdentifiedBy"/>).</summary>
    public enum Identified
    {
        /// <summary>It counts.</summary>
        No,

        /// <summary>By a sign or a word that always makes it a name or code ("#3", "No. 1", "HKG: 1810", "F-35", "Model 3", "Room 101").</summary>
        ByMark,

        /// <summary>
        /// Only by a capitalized word right before it ("Xiaomi 15", "Boeing 737"): a word that may also be a sentence's first
        /// word ("Add 2 cups"), so a unit after the number still makes it a measure.
        /// </summary>
        ByNameWord,
    }

    /// <summary>Whether the number at <paramref name="i"/> is glued to other digits by dashes or dots ("555-1234", "1810.HK", "2.3.1").</summary>
    public static bool IsCode(TokenList tokens, int i)
    {
        var next = i + 1;
        if (TokenScan.IsTouchingDash(tokens, next, i) && tokens.KindAt(next + 1) is TokenKind.Number)
        {
            return true;
        }

        if (TokenScan.InSentence(tokens, i - 2, i) && !tokens[i].SpaceBefore && TokenScan.IsDashToken(tokens[i - 1]) && !tokens[i - 1].SpaceBefore && tokens.KindAt(i - 2) == TokenKind.Number)
        {
            return true;
        }

        if (TokenScan.InSentence(tokens, next + 1, i) && tokens[next].Is('.') && !tokens[next].SpaceBefore && !tokens[next + 1].SpaceBefore && tokens.KindAt(next + 1) != TokenKind.Symbol)
        {
            return true; // "1810.HK", "2.3.1" split as "2.3" "." "1"
        }

        return tokens.KindAt(i) == TokenKind.Number && CountDots(tokens[i].Text) > 1;
    }

    /// <summary>Whether the number starting at <paramref name="first"/> and ending at <paramref name="last"/> is vague ("tens of billions", "two or three").</summary>
    public static bool IsVague(TokenList tokens, int first, int last)
    {
        if (TokenScan.IsWordIn(tokens, last + 1, first, FormWords.Of(tokens.Lexicon).Or) && TokenScan.InSentence(tokens, last + 2, first) && StartsNumber(tokens, last + 2))
        {
            return true;
        }

        return TokenScan.IsWordIn(tokens, first - 1, first, FormWords.Of(tokens.Lexicon).Or) && TokenScan.InSentence(tokens, first - 2, first) && StartsNumber(tokens, first - 2);
    }

    /// <summary>Whether the token at <paramref name="i"/> starts a vague plural amount ("tens of", "hundreds of millions").</summary>
    public static bool IsVagueScale(TokenList tokens, int i)
        => tokens.Lexicon.Scales.Vague.Contains(tokens[i].Text) && TokenScan.IsWordIn(tokens, i + 1, i, FormWords.Of(tokens.Lexicon).OfWord);

    // "Tesla's 15-year" counts; "Model 3" names.
    private static bool IsPossessive(string word)
        => word.Length > 2 && (word[word.Length - 1] == 's' || word[word.Length - 1] == 'S') && CharClasses.IsApostrophe(word[word.Length - 2]);

    private static bool StartsNumber(TokenList tokens, int i)
        => tokens.KindAt(i) == TokenKind.Number || (tokens.KindAt(i) == TokenKind.Word && SpelledNumbers.Of(tokens.Lexicon).IsNumberWord(tokens[i].Text));

    private static bool IsAllCaps(Token token)
    {
        if (token.Kind != TokenKind.Word || token.Text.Length < 2)
        {
            return false;
        }

        foreach (var c in token.Text)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountDots(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                count++;
            }
        }

        return count;
    }
}
