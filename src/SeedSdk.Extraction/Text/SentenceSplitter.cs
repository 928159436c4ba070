using System;
using System.Collections.Generic;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// Assigns sentence indexes to tokens. A sentence ends at a line break, or after '.', '!', '?' or
/// '…' (and any closing quotes or brackets) when white space and a plausible sentence start follow,
/// unless the period closes a known abbreviation or a single initial. A dateline ("TOKYO, June 12 --")
/// is a sentence of its own.
/// </summary>
public static class SentenceSplitter
{
    private static readonly PerLexicon<AbbreviationWords> Abbreviations = new(lexicon => new AbbreviationWords(lexicon));

    private const int DatelineMaxTokens = 20;

    /// <summary>Splits <paramref name="tokens"/> in place (setting each token's sentence) and returns each sentence's token range.</summary>
    public static List<(int FirstToken, int TokenCount)> Split(TokenList tokens)
    {
        // Prose sentences run to 15 to 40 tokens: sized once, a long document's list is not doubled on the large object heap.
        var sentences = new List<(int, int)>(tokens.Count / 16 + 4);
        var first = 0;
        var last = tokens.Count - 1;
        for (var i = 0; i < last; i++)
        {
            // Only a line break or a mark ends a sentence (a terminal mark, a closing quote or bracket after one, or a
            // dateline's dash): after a word or number only the line break needs testing, and no view need be built.
            if (tokens.HasLineBreakBefore(i + 1) || (tokens.KindAt(i) == TokenKind.Symbol && EndsAfterMark(tokens, first, i)))
            {
                tokens.SetSentence(first, i, sentences.Count);
                sentences.Add((first, i - first + 1));
                first = i + 1;
            }
        }

        if (first <= last)
        {
            tokens.SetSentence(first, last, sentences.Count);
            sentences.Add((first, last - first + 1));
        }

        return sentences;
    }

    /// <summary>
    /// "SHANGHAI, March 3 --", "HONG KONG (Reuters) \u2014": a dash within a few tokens of a sentence that opens with
    /// words in capitals and a comma or parenthesis.
    /// </summary>
    private static bool EndsDateline(TokenList tokens, int first, int i)
    {
        if (i - first >= DatelineMaxTokens || i + 1 >= tokens.Count || !tokens[i + 1].SpaceBefore)
        {
            return false;
        }

        var token = tokens[i];
        var dash = ((token.Is('\u2014') || token.Is('\u2013')) && token.SpaceBefore)
            || (token.Is('-') && i > first && tokens[i - 1].Is('-') && !token.SpaceBefore && tokens[i - 1].SpaceBefore);
        return dash && OpensWithPlaceInCapitals(tokens, first, i);
    }

    private static bool OpensWithPlaceInCapitals(TokenList tokens, int first, int end)
    {
        var k = first;
        while (k < end && k < first + 3 && IsAllCapitals(tokens[k]))
        {
            k++;
        }

        return k > first && k < end && (tokens[k].Is(',') || tokens[k].Is('('));
    }

    private static bool IsAllCapitals(in Token token)
    {
        if (token.Kind != TokenKind.Word || token.Text.Length < 2)
        {
            return false;
        }

        foreach (var c in token.Text)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the symbol tokens[i], not followed by a line break, ends a sentence or a dateline that began at first.
    private static bool EndsAfterMark(TokenList tokens, int first, int i) => EndsSentenceAfter(tokens, i) || EndsDateline(tokens, first, i);

    // tokens[i] is a symbol and no line break follows it.
    private static bool EndsSentenceAfter(TokenList tokens, int i)
    {
        var next = tokens[i + 1];
        if (!next.SpaceBefore || (IsClosing(next) && !IsOpeningStraightQuote(tokens, i + 1)))
        {
            return false;
        }

        // Walk back over closing quotes/brackets to the terminal mark.
        var j = i;
        while (j > 0 && IsClosing(tokens[j]) && !IsOpeningStraightQuote(tokens, j))
        {
            j--;
        }

        var mark = tokens[j];
        if (mark.Is('!') || mark.Is('?') || mark.Is('\u2026'))
        {
            return StartsSentence(next);
        }

        if (!mark.Is('.') || j == 0)
        {
            return false;
        }

        var before = tokens[j - 1];
        if (before.End == mark.Start && IsDayOrdinalBeforeMonth(before, next, tokens.Lexicon))
        {
            return false;
        }

        if (before.End == mark.Start && IsAbbreviation(tokens, j - 1))
        {
            var abbreviations = Abbreviations.For(tokens.Lexicon);
            return !abbreviations.NeverEndsAfter.Contains(AbbreviationKey(tokens, j - 1)) && LooksLikeNewSentenceAfterAbbreviation(abbreviations, next);
        }

        return StartsSentence(next);
    }

    // "16. Nov. 2016", "1. January": a day's number written with the ordinal dot and then its month is one date.
    private static bool IsDayOrdinalBeforeMonth(in Token day, in Token next, Lexicon lexicon)
        => day.Kind == TokenKind.Number && day.Text.Length <= 2 && IsDayOfMonth(day.Text)
        && next.Kind == TokenKind.Word && lexicon.Months.TryGetMonth(next.Text, allowAbbreviation: true, out _, out _);

    private static bool IsDayOfMonth(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (!CharClasses.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value is >= 1 and <= 31;
    }

    private static bool LooksLikeNewSentenceAfterAbbreviation(AbbreviationWords abbreviations, in Token next)
        => next.Kind == TokenKind.Word && next.IsCapitalized && abbreviations.OpenersAfter.Contains(next.Text);

    private static bool IsAbbreviation(TokenList tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind == TokenKind.Word && token.Text.Length == 1 && char.IsUpper(token.Text[0]))
        {
            return true; // an initial: "J. Smith", "U.S."
        }

        var key = AbbreviationKey(tokens, index);
        return Abbreviations.For(tokens.Lexicon).All.Contains(key) || tokens.Lexicon.Months.IsAbbreviation(key);
    }

    private static string AbbreviationKey(TokenList tokens, int index)
    {
        // "e.g" / "u.s": a letter, a period, a letter, all touching.
        if (index >= 2 && tokens[index - 1].Is('.') && tokens.StartAt(index - 1) == tokens[index - 2].End && tokens.StartAt(index) == tokens[index - 1].End)
        {
            return tokens[index - 2].Text + "." + tokens[index].Text;
        }

        return tokens[index].Text;
    }

    private static bool StartsSentence(in Token next)
        => next.IsCapitalized || next.Kind is TokenKind.Number or TokenKind.Mixed || IsOpening(next) || next.Is('$') || next.Is('\u20AC') || next.Is('\u00A3');

    /// <summary>'year. "We': a straight quote with space before it and a word touching it after opens a quotation.</summary>
    private static bool IsOpeningStraightQuote(TokenList tokens, int k)
        => tokens[k].Is('"') && tokens[k].SpaceBefore && k + 1 < tokens.Count && !tokens[k + 1].SpaceBefore;

    private static bool IsClosing(in Token t) => t.Is('"') || t.Is('\'') || t.Is('\u201D') || t.Is('\u2019') || t.Is(')') || t.Is(']');

    private static bool IsOpening(in Token t) => t.Is('"') || t.Is('\u201C') || t.Is('(') || t.Is('[') || t.Is('\'') || t.Is('\u2018');

    /// <summary>
    /// The abbreviations of one lexicon (its lists <c>sentence-abbreviations</c> and
    /// <c>sentence-openers-after-abbreviation</c>); the month abbreviations are its <see cref="MonthTable"/>'s.
    /// </summary>
    private sealed class AbbreviationWords
    {
        public AbbreviationWords(Lexicon lexicon)
        {
            foreach (var row in lexicon.Rows("sentence-abbreviations"))
            {
                All.Add(row[0]);
                if (row.Length > 1)
                {
                    NeverEndsAfter.Add(row[1] == "never-ends" ? row[0] : throw new FormatException("Unknown mark '" + row[1] + "' of the abbreviation '" + row[0] + "'."));
                }
            }

            OpenersAfter = new HashSet<string>(lexicon.List("sentence-openers-after-abbreviation"), StringComparer.Ordinal);
        }

        /// <summary>The abbreviations, without their final period ("e.g").</summary>
        public HashSet<string> All { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The abbreviations after whose period a sentence never ends ("Dr. Smith").</summary>
        public HashSet<string> NeverEndsAfter { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The words that open a new sentence after an abbreviation's period ("... Corp. The company").</summary>
        public HashSet<string> OpenersAfter { get; }
    }
}
