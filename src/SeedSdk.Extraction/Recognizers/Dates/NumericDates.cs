using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>
/// Dates written in digits: "2015-08-12", "2019/aug/01", "2016 10 16" (year first); "10/1/2018", "21/04/2016"
/// (year last, month first unless the document writes its days first, see <see cref="DayFirstConvention"/>); a month
/// of a year, "2015-3", "2016 / 11", "11/2016"; and inside a range only, a month and day without a year
/// ("5/1-5/7, 2020"). Those layouts are the rows of the lexicon's <c>date-forms</c>, read by
/// <see cref="DateFormMatcher"/>; one token of dotted parts ("2015.5.13", "21.04.2016") is read here. A number
/// that cannot be such a date ("2015-32") is not read as one.
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

    /// <summary>
    /// Whether a token with this text may stand right after the first number of a date in digits written over several
    /// tokens, in its sentence: what the lexicon's forms read there (a separator, a number). A date in one dotted
    /// token ("2015.5.13") reads nothing after it.
    /// </summary>
    internal static bool MayFollowNumber(Lexicon lexicon, Token token) => DateFormTable.For(lexicon).Digits.MayReadOnWith(token, lexicon);

    /// <summary>Reads a date in digits starting at token <paramref name="j"/>; a month and day without a year only when <paramref name="allowYearless"/>.</summary>
    public static bool TryRead(NumericScan scan, int j, int anchor, bool allowYearless, out DatePoint point)
    {
        point = default;
        var tokens = scan.Tokens;
        if (!TokenScan.InSentence(tokens, j, anchor) || tokens.KindAt(j) != TokenKind.Number)
        {
            return false;
        }

        // Every form a reading without allowYearless accepts, a reading with it accepts too.
        var isOwnAnchor = anchor == j;
        if (isOwnAnchor && scan.DigitDateMissedAt == j)
        {
            return false;
        }

        var token = tokens[j];
        bool read;
        if (token.Text.IndexOf('.') >= 0)
        {
            read = token.Text.Length >= 8 && token.Text.IndexOf('.') != token.Text.LastIndexOf('.') && TryDotted(scan, j, out point);
        }
        else
        {
            read = DateFormMatcher.TryMatch(DateFormTable.For(tokens.Lexicon).Digits, scan, j, anchor, allowYearless, out var match);
            point = match.Point;
        }

        if (!read && allowYearless && isOwnAnchor)
        {
            scan.DigitDateMissedAt = j;
        }

        return read;
    }

    /// <summary>Tries to read a date of three parts with a month name at token <paramref name="i"/> ("Sep-23-2020", "September-2020-23"), with a preposition before it.</summary>
    public static bool TryMatchAtMonth(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        if (!DateFormMatcher.TryMatch(DateFormTable.For(scan.Tokens.Lexicon).Digits, scan, i, i, inRange: false, out var match))
        {
            return false;
        }

        var point = match.Point;
        var first = DateReader.WithPreposition(scan.Tokens, i, scan.ClaimedBefore, out _);
        candidate = new Candidate(first, point.Last, scan.Fact(FactKind.Date, first, point.Last, date: scan.Iso(point)));
        return true;
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
            && DatePoint.Found(out point, new DatePoint(j, j, year, month, day, 0));
    }

    /// <summary>Whether the token is a separator of a numeric date ('/', '-', '.').</summary>
    public static bool IsSeparator(Token token) => token.Is('/') || token.Is('.') || TokenScan.IsDashToken(token);

    // "AB-12-2020", "v2/11/2016": digits glued by a sign to a word or number before them.
    private static bool IsGluedAfterCode(TokenList tokens, int i)
        => i >= 2 && !tokens[i].SpaceBefore && !tokens[i - 1].SpaceBefore && (TokenScan.IsDashToken(tokens[i - 1]) || tokens[i - 1].Is('/'))
        && tokens.KindAt(i - 2) is TokenKind.Word or TokenKind.Mixed or TokenKind.Number && !tokens.Lexicon.Months.IsMonthName(tokens[i - 2].Text);

}
