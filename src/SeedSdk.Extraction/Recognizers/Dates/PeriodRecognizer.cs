using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>
/// Periods between two calendar points, end inclusive: "from 2021 to 2025", "between 2023 and 2027",
/// "2021-2025", "2021-25", "between January and May 2025", "from March 2024 through June 2025".
/// A year missing on one side is taken from the other.
/// </summary>
internal static class PeriodRecognizer
{
    /// <summary>Tries to read a period starting at token <paramref name="i"/> ("from", "between", or its first point).</summary>
    public static bool TryMatch(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        var token = tokens[i];
        if (token.Kind == TokenKind.Number && !TokenScan.IsYear(token, out _) && !DateReader.IsDayNumber(token, out _))
        {
            return false; // a number starts a period only as its year or its day
        }

        var lead = token.Kind != TokenKind.Word ? Lead.None : token.IsWord("from") ? Lead.From : token.IsWord("between") ? Lead.Between : Lead.None;
        // "from the 3rd of June ... to the 5th of June": "the" may stand before a day after the lead, as after the connector.
        var pointStart = lead == Lead.None ? i : TokenScan.IsWord(tokens, i + 1, i, "the") ? i + 2 : i + 1;
        if (!TryReadPoint(scan, pointStart, i, 0, out var start) && !TryBareDay(tokens, pointStart, i, out start))
        {
            return false;
        }

        var c = start.Last + 1;
        if (!IsConnector(tokens, c, i, lead, out var connectorLast))
        {
            return false;
        }

        var endStart = TokenScan.IsWord(tokens, connectorLast + 1, i, "the") ? connectorLast + 2 : connectorLast + 1;
        // Only a year alone ends in its last two digits ("2021-22"): after a month and its year, "October-2019-23" is a day.
        var isYearAlone = start.HasYear && start.Month == 0 && start.Day == 0 && start.Quarter == 0;
        if (!TryReadPoint(scan, endStart, i, isYearAlone ? start.Year : 0, out var end)
            && !(start.Day != 0 && start.Month != 0 && TryBareDay(tokens, endStart, i, out end)))
        {
            return false;
        }

        // "Dec-2018": a month joined to its year is a date, not a period.
        if (!start.HasYear && start.Month != 0 && start.Day == 0 && end.Month == 0 && end.Quarter == 0 && end.Day == 0)
        {
            return false;
        }

        // "5 to 9 March 2025" and "March 5-9, 2025": a bare day takes the month of the other end.
        if (start.Month == 0 && start.Day != 0)
        {
            if (end.Day == 0 || end.Month == 0)
            {
                return false;
            }

            start = start with { Month = end.Month };
        }
        else if (end.Month == 0 && end.Day != 0)
        {
            end = end with { Month = start.Month };
        }

        if (lead == Lead.None && !start.HasYear && start.Month == 0)
        {
            return false;
        }

        if (!start.HasYear)
        {
            // "Nov-Feb 5th, 2017": a start month after the end month lies in the year before.
            start = start with { Year = start.Month > end.Month && end.Month != 0 ? end.Year - 1 : end.Year };
        }

        if (!end.HasYear)
        {
            end = end with { Year = start.Year };
        }

        if (tokens[c].Is('/') && (start.Month != 0 || end.Month != 0 || end.Year != start.Year + 1))
        {
            return false; // only a split year such as "2025/26" reads as a period
        }

        if (!start.HasYear || start.StartKey >= end.EndKey || end.Year - start.Year > 100 || (start.Month == 0 && end.Month == 0 && start.Quarter == 0 && end.Year <= start.Year))
        {
            return false;
        }

        var fact = scan.Fact(FactKind.Period, i, end.Last, start: scan.Iso(start), end: scan.Iso(end));
        candidate = new Candidate(i, end.Last, fact);
        return true;
    }

    private static bool IsConnector(TokenList tokens, int c, int anchor, Lead lead, out int last)
    {
        last = c;
        if (!TokenScan.InSentence(tokens, c, anchor))
        {
            return false;
        }

        var t = tokens[c];
        if (t.Is('~'))
        {
            return true; // "2014~2018"
        }

        if (t.Is('/'))
        {
            return lead == Lead.None && !t.SpaceBefore && c + 1 < tokens.Count && !tokens[c + 1].SpaceBefore; // "2025/26"
        }

        if (TokenScan.IsDashToken(t))
        {
            return lead != Lead.None || !t.SpaceBefore || t.Text[0] != '-' || (c + 1 < tokens.Count && tokens[c + 1].SpaceBefore);
        }

        if (lead == Lead.Between)
        {
            return t.IsWord("and");
        }

        if ((t.IsWord("through") || t.IsWord("thru")) && TokenScan.IsWord(tokens, c + 1, anchor, "to"))
        {
            last = c + 1; // "from 2019 through to 2021"
            return true;
        }

        return IsEndWord(t);
    }

    // The words that lead to a period's end when no "between" stands before its start.
    private static bool IsEndWord(Token t) => t.IsWord("to") || t.IsWord("until") || t.IsWord("till") || t.IsWord("through") || t.IsWord("thru");

    /// <summary>
    /// Which numbers may start a period with a token of this text right after them (<see cref="NumberReaders.PeriodFromDay"/>,
    /// <see cref="NumberReaders.PeriodFromYear"/>); <paramref name="goesOnInDigits"/> tells whether a date in digits may go on
    /// with it (<see cref="NumericDates.MayFollowNumber"/>). Exactly the tokens TryReadPoint and TryBareDay, then IsConnector,
    /// read on after the number: after either, a word or sign leading to the period's end ("to", "~", a dash), a month, or
    /// what a date in digits goes on with; after a day also "of", a comma or a year ("5 of March", "5, 2020 - ..."); after a
    /// year also a quarter code ("2017 Q1 to ...").
    /// </summary>
    internal static NumberReaders ReadersAfter(Lexicon lexicon, Token token, bool goesOnInDigits)
    {
        var word = token.Kind == TokenKind.Word;
        if (goesOnInDigits || IsEndSign(token) || (word && (IsEndWord(token) || lexicon.Months.IsMonthName(token.Text))))
        {
            return NumberReaders.PeriodFromDay | NumberReaders.PeriodFromYear;
        }

        var afterDay = token.Is(',') || token.Kind == TokenKind.Number || (word && token.IsWord("of"));
        return (afterDay ? NumberReaders.PeriodFromDay : NumberReaders.None) | (token.Kind == TokenKind.Mixed ? NumberReaders.PeriodFromYear : NumberReaders.None);
    }

    // A sign IsConnector reads between a period's points when no word leads it: "~", "/", a dash.
    private static bool IsEndSign(Token token) => token.Is('~') || token.Is('/') || TokenScan.IsDashToken(token);

    // A year, "March", "March 2025", "March 5, 2025", "5 March 2025", "Q1 2025"; a two-digit year after a dash ("2021-25").
    private static bool TryReadPoint(NumericScan scan, int j, int anchor, int yearBefore, out DatePoint point)
    {
        point = default;
        var tokens = scan.Tokens;
        if (!TokenScan.InSentence(tokens, j, anchor))
        {
            return false;
        }

        if (tokens.KindAt(j) == TokenKind.Number && NumericDates.TryRead(scan, j, anchor, allowYearless: true, out var numeric) && !MayEndWithTwoDigitYear(tokens, j, numeric))
        {
            point = numeric.HasYear ? numeric : WithYear(tokens, anchor, numeric);
            return true;
        }

        if (TokenScan.IsYear(tokens[j], out var year))
        {
            point = YearThenPart(scan, j, anchor, year);
            return true;
        }

        if (yearBefore != 0 && IsTwoDigitYear(tokens, j, yearBefore, out year) && (TokenScan.IsDashToken(tokens[j - 1]) || tokens[j - 1].Is('/')) && !tokens[j].SpaceBefore)
        {
            point = new DatePoint(j, j, year, 0, 0, 0);
            return true;
        }

        if (DateReader.TryQuarterCode(tokens, j, anchor, out var quarter))
        {
            var hasYear = TokenScan.InSentence(tokens, j + 1, anchor) && TokenScan.IsYear(tokens[j + 1], out year);
            point = new DatePoint(j, hasYear ? j + 1 : j, hasYear ? year : 0, 0, 0, quarter);
            return true;
        }

        var monthAt = TokenScan.IsWord(tokens, j + 1, anchor, "of") ? j + 2 : j + 1;
        if (DateReader.TryDay(tokens, j, anchor, out var leadingDay) && DateReader.TryMonthAfterDay(tokens, monthAt, anchor, out var month, out var monthLast))
        {
            return DatePoint.Found(out point, WithYear(tokens, anchor, new DatePoint(j, monthLast, 0, month, leadingDay, 0)));
        }

        if (!DateReader.TryMonth(tokens, j, anchor, out month, out monthLast))
        {
            return false;
        }

        var p = new DatePoint(j, monthLast, 0, month, 0, 0);
        if (DateReader.TryDay(tokens, monthLast + 1, anchor, out var day) && !TokenScan.IsYear(tokens[monthLast + 1], out _))
        {
            p = p with { Last = monthLast + 1, Day = day };
        }

        point = WithYear(tokens, anchor, p);
        return true;
    }

    // A day alone ("5" of "5-9 March 2025", "9" of "March 5-9, 2025", "5th" of "January 1st - 5th, 2020"), with a year after it if there is one.
    private static bool TryBareDay(TokenList tokens, int j, int anchor, out DatePoint point)
    {
        point = default;
        if (!DateReader.TryDay(tokens, j, anchor, out var day))
        {
            return false;
        }

        point = WithYear(tokens, anchor, new DatePoint(j, j, 0, 0, day, 0));
        return true;
    }

    // "2017 q1", "2015 June": a quarter or a month after its year.
    private static DatePoint YearThenPart(NumericScan scan, int j, int anchor, int year)
    {
        var tokens = scan.Tokens;
        if (j + 1 >= tokens.Count || tokens.KindAt(j + 1) == TokenKind.Symbol || tokens.KindAt(j + 1) == TokenKind.Number)
        {
            return new DatePoint(j, j, year, 0, 0, 0);
        }

        if (DateReader.TryQuarterCode(tokens, j + 1, anchor, out var quarter))
        {
            return new DatePoint(j, j + 1, year, 0, 0, quarter);
        }

        return tokens.KindAt(j + 1) == TokenKind.Word && (scan.AnchorRoleAt(j + 1) & WordRole.PeriodStart) != 0 && DateReader.TryMonthInDate(tokens, j + 1, anchor, out var month)
            ? new DatePoint(j, j + 1, year, month, 0, 0)
            : new DatePoint(j, j, year, 0, 0, 0);
    }

    // "2010-12" may be a period of two years ("2021-25"): then the year reads first.
    private static bool MayEndWithTwoDigitYear(TokenList tokens, int j, DatePoint numeric)
        => numeric.Day == 0 && numeric.Last == j + 2 && TokenScan.IsYear(tokens[j], out var year) && tokens[j + 2].Text.Length == 2
        && IsTwoDigitYear(tokens, j + 2, year, out _);

    private static DatePoint WithYear(TokenList tokens, int anchor, DatePoint point)
    {
        var k = point.Last + 1;
        if ((TokenScan.IsWord(tokens, k, anchor, "of") || TokenScan.IsWord(tokens, k, anchor, "in")) && point.Month != 0 && TokenScan.InSentence(tokens, k + 1, anchor)
            && TokenScan.IsYear(tokens[k + 1], out var written))
        {
            return point with { Last = k + 1, Year = written }; // "june of 2020", "June in 2017"
        }

        if (point.Day != 0 && TokenScan.IsChar(tokens, k, anchor, ',') && TokenScan.InSentence(tokens, k + 1, anchor) && TokenScan.IsYear(tokens[k + 1], out var afterComma))
        {
            return point with { Last = k + 1, Year = afterComma };
        }

        if (point.Month != 0 && point.Day == 0 && TokenScan.IsTouchingDash(tokens, k, anchor) && TokenScan.InSentence(tokens, k + 1, anchor)
            && !tokens[k + 1].SpaceBefore && TokenScan.IsYear(tokens[k + 1], out var joined))
        {
            return point with { Last = k + 1, Year = joined }; // "Oct-2019", a month joined to its year
        }

        return TokenScan.InSentence(tokens, k, anchor) && TokenScan.IsYear(tokens[k], out var year) ? point with { Last = k, Year = year } : point;
    }

    // "25" after "2021-" is 2025: the two digits must follow the start's last two.
    private static bool IsTwoDigitYear(TokenList tokens, int j, int yearBefore, out int year)
    {
        year = 0;
        if (j >= tokens.Count || tokens[j].Text.Length != 2 || !TokenScan.IsPlainInteger(tokens[j], out var yy))
        {
            return false;
        }

        if (yearBefore == 0)
        {
            return true;
        }

        // An abbreviated end year writes a short span ("2021-25"), and ends its token run ("2002-10-09" is a date).
        year = (yearBefore / 100 * 100) + yy;
        return yy > yearBefore % 100 && yy - (yearBefore % 100) <= 10
            && !(j + 2 < tokens.Count && !tokens[j + 1].SpaceBefore && (TokenScan.IsDashToken(tokens[j + 1]) || tokens[j + 1].Is('/')) && !tokens[j + 2].SpaceBefore);
    }

    private enum Lead
    {
        None,
        From,
        Between,
    }
}
