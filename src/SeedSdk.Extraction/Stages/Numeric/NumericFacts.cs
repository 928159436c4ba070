using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Recognizers.Dates;
using SeedSdk.Extraction.Recognizers.Durations;
using SeedSdk.Extraction.Recognizers.Money;
using SeedSdk.Extraction.Recognizers.Quantities;
using SeedSdk.Extraction.Recognizers.Ratios;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Numeric;

/// <summary>
/// The numeric and temporal stage: money, ratios, quantities, durations, dates and periods. One left-to-right
/// pass over the tokens; at each token that can start (or anchor) a fact, the recognizers are tried in
/// priority order (period, date, a year's leading part, money, identifier guards, ratio, duration, quantity) and the first match
/// claims its tokens, so a year that ends a period is not also a date and money beats quantity. Every
/// recognizer looks a bounded number of tokens ahead or behind, never before the last claimed token.
/// </summary>
internal static class NumericFacts
{
    /// <summary>Adds the numeric and temporal facts of <paramref name="context"/> to <paramref name="facts"/>.</summary>
    public static void Recognize(DocumentContext context, List<ExtractedFact> facts)
    {
        var scan = new NumericScan(context, RecognizerQuestions.For(context.Lexicon));
        var tokens = scan.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!TryAt(scan, i, out var candidate))
            {
                continue;
            }

            if (candidate.Fact is not null)
            {
                facts.Add(candidate.Fact);
            }

            if (candidate.Second is not null)
            {
                facts.Add(candidate.Second);
            }

            scan.ClaimedBefore = candidate.Last;
            i = candidate.Last;
        }
    }

    // Most tokens are words with no anchor role or punctuation: ruled out by one look-up without trying them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryAt(NumericScan scan, int i, out Candidate candidate)
    {
        switch (scan.Tokens.KindAt(i))
        {
            case TokenKind.Word:
                var role = scan.AnchorRoleAt(i);
                return role != WordRole.None ? TryWord(scan, i, role, out candidate) : NoMatch(out candidate);
            case TokenKind.Symbol:
                var text = scan.Tokens[i].Text;
                return CurrencyTable.CanStartSymbol(text[0]) ? MoneyRecognizer.TryMatch(scan, i, out candidate)
                    : QuantityRecognizer.IsFractionSign(text) ? QuantityRecognizer.TryFractionSign(scan, i, out candidate) : NoMatch(out candidate);
            case TokenKind.Number:
                return TryNumber(scan, i, out candidate);
            default:
                return TryMixed(scan, i, out candidate);
        }
    }

    private static bool NoMatch(out Candidate candidate)
    {
        candidate = default;
        return false;
    }

    // The recognizers that read on from the number after it are tried only when the token there may go on with them
    // (see NumberReaders); the others read the number whatever follows it.
    private static bool TryNumber(NumericScan scan, int i, out Candidate candidate)
    {
        var readers = ReadersAfter(scan, i);
        return TryPercentEscaped(scan, i, out candidate)
            || (Reads(readers, NumberReaders.PeriodFromDay | NumberReaders.PeriodFromYear) && PeriodRecognizer.TryMatch(scan, i, out candidate))
            || (Reads(readers, NumberReaders.DigitDate) && NumericDates.TryMatch(scan, i, out candidate))
            || DateRecognizer.TryMatch(scan, i, out candidate)
            || (Reads(readers, NumberReaders.LeadingPart) && LeadingPart.TryMatch(scan, i, out candidate))
            || (Reads(readers, NumberReaders.Range) && RangeRecognizer.TryMatch(scan, i, out candidate))
            || (Reads(readers, NumberReaders.Money) && MoneyRecognizer.TryMatch(scan, i, out candidate))
            || TryGuard(scan, i, out candidate)
            || (Reads(readers, NumberReaders.Share) && RatioRecognizer.TryMatch(scan, i, out candidate))
            || (Reads(readers, NumberReaders.Duration) && DurationRecognizer.TryMatch(scan, i, out candidate))
            || QuantityRecognizer.TryMatch(scan, i, out candidate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Reads(NumberReaders readers, NumberReaders reader) => (readers & reader) != 0;

    // Who may read on from the number at token i (digits): by the token right after it and the one right after the whole
    // number ("5 million yuan"); a period and a date in digits only by the first, a period only from a year or a day
    // number (the only numbers that start one) and only with two more tokens in the sentence. A number with a suffix
    // glued to it ("3pc") is read by its suffix; nothing reads on past the sentence but a date in digits, which is
    // tried there as before.
    internal static NumberReaders ReadersAfter(NumericScan scan, int i)
    {
        var tokens = scan.Tokens;
        var next = i + 1;
        if (scan.NumberAt(i, out var number))
        {
            if (number.Suffix is not null)
            {
                return NumberReaders.All;
            }

            next = number.Last + 1;
        }

        const NumberReaders Periods = NumberReaders.PeriodFromDay | NumberReaders.PeriodFromYear;
        const NumberReaders ByFirst = Periods | NumberReaders.DigitDate;
        var first = ReadersAt(scan, i + 1, i);
        var readers = (next != i + 1 ? first | ReadersAt(scan, next, i) : first) & ~ByFirst;
        if ((first & NumberReaders.DigitDate) != 0 || !TokenScan.InSentence(tokens, i + 1, i) || tokens[i].Text.IndexOf('.') >= 0)
        {
            readers |= NumberReaders.DigitDate; // a date in digits reads on from the token right after its first number, or is one dotted token
        }

        if ((first & Periods) == 0 || !TokenScan.InSentence(tokens, i + 2, i))
        {
            return readers; // a period needs at least its start, a connector and its end
        }

        var token = tokens[i];
        var period = TokenScan.IsYear(token, out _) ? NumberReaders.PeriodFromYear : DateReader.IsDayNumber(token, out _) ? NumberReaders.PeriodFromDay : NumberReaders.None;
        return readers | (first & period);
    }

    private static NumberReaders ReadersAt(NumericScan scan, int k, int anchor)
        => TokenScan.InSentence(scan.Tokens, k, anchor) ? scan.ReadersAfterAt(k) : NumberReaders.None;

    private static bool TryMixed(NumericScan scan, int i, out Candidate candidate)
    {
        var text = scan.Tokens[i].Text;
        if (!CharClasses.IsAsciiDigit(text[0]))
        {
            return PeriodRecognizer.TryMatch(scan, i, out candidate) || DateRecognizer.TryFiscalCode(scan, i, out candidate) || MoneyRecognizer.TryMatch(scan, i, out candidate);
        }

        return TryPercentEscaped(scan, i, out candidate)
            || DateRecognizer.TryQuarterCode(scan, i, out candidate)
            || DateRecognizer.TryGluedYearPart(scan, i, out candidate)
            || DateRecognizer.TryDecadeToken(scan, i, out candidate)
            || MoneyRecognizer.TryMatch(scan, i, out candidate)
            || TryGuard(scan, i, out candidate)
            || RatioRecognizer.TryMatch(scan, i, out candidate)
            || DurationRecognizer.TryMatch(scan, i, out candidate)
            || QuantityRecognizer.TryMatch(scan, i, out candidate);
    }

    private static bool TryWord(NumericScan scan, int i, WordRole role, out Candidate candidate)
    {
        candidate = default;
        if ((role & WordRole.PeriodStart) != 0 && (PeriodRecognizer.TryMatch(scan, i, out candidate) || NumericDates.TryMatchAtMonth(scan, i, out candidate)))
        {
            return true;
        }

        if ((role & WordRole.Number) != 0)
        {
            // A lone "a" starts only a length of time ("a fortnight", "an hour and a half"): its currency prefix ("A$") and its numbers ("a million") need the next token.
            if (IsLoneArticle(scan, i))
            {
                return DurationRecognizer.TryWithoutNumber(scan, i, out candidate);
            }

            return (LeadingPart.TryMatch(scan, i, out candidate)
                || RangeRecognizer.TryMatch(scan, i, out candidate)
                || MoneyRecognizer.TryMatch(scan, i, out candidate)
                || RatioRecognizer.TryMatch(scan, i, out candidate)
                || DurationRecognizer.TryMatch(scan, i, out candidate)
                || QuantityRecognizer.TryMatch(scan, i, out candidate));
        }

        if ((role & WordRole.Denominator) != 0)
        {
            return RatioRecognizer.TryMatch(scan, i, out candidate);
        }

        return (role & WordRole.CurrencyPrefix) != 0 && MoneyRecognizer.TryMatch(scan, i, out candidate);
    }

    // "a" and "an" start a number only before a scale, a fraction or "$" ("a dozen", "a third", "A$5").
    private static bool IsLoneArticle(NumericScan scan, int i)
    {
        var tokens = scan.Tokens;
        if (!tokens[i].IsWord("a") && !tokens[i].IsWord("an"))
        {
            return false;
        }

        if (i + 1 >= tokens.Count)
        {
            return true;
        }

        var next = tokens[i + 1];
        return !(next.Is('$') && !next.SpaceBefore) && (scan.AnchorRoleAt(i + 1) & (WordRole.Scale | WordRole.Denominator)) == 0
            && !next.IsWord("dozen") && !next.IsWord("hundred");
    }

    // "%2020" in a web address: the digits after a glued '%' encode a character, they count nothing.
    private static bool TryPercentEscaped(NumericScan scan, int i, out Candidate candidate)
    {
        var tokens = scan.Tokens;
        if (i == 0 || tokens.SpaceBeforeAt(i) || tokens.KindAt(i - 1) != TokenKind.Symbol || !tokens[i - 1].Is('%') || !RatioRecognizer.IsPercentEscape(tokens, i - 1))
        {
            return NoMatch(out candidate);
        }

        var last = i;
        while (last + 1 < tokens.Count && !tokens[last + 1].SpaceBefore && (tokens[last + 1].Is('%') || tokens.KindAt(last + 1) is TokenKind.Number or TokenKind.Mixed or TokenKind.Word))
        {
            last++;
        }

        candidate = Candidate.Silent(i, last);
        return true;
    }

    // "Model 3", "No. 1", "555-1234", "1810.HK": digits that identify rather than count.
    private static bool TryGuard(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        var identified = NumberGuards.IdentifiedBy(tokens, i);
        if ((identified == NumberGuards.Identified.No && !NumberGuards.IsCode(tokens, i)) || IsPercentNext(tokens, i)
            || (identified == NumberGuards.Identified.ByNameWord && IsUnitAfterNameWord(scan, i)))
        {
            return false;
        }

        var last = i;
        while (last + 2 < tokens.Count && (TokenScan.IsDashToken(tokens[last + 1]) || tokens[last + 1].Is('.')) && !tokens[last + 1].SpaceBefore && !tokens[last + 2].SpaceBefore
            && tokens.KindAt(last + 2) is TokenKind.Number or TokenKind.Mixed)
        {
            last += 2;
        }

        candidate = Candidate.Silent(i, last);
        return true;
    }

    // "Add 2 cups", "Wait 5 minutes", "Drive 20 km": a number named only by the capitalized word before it (ByNameWord) is an amount
    // when a unit of measure or of time follows it ("Model 3 sales" stays a name, "555-1234" a code).
    private static bool IsUnitAfterNameWord(NumericScan scan, int i)
    {
        var tokens = scan.Tokens;
        if (NumberGuards.IsCode(tokens, i) || !scan.NumberAt(i, out var number) || number.Suffix is not null)
        {
            return false;
        }

        var j = number.Last + 1;
        return TokenScan.InSentence(tokens, j, i)
            && (TimeUnits.Of(tokens.Lexicon).TryGet(tokens[j].Text, out _) || WrittenMeasure.TryRead(tokens, j, i, out _, out _));
    }

    // "CPI 2.1%": a share after an acronym is still a share.
    private static bool IsPercentNext(TokenList tokens, int i)
        => TokenScan.IsChar(tokens, i + 1, i, '%') || TokenScan.IsWord(tokens, i + 1, i, "percent") || TokenScan.IsWord(tokens, i + 1, i, "per");
}
