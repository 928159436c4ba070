using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Numbers;

/// <summary>Bounds-checked token look-ups shared by the numeric recognizers.</summary>
internal static class TokenScan
{
    /// <summary>Whether <paramref name="i"/> is a token index of the same sentence as token <paramref name="anchor"/>.</summary>
    public static bool InSentence(TokenList tokens, int i, int anchor)
        => (uint)i < (uint)tokens.Count && (uint)anchor < (uint)tokens.Count && tokens.SentenceAt(i) == tokens.SentenceAt(anchor);

    // The helpers below read each token once and test its own text before the anchor's sentence: most tokens
    // fail there, and a token read builds its view (text included) every time.

    /// <summary>Whether token <paramref name="i"/> exists (in the anchor's sentence) and is the word <paramref name="word"/>, ignoring case.</summary>
    public static bool IsWord(TokenList tokens, int i, int anchor, string word)
    {
        if ((uint)i >= (uint)tokens.Count || (uint)anchor >= (uint)tokens.Count)
        {
            return false;
        }

        var token = tokens[i];
        return token.IsWord(word) && token.Sentence == tokens.SentenceAt(anchor);
    }

    /// <summary>Whether token <paramref name="i"/> exists (in the anchor's sentence) and is one of <paramref name="words"/>, ignoring case.</summary>
    public static bool IsWordIn(TokenList tokens, int i, int anchor, WordSet words)
    {
        if ((uint)i >= (uint)tokens.Count || (uint)anchor >= (uint)tokens.Count)
        {
            return false;
        }

        var token = tokens[i];
        return words.Contains(token.Text) && token.Sentence == tokens.SentenceAt(anchor);
    }

    /// <summary>Whether token <paramref name="i"/> exists (in the anchor's sentence) and is the single character <paramref name="c"/>.</summary>
    public static bool IsChar(TokenList tokens, int i, int anchor, char c)
    {
        if ((uint)i >= (uint)tokens.Count || (uint)anchor >= (uint)tokens.Count)
        {
            return false;
        }

        var token = tokens[i];
        return token.Is(c) && token.Sentence == tokens.SentenceAt(anchor);
    }

    /// <summary>Whether token <paramref name="i"/> is a dash that touches both neighbours ("15-year").</summary>
    public static bool IsTouchingDash(TokenList tokens, int i, int anchor)
    {
        if ((uint)i >= (uint)tokens.Count || i + 1 >= tokens.Count || (uint)anchor >= (uint)tokens.Count)
        {
            return false;
        }

        var token = tokens[i];
        return IsDashToken(token) && !token.SpaceBefore && !tokens[i + 1].SpaceBefore && token.Sentence == tokens.SentenceAt(anchor);
    }

    /// <summary>Whether the token is one dash character.</summary>
    public static bool IsDashToken(Token token) => token.Text.Length == 1 && CharClasses.IsDash(token.Text[0]);

    /// <summary>Whether the token is a word starting with a lower-case letter.</summary>
    public static bool IsLowerWord(Token token) => token.Kind == TokenKind.Word && char.IsLower(token.Text[0]);

    /// <summary>Whether the token is a four-digit year-like number without separators (1500..2199).</summary>
    public static bool IsYear(Token token, out int year)
    {
        year = 0;
        return token.Kind == TokenKind.Number && token.Text.Length == 4 && IsYearText(token.Text, 0, out year);
    }

    /// <summary>Whether four digits at <paramref name="start"/> of <paramref name="text"/> are a year (1500..2199).</summary>
    public static bool IsYearText(string text, int start, out int year)
    {
        year = 0;
        if (text.Length < start + 4)
        {
            return false;
        }

        for (var k = start; k < start + 4; k++)
        {
            if (!CharClasses.IsAsciiDigit(text[k]))
            {
                return false;
            }

            year = (year * 10) + (text[k] - '0');
        }

        return year is >= 1500 and <= 2199;
    }

    /// <summary>Parses a plain non-negative integer token ("5", "31"); false for separators or decimals.</summary>
    public static bool IsPlainInteger(Token token, out int value)
    {
        value = 0;
        if (token.Kind != TokenKind.Number || token.Text.Length > 9)
        {
            return false;
        }

        foreach (var c in token.Text)
        {
            if (!CharClasses.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Whether the token is a clause boundary: punctuation that ends a phrase, or nothing at all.</summary>
    public static bool IsBoundary(TokenList tokens, int i, int anchor)
    {
        if (!InSentence(tokens, i, anchor))
        {
            return true;
        }

        var t = tokens[i];
        return t.Kind == TokenKind.Symbol && (t.Is('.') || t.Is(',') || t.Is(';') || t.Is(':') || t.Is(')') || t.Is('!') || t.Is('?') || t.Is('"') || t.Is('\u201D') || IsDashToken(t));
    }

    /// <summary>Case-insensitive set of words.</summary>
    public static WordSet Set(params string[] words) => new(words);

    /// <summary>"to", a dash touching both bounds, or "and" after "between": what joins the bounds of a range at token <paramref name="j"/>.</summary>
    public static bool IsRangeJoiner(TokenList tokens, int j, bool isBetween)
        => isBetween
            ? FormWords.Of(tokens.Lexicon).And.Contains(tokens[j].Text)
            : FormWords.Of(tokens.Lexicon).To.Contains(tokens[j].Text) || (IsDashToken(tokens[j]) && !tokens[j].SpaceBefore && !tokens[j + 1].SpaceBefore);
}
