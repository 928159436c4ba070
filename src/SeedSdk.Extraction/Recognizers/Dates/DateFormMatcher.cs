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
        if (TrySelect(group, scan, start, +1, anchor, claimedBefore: -1, out var nearby, out var candidates))
        {
            for (var f = group.NextCandidate(candidates, 0); f < group.Forms.Length; f = group.NextCandidate(candidates, f + 1))
            {
                if (nearby.MayBeRead(group, f) && TryForm(group, f, scan, start, anchor, inRange, nearby, out match))
                {
                    return true;
                }
            }
        }

        match = default;
        return false;
    }

    /// <summary>Tries one form at token <paramref name="start"/>, reading forward.</summary>
    public static bool TryForm(DateForm form, NumericScan scan, int start, int anchor, bool inRange, out DateMatch match)
    {
        var group = DateFormGroup.Of(form);
        var shapes = group.Shapes;
        var nearby = new Nearby(start, +1, shapes.Of(scan, start, anchor), shapes.Of(scan, start + 1, anchor), shapes.Of(scan, start + 2, anchor));
        return TryForm(group, 0, scan, start, anchor, inRange, nearby, out match);
    }

    // Form f of group, read forward from token start.
    private static bool TryForm(DateFormGroup group, int f, NumericScan scan, int start, int anchor, bool inRange, Nearby nearby, out DateMatch match)
    {
        match = default;
        var tokens = scan.Tokens;
        var form = group.Forms[f];
        var elements = form.Elements;
        var reading = new Reading { FirstSign = -1 };
        var k = start;
        for (var e = 0; e < elements.Length; e++)
        {
            if (group.Reads(f, e, nearby.ShapeOf(group, scan, k, anchor)) && TryAt(elements[e], tokens, k, anchor, -1, ref reading, out _))
            {
                k++;
            }
            else if (!elements[e].Optional)
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
        if (TrySelect(group, scan, year, -1, year, claimedBefore, out var nearby, out var candidates))
        {
            for (var f = group.NextCandidate(candidates, 0); f < group.Forms.Length; f = group.NextCandidate(candidates, f + 1))
            {
                if (nearby.MayBeRead(group, f) && TryFormBefore(group, f, scan, year, claimedBefore, nearby, out match))
                {
                    return true;
                }
            }
        }

        match = default;
        return false;
    }

    // The shapes at an anchor and the two tokens after it in the reading direction step (none at or before
    // claimedBefore), and the forms of the group that may read them; false when no form may. The token next to the
    // anchor is looked at first: most numbers go on with a word, which no form of digits reads.
    private static bool TrySelect(DateFormGroup group, NumericScan scan, int at, int step, int anchor, int claimedBefore, out Nearby nearby, out ulong candidates)
    {
        nearby = default;
        candidates = 0;
        if (!group.MayGoOnAt(scan.Tokens, at + step))
        {
            return false;
        }

        var next = ShapeAt(group, scan, at + step, anchor, claimedBefore);
        candidates = group.FormsReadingNext(next);
        if (group.NoneOf(candidates))
        {
            return false;
        }

        var atAnchor = ShapeAt(group, scan, at, anchor, claimedBefore);
        var afterNext = ShapeAt(group, scan, at + (2 * step), anchor, claimedBefore);
        candidates = group.FormsReadingAnchor(atAnchor, candidates, afterNext);
        nearby = new Nearby(at, step, atAnchor, next, afterNext);
        return true;
    }

    private static uint ShapeAt(DateFormGroup group, NumericScan scan, int k, int anchor, int claimedBefore)
        => k > claimedBefore ? group.Shapes.Of(scan, k, anchor) : 0;

    // Form f of group, which ends at the year at token year, read from its last element back.
    private static bool TryFormBefore(DateFormGroup group, int f, NumericScan scan, int year, int claimedBefore, Nearby nearby, out DateMatch match)
    {
        match = default;
        var tokens = scan.Tokens;
        var form = group.Forms[f];
        var elements = form.Elements;
        var reading = new Reading { FirstSign = -1 };
        var k = year;
        for (var e = elements.Length - 1; e >= 0; e--)
        {
            var element = elements[e];
            if (k > claimedBefore && group.Reads(f, e, nearby.ShapeOf(group, scan, k, year)) && TryAt(element, tokens, k, year, claimedBefore, ref reading, out var first))
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

    // Reads element at token k, which its shape shows is in the anchor's sentence, into reading; an element left out
    // (optional, not there) leaves reading as it was.
    private static bool TryAt(DateElement element, TokenList tokens, int k, int anchor, int claimedBefore, ref Reading reading, out int first)
    {
        first = k;
        if ((element.Parts & DatePart.Spelled) == 0)
        {
            // One token, so a touching element needs this one touching; TryElement writes reading only when it reads.
            return !(element.Touches && tokens.SpaceBeforeAt(k)) && TryElement(element, tokens, k, anchor, claimedBefore, ref reading, out first);
        }

        // A spelled day may start tokens before k: whether it touches is known once it is read.
        var trial = reading;
        if (!TryElement(element, tokens, k, anchor, claimedBefore, ref trial, out first) || (element.Touches && tokens[first].SpaceBefore))
        {
            return false;
        }

        reading = trial;
        return true;
    }

    // The shapes already read of an anchor and the two tokens after it (before it, reading back): a form's elements
    // read them again.
    private readonly struct Nearby
    {
        private readonly int _anchor;
        private readonly int _step;
        private readonly uint _atAnchor;
        private readonly uint _next;
        private readonly uint _afterNext;

        public Nearby(int anchor, int step, uint atAnchor, uint next, uint afterNext)
        {
            _anchor = anchor;
            _step = step;
            _atAnchor = atAnchor;
            _next = next;
            _afterNext = afterNext;
        }

        public bool MayBeRead(DateFormGroup group, int form) => group.MayRead(form, _atAnchor, _next, _afterNext);

        public uint ShapeOf(DateFormGroup group, NumericScan scan, int k, int sentenceAnchor)
            => ((k - _anchor) * _step) switch
            {
                0 => _atAnchor,
                1 => _next,
                2 => _afterNext,
                _ => group.Shapes.Of(scan, k, sentenceAnchor),
            };
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

    // Reads element at token k; writes reading only when it reads.
    private static bool TryElement(DateElement element, TokenList tokens, int k, int anchor, int claimedBefore, ref Reading reading, out int first)
    {
        first = k;
        var parts = element.Parts;
        var token = tokens[k];
        if ((parts & DatePart.ListWord) != 0)
        {
            return element.List!.Contains(token.Text);
        }

        if ((parts & DatePart.Ordinal) != 0 && reading.Ordinal == 0 && SpelledNumbers.Of(tokens.Lexicon).Ordinals.TryGetValue(token.Text, out var ordinal))
        {
            reading.Ordinal = ordinal;
            return true;
        }

        if ((parts & (DatePart.Nth | DatePart.Count)) != 0 && !reading.HasCount && TryCount(parts, token, SpelledNumbers.Of(tokens.Lexicon), out var count))
        {
            reading.Count = count;
            reading.HasCount = true;
            return true;
        }

        int month, day;
        switch (token.Kind)
        {
            case TokenKind.Word:
                if ((parts & DatePart.Word) != 0 && element.IsOneOfWords(token))
                {
                    return true;
                }

                if ((parts & DatePart.LastPart) != 0 && reading.Ordinal == 0 && token.IsWord(TokenShapes.LastWord))
                {
                    reading.Ordinal = LastOrdinal;
                    return true;
                }

                if ((parts & DatePart.Spelled) != 0 && reading.Day == 0
                    && DateReader.TrySpelledDayEndingAt(tokens, k, claimedBefore, anchor, allowCardinal: (parts & DatePart.SpelledDay) != 0, out day, out first))
                {
                    reading.Day = day;
                    return true;
                }

                if (reading.Month == 0
                    && (((parts & DatePart.MonthName) != 0 && tokens.Lexicon.Months.TryGetMonth(token.Text, allowAbbreviation: true, out month, out _))
                        || ((parts & DatePart.ClearMonth) != 0 && DateReader.TryMonth(tokens, k, anchor, out month, out _))
                        || ((parts & DatePart.DatedMonth) != 0 && DateReader.TryMonthInDate(tokens, k, anchor, out month))))
                {
                    reading.Month = month;
                    return true;
                }

                return false;
            case TokenKind.Number:
                if ((parts & DatePart.Digits) != 0 && TryDigits(parts, token, ref reading))
                {
                    return true;
                }

                return (parts & DatePart.DayOrOrdinal) != 0 && reading.Day == 0 && DateReader.TryDay(tokens, k, anchor, out day) && Read(out reading.Day, day);
            case TokenKind.Mixed:
                if ((parts & DatePart.QuarterCode) != 0 && DateReader.TryQuarterCode(tokens, k, anchor, out var quarter))
                {
                    return Read(out reading.Quarter, quarter);
                }

                if ((parts & DatePart.HalfCode) != 0 && DateReader.TryHalfCode(tokens, k, anchor, out var half))
                {
                    return Read(out reading.Half, half);
                }

                if ((parts & DatePart.DayOrOrdinal) != 0 && reading.Day == 0 && DateReader.TryDay(tokens, k, anchor, out day))
                {
                    return Read(out reading.Day, day);
                }

                if ((parts & DatePart.GluedMonthDay) != 0 && reading.Month == 0 && reading.Day == 0 && DateReader.TryGluedMonthDay(token, tokens.Lexicon.Months, out month, out day))
                {
                    reading.Month = month;
                    return Read(out reading.Day, day);
                }

                return false;
            default:
                return (parts & DatePart.Signs) != 0 && TrySign(parts, tokens, k, ref reading);
        }
    }

    // Stores what an element read; true, for the reader's return.
    private static bool Read(out int field, int value)
    {
        field = value;
        return true;
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
