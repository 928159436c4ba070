using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>Reads the parts of a date: month names (with the guards that keep "Zhang Jun", "Theresa May" and modal "may" out), days, quarters and lead-in prepositions.</summary>
internal static class DateReader
{
    // Prepositions kept in a date's text ("in 2025", "by March 2026"), per lexicon.
    private static readonly PerLexicon<WordSet> Prepositions = new(lexicon => new WordSet(lexicon.List("date-prepositions")));

    /// <summary>Reads a month name at <paramref name="i"/>: a full name, or a capitalized abbreviation ("Sept.") with its period; <paramref name="last"/> is its last token.</summary>
    public static bool TryMonth(TokenList tokens, int i, int anchor, out int month, out int last)
    {
        month = 0;
        last = i;
        if (!TokenScan.InSentence(tokens, i, anchor) || tokens.KindAt(i) != TokenKind.Word)
        {
            return false;
        }

        var token = tokens[i];
        if (!tokens.Lexicon.Months.TryGetMonth(token.Text, allowAbbreviation: token.IsCapitalized || IsNextToDigits(tokens, i, anchor), out month, out var abbreviated))
        {
            return false;
        }

        // Lower-case "may" and "march" are mostly verbs: a month before a day written as an ordinal ("may 12th"), and
        // "march" before a day's digits too ("march 3, 2015").
        if ((token.Text == "may" || (token.IsWord("march") && !token.IsCapitalized && !IsLowerCaseText(tokens, i))) && !IsOrdinalDayNext(tokens, i, anchor))
        {
            return false;
        }

        if (abbreviated && TokenScan.IsChar(tokens, i + 1, anchor, '.') && !tokens[i + 1].SpaceBefore)
        {
            last = i + 1;
        }

        return !IsInsideName(tokens, i) || IsFollowedByDateDigits(tokens, last, anchor);
    }

    /// <summary>Reads a month name at <paramref name="i"/> after a day ("3rd of may", "9 march"): any month name, with the period of an abbreviation.</summary>
    public static bool TryMonthAfterDay(TokenList tokens, int i, int anchor, out int month, out int last)
    {
        month = 0;
        last = i;
        if (!TokenScan.InSentence(tokens, i, anchor) || tokens.KindAt(i) != TokenKind.Word || !tokens.Lexicon.Months.TryGetMonth(tokens[i].Text, allowAbbreviation: true, out month, out var abbreviated))
        {
            return false;
        }

        if (abbreviated && TokenScan.IsChar(tokens, i + 1, anchor, '.') && !tokens[i + 1].SpaceBefore)
        {
            last = i + 1;
        }

        return true;
    }

    /// <summary>Reads a month name at <paramref name="i"/> where a day or a year is known to stand next to it ("jan twenty two, 2018"): a lower-case abbreviation counts too.</summary>
    public static bool TryMonthInDate(TokenList tokens, int i, int anchor, out int month)
    {
        month = 0;
        return TokenScan.InSentence(tokens, i, anchor) && tokens.KindAt(i) == TokenKind.Word && !(tokens[i].Text == "may")
            && tokens.Lexicon.Months.TryGetMonth(tokens[i].Text, allowAbbreviation: true, out month, out _) && (!IsInsideName(tokens, i) || IsFollowedByDateDigits(tokens, i, anchor));
    }

    // A lower-case abbreviation ("nov") is a month next to digits ("14 nov 2023", "nov 2023").
    private static bool IsNextToDigits(TokenList tokens, int i, int anchor)
        => (TokenScan.InSentence(tokens, i + 1, anchor) && tokens.KindAt(i + 1) == TokenKind.Number)
        || (TokenScan.InSentence(tokens, i - 1, anchor) && tokens.KindAt(i - 1) == TokenKind.Number);

    // "Korea Nov 18 2014", "Korea Jan-Feb 2017": a month after a capitalized word is no surname when a day or a range of months follows.
    private static bool IsFollowedByDateDigits(TokenList tokens, int last, int anchor)
        => TokenScan.InSentence(tokens, last + 1, anchor)
        && ((tokens.KindAt(last + 1) == TokenKind.Number && tokens[last + 1].Text.Length <= 2) || (TokenScan.IsTouchingDash(tokens, last + 1, anchor) && tokens.Lexicon.Months.IsMonthName(tokens[last + 2].Text)));

    /// <summary>Reads a month name glued to its day ("Dec31", "June5").</summary>
    public static bool TryGluedMonthDay(Token token, MonthTable months, out int month, out int day)
    {
        month = 0;
        day = 0;
        var text = token.Text;
        if (token.Kind != TokenKind.Mixed)
        {
            return false;
        }

        var split = 0;
        while (split < text.Length && char.IsLetter(text[split]))
        {
            split++;
        }

        if (split < 3 || split == text.Length || text.Length - split > 2)
        {
            return false;
        }

        for (var k = split; k < text.Length; k++)
        {
            if (!CharClasses.IsAsciiDigit(text[k]))
            {
                return false;
            }

            day = (day * 10) + (text[k] - '0');
        }

        return day is >= 1 and <= 31 && months.TryGetMonth(text.Substring(0, split), allowAbbreviation: true, out month, out _) && month != 0;
    }

    /// <summary>
    /// Reads a day of month spelled out that ends at token <paramref name="q"/>: an ordinal ("first", "twenty-second",
    /// "twenty second"), or when <paramref name="allowCardinal"/> a cardinal ("twenty two"); <paramref name="first"/> is its first token.
    /// </summary>
    public static bool TrySpelledDayEndingAt(TokenList tokens, int q, int claimedBefore, int anchor, bool allowCardinal, out int day, out int first)
    {
        day = 0;
        first = q;
        if (q <= claimedBefore || !TokenScan.InSentence(tokens, q, anchor) || tokens.KindAt(q) != TokenKind.Word)
        {
            return false;
        }

        var text = tokens[q].Text;
        var numbers = SpelledNumbers.Of(tokens.Lexicon);
        if (!numbers.SpelledOrdinals.TryGetValue(text, out var value) && !(allowCardinal && numbers.Units.TryGetValue(text, out value) && value >= 1))
        {
            return false;
        }

        if (value < 10)
        {
            var k = q - 1;
            if (k - 1 > claimedBefore && TokenScan.IsTouchingDash(tokens, k, anchor))
            {
                k--;
            }

            if (k > claimedBefore && TokenScan.InSentence(tokens, k, anchor) && numbers.Tens.TryGetValue(tokens[k].Text, out var ten) && ten <= 30)
            {
                value += ten;
                first = k;
            }
        }

        day = value;
        return value is >= 1 and <= 31;
    }

    /// <summary>Reads a day of month at <paramref name="i"/>: "5", "05" or "5th".</summary>
    public static bool TryDay(TokenList tokens, int i, int anchor, out int day)
    {
        day = 0;
        if (!TokenScan.InSentence(tokens, i, anchor))
        {
            return false;
        }

        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            return IsDayNumber(token, out day);
        }

        if (token.Kind != TokenKind.Mixed || token.Text.Length < 3 || token.Text.Length > 4)
        {
            return false;
        }

        var digits = token.Text.Length - 2;
        var suffix = token.Text.Substring(digits);
        if (!(suffix.Equals("st", System.StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", System.StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", System.StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", System.StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return NumberParser.TryDigits(token.Text, 0, digits, out var value, out _) && value is >= 1m and <= 31m && (day = (int)value) > 0;
    }

    /// <summary>Reads an ordinal in digits with its suffix ("3rd", "21st"), of any size.</summary>
    public static bool TryDigitOrdinal(Token token, out int value)
    {
        value = 0;
        var text = token.Text;
        return token.Kind == TokenKind.Mixed && text.Length is 3 or 4 && NumberParser.TryDigits(text, 0, text.Length - 2, out var digits, out _)
            && (value = (int)digits) > 0 && char.IsLetter(text[text.Length - 1]) && char.IsLetter(text[text.Length - 2]);
    }

    /// <summary>Whether number token <paramref name="token"/> is a day of month written in digits ("5", "05").</summary>
    public static bool IsDayNumber(Token token, out int day)
    {
        day = 0;
        return token.Text.Length <= 2 && TokenScan.IsPlainInteger(token, out day) && day is >= 1 and <= 31;
    }

    /// <summary>Reads "Q1".."Q4" ("1Q".."4Q") at <paramref name="i"/>.</summary>
    public static bool TryQuarterCode(TokenList tokens, int i, int anchor, out int quarter)
        => TryLetterCode(tokens, i, anchor, 'Q', 4, out quarter);

    /// <summary>Reads "H1" or "H2" ("1H", "2H") at <paramref name="i"/>.</summary>
    public static bool TryHalfCode(TokenList tokens, int i, int anchor, out int half)
        => TryLetterCode(tokens, i, anchor, 'H', 2, out half);

    /// <summary>
    /// Extends a date that starts at <paramref name="start"/> back over "the" and a preposition ("in the first
    /// quarter of 2025"); returns the first token of the text and whether a preposition was found.
    /// </summary>
    public static int WithPreposition(TokenList tokens, int start, int claimedBefore, out bool found)
    {
        found = false;
        var k = start - 1;
        if (k > claimedBefore && TokenScan.IsWord(tokens, k, start, "the"))
        {
            k--;
        }

        if (k > claimedBefore && TokenScan.InSentence(tokens, k, start))
        {
            var word = tokens[k];
            if (word.IsWord("of") && k - 1 > claimedBefore && TokenScan.IsWord(tokens, k - 1, start, "as"))
            {
                found = true;
                return k - 1;
            }

            if (word.Kind == TokenKind.Word && Prepositions.For(tokens.Lexicon).Contains(word.Text))
            {
                found = true;
                return k;
            }

            // "extended to 2030", "runs to 2025"; not "up to 2025" nor "5% to 2025".
            if (word.IsWord("to") && k - 1 > claimedBefore && TokenScan.InSentence(tokens, k - 1, start) && tokens.KindAt(k - 1) == TokenKind.Word && !tokens[k - 1].IsWord("up"))
            {
                found = true;
                return k;
            }
        }

        return start;
    }

    // A month name right after a capitalized word that is not a preposition or weekday is a surname ("Theresa May", "Zhang Jun").
    private static bool IsInsideName(TokenList tokens, int i)
    {
        var prev = i - 1;
        if (!TokenScan.InSentence(tokens, prev, i) || tokens.KindAt(prev) != TokenKind.Word || !tokens[prev].IsCapitalized)
        {
            return false;
        }

        var isFirstOfSentence = prev == 0 || tokens.SentenceAt(prev - 1) != tokens.SentenceAt(prev);
        return !Prepositions.For(tokens.Lexicon).Contains(tokens[prev].Text) && !tokens.Lexicon.Months.IsMonthOrWeekday(tokens[prev].Text) && !(isFirstOfSentence && IsSentenceOpener(tokens[prev].Text))
            && !tokens[prev].IsWord("the") && !tokens[prev].IsWord("of") && !tokens[prev].IsWord("early") && !tokens[prev].IsWord("late") && !tokens[prev].IsWord("mid");
    }

    private static bool IsSentenceOpener(string word) => word is "Since" or "Until" or "By" or "In" or "On" or "From" or "Through" or "During" or "Last" or "Next" or "This" or "Early" or "Late";

    // "may 12th", "march 3rd": a day in digits with its ordinal suffix right after the word.
    private static bool IsOrdinalDayNext(TokenList tokens, int i, int anchor)
        => TokenScan.InSentence(tokens, i + 1, anchor) && tokens.KindAt(i + 1) == TokenKind.Mixed && TryDay(tokens, i + 1, anchor, out _);

    // Lower-cased input (tokenized newswire) writes months in lower case too.
    private static bool IsLowerCaseText(TokenList tokens, int i)
        => TokenScan.InSentence(tokens, i + 1, i) && tokens.KindAt(i + 1) == TokenKind.Number;

    private static bool TryLetterCode(TokenList tokens, int i, int anchor, char letter, int max, out int value)
    {
        value = 0;
        if (!TokenScan.InSentence(tokens, i, anchor))
        {
            return false;
        }

        // "Q3" or, as analysts write it, "3Q".
        var text = tokens[i].Text;
        if (tokens.KindAt(i) != TokenKind.Mixed || text.Length != 2)
        {
            return false;
        }

        var digit = char.ToUpperInvariant(text[0]) == letter ? text[1] : char.ToUpperInvariant(text[1]) == letter ? text[0] : 'x';
        if (!CharClasses.IsAsciiDigit(digit))
        {
            return false;
        }

        value = digit - '0';
        return value >= 1 && value <= max;
    }
}
