using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Recognizers.Durations;
using SeedSdk.Extraction.Recognizers.Money;
using SeedSdk.Extraction.Recognizers.Quantities;
using SeedSdk.Extraction.Recognizers.Ratios;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Numeric;

/// <summary>
/// Ranges of one measure: "15-20%", "5 to 10 million yuan", "two to three years", "between 200 and 250 stores".
/// An analyst records both bounds, so a range gives two facts of the upper bound's kind and unit, both
/// spanning the whole range: the lower bound scaled like the upper one ("5-10 million" → 5 million), and
/// for money the qualifiers <c>at-least</c> and <c>up-to</c>. "rose from 4% to 5%" is a change, not a range;
/// a bare "3-2" or a phone number has no measure after it and gives nothing here.
/// </summary>
internal static class RangeRecognizer
{
    /// <summary>Tries to read a range whose lower bound is the bare number at token <paramref name="i"/>.</summary>
    public static bool TryMatch(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        if (!scan.NumberAt(i, out var lower) || lower.Suffix is not null)
        {
            return false;
        }

        // The joiner first: most numbers have none after them, and the words before need not be read.
        var join = lower.Last + 1;
        if (!TokenScan.InSentence(tokens, join + 1, i) || !MayJoin(tokens[join]) || !IsRangeStart(tokens, i, scan.ClaimedBefore))
        {
            return false;
        }

        var isBetween = i > 0 && tokens[i - 1].IsWord("between");
        if (!TokenScan.IsRangeJoiner(tokens, join, isBetween) || tokens.KindAt(join + 1) == TokenKind.Symbol)
        {
            return false;
        }

        if (!scan.NumberAt(join + 1, out var upperNumber) || upperNumber.Value <= 0 || !TryUpper(scan, join + 1, out var upper) || upper.Fact?.Value is not { } upperValue)
        {
            return false;
        }

        // "5-10 million yuan": the lower bound takes the upper one's scale and unit factor; a scaled lower
        // bound ("5 million to 10 million") carries its own scale, so only the unit factor applies.
        if (!TryHead(tokens[join + 1], upperNumber, out var head))
        {
            return false;
        }

        var lowerValue = lower.HasScale ? lower.Value * (upperValue / upperNumber.Value) : lower.Value * (upperValue / head);

        if (lowerValue >= upperValue)
        {
            return false;
        }

        var first = isBetween ? i - 1 : i;
        var isMoney = upper.Fact.Kind == FactKind.Money;
        var high = upper.Fact with { Text = scan.TextOf(first, upper.Last), Span = scan.SpanOf(first, upper.Last), Qualifier = isMoney ? "up-to" : upper.Fact.Qualifier };
        var low = high with { Value = lowerValue, Qualifier = isMoney ? "at-least" : upper.Fact.Qualifier };
        candidate = new Candidate(first, upper.Last, low, high);
        return true;
    }

    // The upper number without its scale word: "10" of "10 million".
    private static bool TryHead(Token token, NumberMatch upper, out decimal head)
    {
        head = upper.Value;
        if (!upper.HasScale)
        {
            return true;
        }

        return token.Kind == TokenKind.Number && NumberParser.TryDigits(token.Text, 0, token.Text.Length, out head, out _) && head > 0;
    }

    // "from 2 to 3" and "rose 5 to 7" read as a change; a range starts a phrase.
    private static bool IsRangeStart(TokenList tokens, int i, int claimedBefore)
        => i - 1 <= claimedBefore || !(tokens[i - 1].IsWord("from") || tokens[i - 1].IsWord("to"));

    /// <summary>Whether a token with this text may join a range's bounds (a dash, "to", "and"): exactly the tokens the range is read on with after its lower number.</summary>
    internal static bool MayJoin(Token token) => TokenScan.IsDashToken(token) || token.IsWord("to") || token.IsWord("and");

    // The measure after the upper number: money, share, duration or counted things.
    private static bool TryUpper(NumericScan scan, int j, out Candidate upper)
    {
        var saved = scan.ClaimedBefore;
        scan.ClaimedBefore = j - 1;
        var found = (MoneyRecognizer.TryMatch(scan, j, out upper)
                || RatioRecognizer.TryMatch(scan, j, out upper)
                || DurationRecognizer.TryMatch(scan, j, out upper)
                || QuantityRecognizer.TryMatch(scan, j, out upper))
            && upper.First == j && upper.Fact is not null;
        scan.ClaimedBefore = saved;
        return found;
    }
}
