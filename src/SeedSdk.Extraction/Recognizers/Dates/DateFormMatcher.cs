using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>
/// Reads a date by the forms of a <see cref="DateFormTable"/>: at a token, each form in order matches its elements
/// one token each, checks its guards and builds the date; the first that succeeds gives it. A form reads a fixed
/// number of tokens, so a document is read in linear time.
/// </summary>
internal static class DateFormMatcher
{
    /// <summary>
    /// Tries the forms of <paramref name="group"/> at token <paramref name="start"/>, within the sentence of
    /// <paramref name="anchor"/>; <paramref name="inRange"/> when the date would end a period (for <c>!in-range</c>).
    /// </summary>
    public static bool TryMatch(DateFormGroup group, NumericScan scan, int start, int anchor, bool inRange, out DateMatch match)
    {
        match = default;
        var tokens = scan.Tokens;
        if (!TokenScan.InSentence(tokens, start + 1, anchor) || !MayBe(group.SecondParts, tokens, start + 1))
        {
            return false; // most numbers go on with a word: no form reads them
        }

        foreach (var form in group.Forms)
        {
            if (MayRead(form.Elements, 1, +1, tokens, start + 1) && TryForm(form, scan, start, anchor, inRange, out match))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tries one form at token <paramref name="start"/>, reading forward.</summary>
    public static bool TryForm(DateForm form, NumericScan scan, int start, int anchor, bool inRange, out DateMatch match)
    {
        match = default;
        var tokens = scan.Tokens;
        var reading = new Reading { FirstSign = -1 };
        var k = start;
        foreach (var element in form.Elements)
        {
            if (TryAt(element, tokens, k, anchor, -1, ref reading, out _))
            {
                k++;
            }
            else if (!element.Optional)
            {
                return false;
            }
        }

        var last = k - 1;
        return Holds(form.Guards, tokens, reading, last, anchor, inRange) && TryDate(scan, form.Result, reading, start, last, out match);
    }

    /// <summary>
    /// Tries the forms of <paramref name="group"/> (of place <c>before</c>) that end at the year at token
    /// <paramref name="year"/>, reading back from it, never to token <paramref name="claimedBefore"/> or before.
    /// </summary>
    public static bool TryMatchBefore(DateFormGroup group, NumericScan scan, int year, int claimedBefore, out DateMatch match)
    {
        var tokens = scan.Tokens;
        foreach (var form in group.Forms)
        {
            if (MayRead(form.Elements, form.Elements.Length - 2, -1, tokens, year - 1) && TryFormBefore(form, scan, year, claimedBefore, out match))
            {
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> may be read by the element at <paramref name="from"/> or, while the elements
    /// are optional, by the next ones in the reading direction <paramref name="step"/>: a form whose elements cannot read
    /// it is passed over before it reads anything. Only says no where the element's reader would.
    /// </summary>
    private static bool MayRead(DateElement[] elements, int from, int step, TokenList tokens, int k)
    {
        var anchorElement = from - step;
        if (k < 0 || k >= tokens.Count || anchorElement < 0 || anchorElement >= elements.Length || elements[anchorElement].Optional)
        {
            return true;
        }

        for (var e = from; e >= 0 && e < elements.Length; e += step)
        {
            if (MayMatch(elements[e], tokens, k))
            {
                return true;
            }

            if (!elements[e].Optional)
            {
                return false;
            }
        }

        return true;
    }

    // The parts TryElement reads whatever the token's kind.
    private const DatePart AnyKind = DatePart.ListWord | DatePart.Ordinal | DatePart.Nth | DatePart.Count;

    // MayBe for one element: a touching element needs a touching token, and a word must be one of its words
    // unless the element reads other words too.
    private static bool MayMatch(DateElement element, TokenList tokens, int k)
    {
        var parts = element.Parts;
        var token = tokens[k];
        if (element.Touches && token.SpaceBefore && (parts & (DatePart.Spelled | AnyKind)) == 0)
        {
            return false;
        }

        return token.Kind == TokenKind.Word && (parts & AnyKind) == 0
            ? (parts & (DatePart.Words & ~DatePart.Word)) != 0 || element.IsOneOfWords(token)
            : MayBe(parts, tokens, k);
    }

    /// <summary>Tries one form that ends at the year at token <paramref name="year"/>, reading its elements from the last back.</summary>
    public static bool TryFormBefore(DateForm form, NumericScan scan, int year, int claimedBefore, out DateMatch match)
    {
        match = default;
        var tokens = scan.Tokens;
        var reading = new Reading { FirstSign = -1 };
        var k = year;
        var elements = form.Elements;
        for (var e = elements.Length - 1; e >= 0; e--)
        {
            var element = elements[e];
            if (k > claimedBefore && TryAt(element, tokens, k, year, claimedBefore, ref reading, out var first))
            {
                k = first - 1;
            }
            else if (!element.Optional)
            {
                return false;
            }
        }

        return Holds(form.Guards, tokens, reading, year, year, inRange: false) && TryDate(scan, form.Result, reading, k + 1, year, out match);
    }

    // Reads element at token k into reading; an element left out (optional, not there) leaves reading as it was.
    private static bool TryAt(DateElement element, TokenList tokens, int k, int anchor, int claimedBefore, ref Reading reading, out int first)
    {
        first = k;
        if (!TokenScan.InSentence(tokens, k, anchor))
        {
            return false;
        }

        var trial = reading;
        if (!TryElement(element, tokens, k, anchor, claimedBefore, ref trial, out first) || (element.Touches && tokens[first].SpaceBefore))
        {
            return false;
        }

        reading = trial;
        return true;
    }

    // What a form has read so far.
    private struct Reading
    {
        public int Year;
        public int Month;
        public int Day;
        public int FirstNumber; // the dm# parts, in their written order
        public int SecondNumber;
        public int Numbers;
        public int FirstSign; // the token of the first sign, -1 before it
        public int Quarter;
        public int Half;
        public int Ordinal; // of a part; LastOrdinal for "last"
        public int Count;
        public bool HasCount;
    }

    private const int LastOrdinal = -1;

    private static bool TryElement(DateElement element, TokenList tokens, int k, int anchor, int claimedBefore, ref Reading reading, out int first)
    {
        first = k;
        var parts = element.Parts;
        var token = tokens[k];
        if ((parts & DatePart.ListWord) != 0)
        {
            return element.List!.Contains(token.Text);
        }

        if ((parts & DatePart.Ordinal) != 0 && reading.Ordinal == 0 && SpelledNumbers.Of(tokens.Lexicon).Ordinals.TryGetValue(token.Text, out reading.Ordinal))
        {
            return true;
        }

        if ((parts & (DatePart.Nth | DatePart.Count)) != 0 && !reading.HasCount && TryCount(parts, token, SpelledNumbers.Of(tokens.Lexicon), out reading.Count))
        {
            reading.HasCount = true;
            return true;
        }

        switch (token.Kind)
        {
            case TokenKind.Word:
                if ((parts & DatePart.Word) != 0 && element.IsOneOfWords(token))
                {
                    return true;
                }

                if ((parts & DatePart.LastPart) != 0 && reading.Ordinal == 0 && token.IsWord("last"))
                {
                    reading.Ordinal = LastOrdinal;
                    return true;
                }

                if ((parts & DatePart.Spelled) != 0 && reading.Day == 0
                    && DateReader.TrySpelledDayEndingAt(tokens, k, claimedBefore, anchor, allowCardinal: (parts & DatePart.SpelledDay) != 0, out reading.Day, out first))
                {
                    return true;
                }

                if (reading.Month != 0)
                {
                    return false;
                }

                return ((parts & DatePart.MonthName) != 0 && tokens.Lexicon.Months.TryGetMonth(token.Text, allowAbbreviation: true, out reading.Month, out _))
                    || ((parts & DatePart.ClearMonth) != 0 && DateReader.TryMonth(tokens, k, anchor, out reading.Month, out _))
                    || ((parts & DatePart.DatedMonth) != 0 && DateReader.TryMonthInDate(tokens, k, anchor, out reading.Month));
            case TokenKind.Number:
                return ((parts & DatePart.Digits) != 0 && TryDigits(parts, token, ref reading))
                    || ((parts & DatePart.DayOrOrdinal) != 0 && reading.Day == 0 && DateReader.TryDay(tokens, k, anchor, out reading.Day));
            case TokenKind.Mixed:
                return ((parts & DatePart.QuarterCode) != 0 && DateReader.TryQuarterCode(tokens, k, anchor, out reading.Quarter))
                    || ((parts & DatePart.HalfCode) != 0 && DateReader.TryHalfCode(tokens, k, anchor, out reading.Half))
                    || ((parts & DatePart.DayOrOrdinal) != 0 && reading.Day == 0 && DateReader.TryDay(tokens, k, anchor, out reading.Day))
                    || ((parts & DatePart.GluedMonthDay) != 0 && reading.Month == 0 && reading.Day == 0
                        && DateReader.TryGluedMonthDay(token, tokens.Lexicon.Months, out reading.Month, out reading.Day));
            default:
                return (parts & DatePart.Signs) != 0 && TrySign(parts, tokens, k, ref reading);
        }
    }

    // Whether token k could be any of parts (a word any word), without reading it into a date: says no only where
    // TryElement would. List words, ordinals and counts are read before the token's kind is looked at.
    private static bool MayBe(DatePart parts, TokenList tokens, int k)
    {
        if ((parts & AnyKind) != 0)
        {
            return true;
        }

        var token = tokens[k];
        switch (token.Kind)
        {
            case TokenKind.Word:
                return (parts & DatePart.Words) != 0;
            case TokenKind.Number:
                var scratch = new Reading();
                return ((parts & DatePart.Digits) != 0 && TryDigits(parts, token, ref scratch)) || (parts & DatePart.DayOrOrdinal) != 0;
            case TokenKind.Mixed:
                return (parts & DatePart.Codes) != 0;
            default:
                var signs = new Reading { FirstSign = k };
                return (parts & DatePart.Signs) != 0 && TrySign(parts, tokens, k, ref signs);
        }
    }

    private static bool TryDigits(DatePart parts, Token token, ref Reading reading)
    {
        if ((parts & DatePart.Year) != 0 && TokenScan.IsYear(token, out var year))
        {
            reading.Year = year;
            return true;
        }

        var length = token.Text.Length;
        if (length > 2 || !TokenScan.IsPlainInteger(token, out var value))
        {
            return false;
        }

        if ((parts & DatePart.Month) != 0 || ((parts & DatePart.TwoDigitMonth) != 0 && length == 2))
        {
            if (value is >= 1 and <= 12)
            {
                reading.Month = value;
                return true;
            }
        }

        if ((parts & DatePart.Day) != 0 || ((parts & DatePart.TwoDigitDay) != 0 && length == 2))
        {
            if (value >= 1)
            {
                reading.Day = value;
                return true;
            }
        }

        if ((parts & DatePart.DayOrMonth) == 0 || reading.Numbers == 2)
        {
            return false;
        }

        if (reading.Numbers++ == 0)
        {
            reading.FirstNumber = value;
        }
        else
        {
            reading.SecondNumber = value;
        }

        return true;
    }

    private static bool TrySign(DatePart parts, TokenList tokens, int k, ref Reading reading)
    {
        var token = tokens[k];
        var matches = ((parts & DatePart.Slash) != 0 && token.Is('/'))
            || ((parts & DatePart.Dash) != 0 && TokenScan.IsDashToken(token))
            || ((parts & DatePart.Dot) != 0 && token.Is('.'))
            || ((parts & DatePart.AnySign) != 0 && NumericDates.IsSeparator(token))
            || ((parts & DatePart.SameSign) != 0 && reading.FirstSign >= 0 && token.Text == tokens[reading.FirstSign].Text)
            || ((parts & DatePart.Comma) != 0 && token.Is(','))
            || ((parts & DatePart.Apostrophe) != 0 && token.Text.Length == 1 && CharClasses.IsApostrophe(token.Text[0]));
        if (matches && reading.FirstSign < 0)
        {
            reading.FirstSign = k;
        }

        return matches;
    }

    private static bool Holds(DateGuards guards, TokenList tokens, Reading reading, int last, int anchor, bool inRange)
    {
        if (guards == DateGuards.None)
        {
            return true;
        }

        return ((guards & DateGuards.Alone) == 0 || !IsGluedContinuation(tokens, last))
            && ((guards & DateGuards.Ends) == 0 || IsEnd(tokens, last, anchor))
            && ((guards & DateGuards.Spaced) == 0 || (reading.FirstSign >= 0 && !IsGlued(tokens, reading.FirstSign)))
            && ((guards & DateGuards.InRange) == 0 || (inRange && !(TokenScan.IsChar(tokens, last + 1, anchor, '/') && !tokens[last + 1].SpaceBefore)))
            && ((guards & DateGuards.Boundary) == 0 || TokenScan.IsBoundary(tokens, last + 1, anchor))
            && ((guards & DateGuards.BoundaryOrDigits) == 0 || TokenScan.IsBoundary(tokens, last + 1, anchor) || tokens.KindAt(last + 1) == TokenKind.Number);
    }

    private static bool TryDate(NumericScan scan, DateFormResult result, Reading reading, int first, int last, out DateMatch match)
    {
        match = default;
        int month = reading.Month, day = reading.Day;
        if (reading.Numbers == 2)
        {
            // "10/1/2018" is 1 October; "21/04/2016", or any date of a document that writes its days first, day first.
            var dayFirst = reading.FirstNumber > 12 || (reading.SecondNumber <= 12 && scan.ReadsDayFirst);
            month = dayFirst ? reading.SecondNumber : reading.FirstNumber;
            day = dayFirst ? reading.FirstNumber : reading.SecondNumber;
            if (month is < 1 or > 12 || day < 1)
            {
                return false;
            }
        }
        else if (reading.Numbers != 0)
        {
            return false;
        }

        if (day != 0 && (month == 0 || day > MonthTable.DaysIn(reading.Year == 0 ? 2000 : reading.Year, month)))
        {
            return false;
        }

        int quarter = reading.Quarter, half = reading.Half;
        if (result == DateFormResult.Quarter)
        {
            quarter = reading.Ordinal == LastOrdinal ? 4 : reading.Ordinal;
        }
        else if (result == DateFormResult.Half && half == 0)
        {
            half = reading.Ordinal == LastOrdinal ? 2 : reading.Ordinal;
        }

        var week = 0;
        if (result == DateFormResult.Week && reading.Year != 0)
        {
            week = reading.HasCount ? reading.Count : IsoWeeks.WeeksIn(reading.Year);
        }

        var valid = result switch
        {
            DateFormResult.Week => week >= 1 && week <= IsoWeeks.WeeksIn(reading.Year),
            DateFormResult.Quarter => quarter is >= 1 and <= 4,
            DateFormResult.Half => half is 1 or 2 && reading.Year != 0,
            DateFormResult.Decade => reading.Year != 0 && reading.Year % 10 == 0,
            _ => true,
        };
        match = new DateMatch(new DatePoint(first, last, reading.Year, month, day, quarter), half, result, week);
        return valid;
    }

    // "third", "3rd" (nth); "3" (number).
    private static bool TryCount(DatePart parts, Token token, SpelledNumbers numbers, out int count)
    {
        count = 0;
        return ((parts & DatePart.Nth) != 0 && (numbers.SpelledOrdinals.TryGetValue(token.Text, out count) || DateReader.TryDigitOrdinal(token, out count)))
            || ((parts & DatePart.Count) != 0 && TokenScan.IsPlainInteger(token, out count));
    }

    // Digits or a sign glued after token k: the date would be part of a longer code ("2015-3-7x", "11/2016/3").
    private static bool IsGluedContinuation(TokenList tokens, int k)
        => k + 2 < tokens.Count && !tokens[k + 1].SpaceBefore && (tokens[k + 1].Is('/') || TokenScan.IsDashToken(tokens[k + 1])) && !tokens[k + 2].SpaceBefore
        && tokens.KindAt(k + 2) is TokenKind.Number or TokenKind.Mixed;

    // The end of a spaced date: punctuation, the sentence's end, or a word (not a count: "2016 - 11 people").
    private static bool IsEnd(TokenList tokens, int k, int anchor)
        => TokenScan.IsBoundary(tokens, k + 1, anchor) || (tokens.KindAt(k + 1) == TokenKind.Word && char.IsUpper(tokens[k + 1].Text[0]));

    // A sign with no space on either side.
    private static bool IsGlued(TokenList tokens, int k) => !tokens[k].SpaceBefore && k + 1 < tokens.Count && !tokens[k + 1].SpaceBefore;
}

/// <summary>What a date form read: its point (tokens, year, month, day or quarter), its half-year, what the form makes of them, and its ISO week.</summary>
internal readonly record struct DateMatch(DatePoint Point, int Half, DateFormResult Result, int Week = 0);
