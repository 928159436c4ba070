using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Pipeline;
using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Dates;

/// <summary>
/// Dates anchored on a written year: "in 2025", "by March 2026", "March 5, 2025", "5 March 2025",
/// "2025-03-05", "Q1 2025", "the first quarter of 2025", "early 2025", "fiscal 2024". Halves of a year
/// ("the first half of 2025", "H2 2024") are periods. A bare year needs date scan (a preposition
/// or a modifier): "the 2025 model" is a label.
/// </summary>
internal static class DateRecognizer
{
    // Words before a year that make it a date on their own ("early 2025", "fiscal 2024").
    private static readonly WordSet YearModifiers = TokenScan.Set(
        "early", "late", "mid", "fiscal", "fy", "calendar", "year", "spring", "summer", "autumn", "fall", "winter", "end", "year-end");

    // Nouns before "of YEAR" that make it a date ("the end of 2025").
    private static readonly WordSet PartsOfYear = TokenScan.Set("end", "start", "beginning", "middle", "close", "rest", "remainder", "course");

    /// <summary>Tries to read a fiscal year written as one token ("FY2024", "FY24"), with a preposition before it.</summary>
    public static bool TryFiscalCode(NumericScan scan, int i, out Candidate candidate)
    {
        var text = scan.Tokens[i].Text;
        var isFiscal = text.Length > 1 && (text[0] == 'F' || text[0] == 'f') && (text[1] == 'Y' || text[1] == 'y');
        return TryYearCode(scan, i, isFiscal, quarter: 0, out candidate);
    }

    /// <summary>Tries to read an analysts' quarter code, "1Q25" or "3Q2024", as that quarter.</summary>
    public static bool TryQuarterCode(NumericScan scan, int i, out Candidate candidate)
    {
        var text = scan.Tokens[i].Text;
        var isQuarter = text.Length > 1 && text[0] is >= '1' and <= '4' && (text[1] == 'Q' || text[1] == 'q');
        return TryYearCode(scan, i, isQuarter, quarter: isQuarter ? text[0] - '0' : 0, out candidate);
    }

    // A two-letter code then a two- or four-digit year in one token, with a preposition before it.
    private static bool TryYearCode(NumericScan scan, int i, bool hasCode, int quarter, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        var text = tokens[i].Text;
        if (!hasCode || tokens.KindAt(i) != TokenKind.Mixed || (text.Length != 4 && text.Length != 6)
            || !NumberParser.TryDigits(text, 2, text.Length, out var digits, out _) || digits != decimal.Truncate(digits))
        {
            return false;
        }

        var year = text.Length == 4 ? 2000 + (int)digits : (int)digits;
        if (year is < 1900 or > 2199)
        {
            return false;
        }

        var first = DateReader.WithPreposition(tokens, i, scan.ClaimedBefore, out _);
        candidate = Emit(scan, first, i, new DatePoint(i, i, year, 0, 0, quarter));
        return true;
    }

    // "the targets for 2025 and 2030": a year joined by "and"/"or" to a year just read as a date shares its context.
    private static bool IsCoordinatedYear(TokenList tokens, int first, int claimedBefore)
        => first >= 2 && claimedBefore == first - 2 && (tokens[first - 1].IsWord("and") || tokens[first - 1].IsWord("or"))
            && TokenScan.IsYear(tokens[first - 2], out _);

    /// <summary>Tries to read a date (or a half-year period) whose year is token <paramref name="i"/>.</summary>
    public static bool TryMatch(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var claimedBefore = scan.ClaimedBefore;
        var tokens = scan.Tokens;
        if (!TokenScan.IsYear(tokens[i], out var year))
        {
            return false;
        }

        if (TryIso(scan, i, year, claimedBefore, out candidate) || TryYearThenQuarter(scan, i, year, claimedBefore, out candidate))
        {
            return true;
        }

        var point = ReadBackward(scan, i, year, claimedBefore, out var hasContext, out var half);
        var first = DateReader.WithPreposition(tokens, point.First, claimedBefore, out var hasPreposition);
        if (!hasContext && !hasPreposition && !IsCoordinatedYear(tokens, point.First, claimedBefore))
        {
            return false;
        }

        if (half != 0)
        {
            var start = new DatePoint(first, i, year, half == 1 ? 1 : 7, 0, 0);
            var end = start with { Month = half == 1 ? 6 : 12 };
            candidate = new Candidate(first, i, scan.Fact(FactKind.Period, first, i, start: scan.Iso(start), end: scan.Iso(end)));
            return true;
        }

        candidate = Emit(scan, first, i, point);
        return true;
    }

    // "2025-03-05", "2025-03".
    private static bool TryIso(NumericScan scan, int i, int year, int claimedBefore, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        if (!TokenScan.IsTouchingDash(tokens, i + 1, i) || !IsTwoDigits(tokens[i + 2], out var month) || month is < 1 or > 12)
        {
            return false;
        }

        var last = i + 2;
        var day = 0;
        if (TokenScan.IsTouchingDash(tokens, i + 3, i) && IsTwoDigits(tokens[i + 4], out var d) && d >= 1 && d <= MonthTable.DaysIn(year, month))
        {
            day = d;
            last = i + 4;
        }

        var first = DateReader.WithPreposition(tokens, i, claimedBefore, out _);
        candidate = Emit(scan, first, last, new DatePoint(i, last, year, month, day, 0));
        return true;
    }

    // "2025 Q1".
    private static bool TryYearThenQuarter(NumericScan scan, int i, int year, int claimedBefore, out Candidate candidate)
    {
        candidate = default;
        if (!DateReader.TryQuarterCode(scan.Tokens, i + 1, i, out var quarter))
        {
            return false;
        }

        var first = DateReader.WithPreposition(scan.Tokens, i, claimedBefore, out _);
        candidate = Emit(scan, first, i + 1, new DatePoint(i, i + 1, year, 0, 0, quarter));
        return true;
    }

    // Reads what stands before the year: a month and day, a quarter, a half, or a modifier.
    private static DatePoint ReadBackward(NumericScan scan, int i, int year, int claimedBefore, out bool hasContext, out int half)
    {
        var tokens = scan.Tokens;
        hasContext = true;
        half = 0;
        var p = i - 1;
        if (p <= claimedBefore || !TokenScan.InSentence(tokens, p, i) || scan.IsPlainBeforeYearAt(p))
        {
            hasContext = false;
            return new DatePoint(i, i, year, 0, 0, 0);
        }

        if (TryMonthDayBefore(tokens, i, p, year, claimedBefore, out var dated))
        {
            return dated;
        }

        var before = tokens[p];
        var isOf = before.IsWord("of");
        var ofPart = isOf ? p - 1 : p;
        if (ofPart > claimedBefore && TryQuarterOrHalfBefore(tokens, i, ofPart, claimedBefore, out var start, out var quarter, out half))
        {
            return new DatePoint(start, i, year, 0, 0, quarter);
        }

        if (isOf && ofPart > claimedBefore && TokenScan.InSentence(tokens, ofPart, i) && PartsOfYear.Contains(tokens[ofPart].Text))
        {
            return new DatePoint(ofPart, i, year, 0, 0, 0); // "the end of 2025"
        }

        if (TokenScan.IsTouchingDash(tokens, p, p - 1) && p - 1 > claimedBefore && YearModifiers.Contains(tokens[p - 1].Text))
        {
            return new DatePoint(p - 1, i, year, 0, 0, 0); // "mid-2025", "end-2025"
        }

        if (before.Kind == TokenKind.Word && YearModifiers.Contains(before.Text))
        {
            var modifierStart = p - 1 > claimedBefore && TokenScan.IsWord(tokens, p - 1, i, "fiscal") ? p - 1 : p;
            return new DatePoint(modifierStart, i, year, 0, 0, 0);
        }

        hasContext = isOf && ofPart > claimedBefore && TokenScan.InSentence(tokens, ofPart, i) && tokens.KindAt(ofPart) == TokenKind.Word && !tokens[ofPart].IsWord("one");
        return new DatePoint(i, i, year, 0, 0, 0);
    }

    /// <summary>
    /// Whether a token with this text, just before a year, gives the year no context of its own: a word that is
    /// no month, "of", "quarter", "half" nor year modifier ("in", "since", "the"). Such a word is read no further
    /// than <see cref="ReadBackward"/>'s first test, for exactly those words fail every other.
    /// </summary>
    internal static bool IsPlainBeforeYear(Token token)
        => token.Kind == TokenKind.Word && !MonthTable.IsMonthName(token.Text) && !token.IsWord("of") && !token.IsWord("quarter") && !token.IsWord("half")
        && !YearModifiers.Contains(token.Text);

    // "March 5, 2025", "March 2025", "5 March 2025", "5th of March 2025", "Sept. 30, 2025".
    private static bool TryMonthDayBefore(TokenList tokens, int i, int p, int year, int claimedBefore, out DatePoint point)
    {
        point = default;
        var q = tokens[p].Is(',') ? p - 1 : p;
        if (q <= claimedBefore)
        {
            return false;
        }

        // Month Day[,] Year
        if (DateReader.TryDay(tokens, q, i, out var day))
        {
            var m = q - 1;
            if (m > claimedBefore && TokenScan.IsChar(tokens, m, i, '.'))
            {
                m--;
            }

            if (m > claimedBefore && DateReader.TryMonth(tokens, m, i, out var month, out _) && day <= MonthTable.DaysIn(year, month))
            {
                point = new DatePoint(m, i, year, month, day, 0);
                return true;
            }

            return false;
        }

        // [Day [of]] Month Year
        var monthIndex = q;
        if (tokens[q].Is('.') && q - 1 > claimedBefore)
        {
            monthIndex = q - 1;
        }

        if (q != p || !DateReader.TryMonth(tokens, monthIndex, i, out var onlyMonth, out _))
        {
            return false;
        }

        var d = monthIndex - 1;
        if (d > claimedBefore && TokenScan.IsWord(tokens, d, i, "of") && d - 1 > claimedBefore)
        {
            d--;
        }

        if (d > claimedBefore && DateReader.TryDay(tokens, d, i, out var leadingDay) && leadingDay <= MonthTable.DaysIn(year, onlyMonth))
        {
            point = new DatePoint(d, i, year, onlyMonth, leadingDay, 0);
            return true;
        }

        point = new DatePoint(monthIndex, i, year, onlyMonth, 0, 0);
        return true;
    }

    // "the first quarter of 2025", "fourth-quarter 2024", "Q1 2025", "first half of 2025", "H2 2024".
    private static bool TryQuarterOrHalfBefore(TokenList tokens, int anchor, int k, int claimedBefore, out int start, out int quarter, out int half)
    {
        start = k;
        quarter = 0;
        half = 0;
        if (DateReader.TryQuarterCode(tokens, k, anchor, out quarter))
        {
            return true;
        }

        if (DateReader.TryHalfCode(tokens, k, anchor, out half))
        {
            return true;
        }

        var isQuarter = TokenScan.IsWord(tokens, k, anchor, "quarter");
        var isHalf = TokenScan.IsWord(tokens, k, anchor, "half");
        if (!isQuarter && !isHalf)
        {
            return false;
        }

        var o = k - 1;
        if (o > claimedBefore && TokenScan.IsDashToken(tokens[o]) && !tokens[o].SpaceBefore && !tokens[k].SpaceBefore)
        {
            o--;
        }

        if (o <= claimedBefore || !TokenScan.InSentence(tokens, o, anchor) || !NumberWords.Ordinals.TryGetValue(tokens[o].Text, out var ordinal) || (isHalf && ordinal > 2))
        {
            if (o > claimedBefore && TokenScan.IsWord(tokens, o, anchor, "last") && isQuarter)
            {
                start = o;
                quarter = 4;
                return true;
            }

            return false;
        }

        start = o;
        quarter = isQuarter ? ordinal : 0;
        half = isHalf ? ordinal : 0;
        return true;
    }

    private static bool IsTwoDigits(Token token, out int value)
    {
        value = 0;
        return token.Text.Length == 2 && TokenScan.IsPlainInteger(token, out value);
    }

    private static Candidate Emit(NumericScan scan, int first, int last, DatePoint point)
        => new(first, last, scan.Fact(FactKind.Date, first, last, date: scan.Iso(point)));
}
