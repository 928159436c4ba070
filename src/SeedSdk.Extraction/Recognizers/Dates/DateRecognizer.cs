using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>
/// Dates anchored on a written year: "in 2025", "by March 2026", "March 5, 2025", "5 March 2025", "Q1 2025",
/// "the first quarter of 2025", "early 2025", "fiscal 2024". Halves of a year ("the first half of 2025", "H2 2024")
/// decades and weeks are periods. A part written after the year ("2019-H2", "2017 april") and what stands before it
/// ("March 5, 2025", "the first week of 2015", "the first quarter of 2025", "mid-2025") are read by the lexicon's
/// date forms (places <c>year</c> and <c>before</c>); whether a bare year is a date at all is decided here, and codes
/// in one token ("FY24", "1Q25", "2016H2", "1970s") are read here. A bare year needs context (a preposition or a
/// form before it): "the 2025 model" is a label.
/// </summary>
internal static class DateRecognizer
{
    // Words before a year that make it a date on their own ("early 2025", "fiscal 2024").
    private static readonly PerLexicon<WordSet> YearModifiers = new(lexicon => new WordSet(lexicon.List("year-modifiers")));

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

        if (TryAfterYear(scan, i, claimedBefore, out candidate))
        {
            return true;
        }

        var point = ReadBackward(scan, i, year, claimedBefore, out var hasContext, out var form);
        var first = DateReader.WithPreposition(tokens, point.First, claimedBefore, out var hasPreposition);
        if (!hasContext && !hasPreposition && !IsCoordinatedYear(tokens, point.First, claimedBefore))
        {
            return false;
        }

        candidate = form.Result switch
        {
            DateFormResult.Half => Half(scan, first, i, year, form.Half),
            DateFormResult.Week => Week(scan, first, i, year, form.Week),
            _ => Emit(scan, first, i, point),
        };
        return true;
    }

    // "2025 Q1", "2019-H2", "2017 april", "the 1970s": a part after the year, by the lexicon's date forms of place "year".
    private static bool TryAfterYear(NumericScan scan, int i, int claimedBefore, out Candidate candidate)
    {
        candidate = default;
        if (!DateFormMatcher.TryMatch(DateFormTable.For(scan.Tokens.Lexicon).AfterYear, scan, i, i, inRange: false, out var match))
        {
            return false;
        }

        var first = DateReader.WithPreposition(scan.Tokens, i, claimedBefore, out _);
        var point = match.Point;
        candidate = match.Result switch
        {
            DateFormResult.Half => Half(scan, first, point.Last, point.Year, match.Half),
            DateFormResult.Decade => Decade(scan, first, point.Last, point.Year),
            _ => Emit(scan, first, point.Last, point),
        };
        return true;
    }

    /// <summary>"2016H2", "2016Q3": a year and its half or quarter in one token, at token <paramref name="i"/>.</summary>
    public static bool TryGluedYearPart(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var text = scan.Tokens[i].Text;
        if (text.Length != 6 || !TokenScan.IsYearText(text, 0, out var year) || !CharClasses.IsAsciiDigit(text[5]))
        {
            return false;
        }

        var part = text[5] - '0';
        var letter = char.ToUpperInvariant(text[4]);
        var first = DateReader.WithPreposition(scan.Tokens, i, scan.ClaimedBefore, out _);
        if (letter == 'Q' && part is >= 1 and <= 4)
        {
            candidate = Emit(scan, first, i, new DatePoint(i, i, year, 0, 0, part));
            return true;
        }

        if (letter == 'H' && part is 1 or 2)
        {
            candidate = Half(scan, first, i, year, part);
            return true;
        }

        return false;
    }

    /// <summary>"1970s" in one token, at token <paramref name="i"/>: a decade.</summary>
    public static bool TryDecadeToken(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var text = scan.Tokens[i].Text;
        if (text.Length != 5 || (text[4] != 's' && text[4] != 'S') || !TokenScan.IsYearText(text, 0, out var year) || year % 10 != 0)
        {
            return false;
        }

        candidate = Decade(scan, DateReader.WithPreposition(scan.Tokens, i, scan.ClaimedBefore, out _), i, year);
        return true;
    }

    private static Candidate Decade(NumericScan scan, int first, int last, int year)
    {
        var start = new DatePoint(first, last, year, 0, 0, 0);
        return new Candidate(first, last, scan.Fact(FactKind.Period, first, last, start: scan.Iso(start), end: scan.Iso(start with { Year = year + 9 })));
    }

    // "the first week of 2015": an ISO week, as the period of its days.
    private static Candidate Week(NumericScan scan, int first, int last, int year, int week)
    {
        var (startDay, endDay) = IsoWeeks.Span(year, week, week);
        return new Candidate(first, last, scan.Fact(FactKind.Period, first, last, start: startDay, end: endDay));
    }

    private static Candidate Half(NumericScan scan, int first, int last, int year, int half)
    {
        var start = new DatePoint(first, last, year, half == 1 ? 1 : 7, 0, 0);
        var end = start with { Month = half == 1 ? 6 : 12 };
        return new Candidate(first, last, scan.Fact(FactKind.Period, first, last, start: scan.Iso(start), end: scan.Iso(end)));
    }

    // Reads what stands before the year (a month and day, a quarter, a half, a part of the year or a modifier) by the
    // lexicon's date forms of place "before"; with none, whether the words before still make the year a date.
    private static DatePoint ReadBackward(NumericScan scan, int i, int year, int claimedBefore, out bool hasContext, out DateMatch form)
    {
        var tokens = scan.Tokens;
        hasContext = true;
        form = default;
        var p = i - 1;
        if (p <= claimedBefore || !TokenScan.InSentence(tokens, p, i) || (scan.IsPlainBeforeYearAt(p) && !IsMonthThenIn(tokens, p, claimedBefore)))
        {
            hasContext = false;
            return new DatePoint(i, i, year, 0, 0, 0);
        }

        if (DateFormMatcher.TryMatchBefore(DateFormTable.For(tokens.Lexicon).BeforeYear, scan, i, claimedBefore, out form))
        {
            return form.Point;
        }

        // "the fate of 2025": a word and "of" before the year give it context of their own.
        var ofPart = p - 1;
        hasContext = tokens[p].IsWord("of") && ofPart > claimedBefore && TokenScan.InSentence(tokens, ofPart, i) && tokens.KindAt(ofPart) == TokenKind.Word && !tokens[ofPart].IsWord("one");
        return new DatePoint(i, i, year, 0, 0, 0);
    }

    // "June in 2017", "28 june in 2020": "in" between a month and its year (else "in" gives the year no context of its own).
    private static bool IsMonthThenIn(TokenList tokens, int p, int claimedBefore)
        => p - 1 > claimedBefore && tokens.KindAt(p - 1) == TokenKind.Word && tokens[p].IsWord("in") && tokens.Lexicon.Months.IsMonthName(tokens[p - 1].Text);

    /// <summary>
    /// Whether a token with this text, just before a year, gives the year no context of its own: a word that is
    /// no month, "of", "quarter", "half" nor year modifier ("in", "since", "the"). Such a word is read no further
    /// than <see cref="ReadBackward"/>'s first test, for exactly those words fail every other.
    /// </summary>
    internal static bool IsPlainBeforeYear(Token token, Lexicon lexicon)
        => token.Kind == TokenKind.Word && !lexicon.Months.IsMonthName(token.Text) && !token.IsWord("of") && !token.IsWord("quarter") && !token.IsWord("half")
        && !YearModifiers.For(lexicon).Contains(token.Text) && !IsSpelledNumber(token.Text, SpelledNumbers.Of(lexicon));

    private static bool IsSpelledNumber(string word, SpelledNumbers numbers) => numbers.IsNumberWord(word) || numbers.SpelledOrdinals.ContainsKey(word);

    private static Candidate Emit(NumericScan scan, int first, int last, DatePoint point)
        => new(first, last, scan.Fact(FactKind.Date, first, last, date: scan.Iso(point)));
}
