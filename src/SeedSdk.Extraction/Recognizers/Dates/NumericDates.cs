using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>
/// Dates written in digits: "2015-08-12", "2015/08/12", "2015.5.13", "2019/aug/01", "2016 10 16" (year first);
/// "10/1/2018", "02-02-2020", "21/04/2016" (year last, month first unless the document writes its days first,
/// see <see cref="DayFirstConvention"/>); a month of a year, "2015-3", "2016 / 11", "11/2016"; and inside a
/// range only, a month and day without a year ("5/1-5/7, 2020"). A number that cannot be such a date
/// ("2015-32") is not read as one.
/// </summary>
internal static class NumericDates
{
    /// <summary>Tries to read a date in digits at token <paramref name="i"/>, with a preposition before it.</summary>
    public static bool TryMatch(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        if (!TryRead(scan, i, i, allowYearless: false, out var point)
            || (IsGluedAfterCode(scan.Tokens, i) && !(point.Day != 0 && TokenScan.IsYear(scan.Tokens[i], out _))))
        {
            return false; // "AB-12-2020" is a code; a whole year-first date stays a date even in a file name ("report-2002-10-09.xlsx")
        }

        var first = DateReader.WithPreposition(scan.Tokens, i, scan.ClaimedBefore, out _);
        candidate = new Candidate(first, point.Last, scan.Fact(FactKind.Date, first, point.Last, date: scan.Iso(point)));
        return true;
    }

    /// <summary>Reads a date in digits starting at token <paramref name="j"/>; a month and day without a year only when <paramref name="allowYearless"/>.</summary>
    public static bool TryRead(NumericScan scan, int j, int anchor, bool allowYearless, out DatePoint point)
    {
        point = default;
        var tokens = scan.Tokens;
        if (!TokenScan.InSentence(tokens, j, anchor) || tokens.KindAt(j) != TokenKind.Number)
        {
            return false;
        }

        var token = tokens[j];
        if (token.Text.IndexOf('.') >= 0)
        {
            return token.Text.Length >= 8 && token.Text.IndexOf('.') != token.Text.LastIndexOf('.') && TryDotted(scan, j, out point);
        }

        // Most numbers are followed by a word or punctuation: a date in digits goes on with a sign or a number.
        if (j + 1 >= tokens.Count || !(tokens.KindAt(j + 1) == TokenKind.Number || (tokens.KindAt(j + 1) == TokenKind.Symbol && IsSeparator(tokens[j + 1])))
            || !TokenScan.IsPlainInteger(token, out var a) || token.Text.Length > 4)
        {
            return false;
        }

        var isYear = TokenScan.IsYear(token, out var year);
        var sep = j + 1;
        if (!TokenScan.InSentence(tokens, sep + 1, anchor))
        {
            return false;
        }

        if (TryMonthNameParts(tokens, j, anchor, out point))
        {
            return true;
        }

        if (IsSeparator(tokens[sep]) && IsGlued(tokens, sep))
        {
            return isYear ? TryYearFirst(tokens, j, year, tokens[sep].Text[0], out point) : TryYearLast(scan, j, a, tokens[sep].Text[0], allowYearless, out point);
        }

        if (isYear)
        {
            return TrySpacedYearFirst(tokens, j, year, out point);
        }

        // "11 / 2016", "11 -2016": a month, a spaced sign, its year.
        return a is >= 1 and <= 12 && token.Text.Length <= 2 && (tokens[sep].Is('/') || TokenScan.IsDashToken(tokens[sep]))
            && TokenScan.IsYear(tokens[sep + 1], out year) && IsEnd(tokens, sep + 1, anchor)
            && Set(out point, new DatePoint(j, sep + 1, year, a, 0, 0));
    }

    /// <summary>Tries to read a date of three parts with a month name at token <paramref name="i"/> ("Sep-23-2020", "September-2020-23"), with a preposition before it.</summary>
    public static bool TryMatchAtMonth(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        if (!TryMonthNameParts(scan.Tokens, i, i, out var point))
        {
            return false;
        }

        var first = DateReader.WithPreposition(scan.Tokens, i, scan.ClaimedBefore, out _);
        candidate = new Candidate(first, point.Last, scan.Fact(FactKind.Date, first, point.Last, date: scan.Iso(point)));
        return true;
    }

    // Three parts glued by one sign, in any order, of which one is a month name, one a year and one a day:
    // "23-Sep-2020", "Sep-23-2020", "2020/Sep/23", "September-2020-23", "23-2020-September".
    private static bool TryMonthNameParts(TokenList tokens, int j, int anchor, out DatePoint point)
    {
        point = default;
        if (!TokenScan.InSentence(tokens, j + 4, anchor) || !IsSeparator(tokens[j + 1]) || tokens[j + 3].Text != tokens[j + 1].Text
            || !IsGlued(tokens, j + 1) || !IsGlued(tokens, j + 3) || IsGluedContinuation(tokens, j + 4))
        {
            return false;
        }

        int year = 0, month = 0, day = 0;
        for (var k = j; k <= j + 4; k += 2)
        {
            var part = tokens[k];
            if (part.Kind == TokenKind.Word && month == 0 && MonthTable.TryGetMonth(part.Text, allowAbbreviation: true, out month, out _))
            {
                continue;
            }

            if (year == 0 && TokenScan.IsYear(part, out year))
            {
                continue;
            }

            if (day != 0 || !IsDayPart(part, out day) || day > 31)
            {
                return false;
            }
        }

        return year != 0 && month != 0 && day != 0 && day <= MonthTable.DaysIn(year, month) && Set(out point, new DatePoint(j, j + 4, year, month, day, 0));
    }

    // "2015-08-12", "2015/08/12", "2015-3", "2015/3".
    private static bool TryYearFirst(TokenList tokens, int j, int year, char separator, out DatePoint point)
    {
        point = default;
        var m = j + 2;
        if (!TryMonthPart(tokens, m, j, out var month))
        {
            return false;
        }

        if (TokenScan.IsChar(tokens, m + 1, j, separator) && IsGlued(tokens, m + 1) && IsDayPart(tokens[m + 2], out var day))
        {
            return day <= MonthTable.DaysIn(year, month) && Set(out point, new DatePoint(j, m + 2, year, month, day, 0));
        }

        // A month alone after its year: not "2015-3-7x", nor a count ("2015-3 points").
        return !IsGluedContinuation(tokens, m) && (tokens.KindAt(m) == TokenKind.Word || separator != '.')
            && Set(out point, new DatePoint(j, m, year, month, 0, 0));
    }

    // "2016 10 16", "2016 - 11", "2016 /11", "2016 , nov" are read by the recognizers of words; here only digits.
    private static bool TrySpacedYearFirst(TokenList tokens, int j, int year, out DatePoint point)
    {
        point = default;
        var k = j + 1;
        if ((tokens[k].Is('/') || TokenScan.IsDashToken(tokens[k])) && TokenScan.InSentence(tokens, k + 1, j) && tokens.KindAt(k + 1) == TokenKind.Number
            && TokenScan.IsPlainInteger(tokens[k + 1], out var month) && tokens[k + 1].Text.Length <= 2 && month is >= 1 and <= 12 && IsEnd(tokens, k + 1, j))
        {
            return Set(out point, new DatePoint(j, k + 1, year, month, 0, 0));
        }

        // "2016 10 16": two-digit month and day, spaced.
        return tokens.KindAt(k) == TokenKind.Number && tokens[k].Text.Length == 2 && TokenScan.IsPlainInteger(tokens[k], out month) && month is >= 1 and <= 12
            && TokenScan.InSentence(tokens, k + 1, j) && tokens.KindAt(k + 1) == TokenKind.Number && tokens[k + 1].Text.Length == 2
            && TokenScan.IsPlainInteger(tokens[k + 1], out var day) && day >= 1 && day <= MonthTable.DaysIn(year, month) && IsEnd(tokens, k + 1, j)
            && Set(out point, new DatePoint(j, k + 1, year, month, day, 0));
    }

    // "10/1/2018", "21/04/2016", "02-02-2020", "11/2016"; "5/1" in a range.
    private static bool TryYearLast(NumericScan scan, int j, int a, char separator, bool allowYearless, out DatePoint point)
    {
        point = default;
        var tokens = scan.Tokens;
        var k = j + 2;
        if (tokens[j].Text.Length > 2 || tokens.KindAt(k) != TokenKind.Number)
        {
            return false;
        }

        if (TokenScan.IsYear(tokens[k], out var monthYear))
        {
            // "11/2016", "11-2016".
            return a is >= 1 and <= 12 && !IsGluedContinuation(tokens, k) && Set(out point, new DatePoint(j, k, monthYear, a, 0, 0));
        }

        if (tokens[k].Text.Length > 2 || !TokenScan.IsPlainInteger(tokens[k], out var b))
        {
            return false;
        }

        var year = 0;
        var last = k;
        if (TokenScan.IsChar(tokens, k + 1, j, separator) && IsGlued(tokens, k + 1))
        {
            if (!TokenScan.IsYear(tokens[k + 2], out year))
            {
                return false;
            }

            last = k + 2;
        }
        else if (!allowYearless || separator != '/' || (TokenScan.IsChar(tokens, k + 1, j, '/') && !tokens[k + 1].SpaceBefore))
        {
            return false; // a month and day alone only in a range ("5/1-5/7, 2020"), never a longer code ("5/1/7")
        }

        var dayFirst = a > 12 || (b <= 12 && scan.ReadsDayFirst);
        var month = dayFirst ? b : a;
        var day = dayFirst ? a : b;
        if (month is < 1 or > 12 || day < 1 || day > MonthTable.DaysIn(year == 0 ? 2000 : year, month))
        {
            return false;
        }

        return Set(out point, new DatePoint(j, last, year, month, day, 0));
    }

    // "2015.5.13", "21.04.2016": one token of three dotted parts.
    private static bool TryDotted(NumericScan scan, int j, out DatePoint point)
    {
        point = default;
        if (!DottedParts.TryParse(scan.Tokens[j].Text, out var parts))
        {
            return false;
        }

        int year, month, day;
        if (parts.FirstLength == 4)
        {
            (year, month, day) = (parts.First, parts.Second, parts.Third);
        }
        else if (parts.ThirdLength == 4 && parts.FirstLength <= 2 && parts.SecondLength <= 2)
        {
            var dayFirst = parts.First > 12 || (parts.Second <= 12 && scan.ReadsDayFirst);
            (year, month, day) = dayFirst ? (parts.Third, parts.Second, parts.First) : (parts.Third, parts.First, parts.Second);
        }
        else
        {
            return false;
        }

        return year is >= 1500 and <= 2199 && month is >= 1 and <= 12 && day >= 1 && day <= MonthTable.DaysIn(year, month)
            && Set(out point, new DatePoint(j, j, year, month, day, 0));
    }

    // A month in digits (1..12, one or two of them) or a month name ("aug").
    private static bool TryMonthPart(TokenList tokens, int m, int anchor, out int month)
    {
        month = 0;
        if (!TokenScan.InSentence(tokens, m, anchor))
        {
            return false;
        }

        var token = tokens[m];
        if (token.Kind == TokenKind.Word)
        {
            return MonthTable.TryGetMonth(token.Text, allowAbbreviation: true, out month, out _);
        }

        return token.Text.Length <= 2 && TokenScan.IsPlainInteger(token, out month) && month is >= 1 and <= 12;
    }

    private static bool IsDayPart(Token token, out int day)
    {
        day = 0;
        return token.Kind == TokenKind.Number && token.Text.Length <= 2 && TokenScan.IsPlainInteger(token, out day) && day >= 1;
    }

    /// <summary>Whether the token is a separator of a numeric date ('/', '-', '.').</summary>
    public static bool IsSeparator(Token token) => token.Is('/') || token.Is('.') || TokenScan.IsDashToken(token);

    // "AB-12-2020", "v2/11/2016": digits glued by a sign to a word or number before them.
    private static bool IsGluedAfterCode(TokenList tokens, int i)
        => i >= 2 && !tokens[i].SpaceBefore && !tokens[i - 1].SpaceBefore && (TokenScan.IsDashToken(tokens[i - 1]) || tokens[i - 1].Is('/'))
        && tokens.KindAt(i - 2) is TokenKind.Word or TokenKind.Mixed or TokenKind.Number && !MonthTable.IsMonthName(tokens[i - 2].Text);

    // A sign with no space on either side.
    private static bool IsGlued(TokenList tokens, int k) => !tokens[k].SpaceBefore && k + 1 < tokens.Count && !tokens[k + 1].SpaceBefore;

    // Digits or a sign glued after token k: the date would be part of a longer code ("2015-3-7x", "11/2016/3").
    private static bool IsGluedContinuation(TokenList tokens, int k)
        => k + 2 < tokens.Count && !tokens[k + 1].SpaceBefore && (tokens[k + 1].Is('/') || TokenScan.IsDashToken(tokens[k + 1])) && !tokens[k + 2].SpaceBefore
        && tokens.KindAt(k + 2) is TokenKind.Number or TokenKind.Mixed;

    // The end of a spaced date: punctuation, the sentence's end, or a word (not a count: "2016 - 11 people").
    private static bool IsEnd(TokenList tokens, int k, int anchor)
        => TokenScan.IsBoundary(tokens, k + 1, anchor) || (tokens.KindAt(k + 1) == TokenKind.Word && char.IsUpper(tokens[k + 1].Text[0]));

    private static bool Set(out DatePoint target, DatePoint value)
    {
        target = value;
        return true;
    }
}
