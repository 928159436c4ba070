using System.Collections.Generic;
using SeedSdk.Extraction.Dates;
using SeedSdk.Extraction.Durations;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Money;
using SeedSdk.Extraction.Pipeline;
using SeedSdk.Extraction.Quantities;
using SeedSdk.Extraction.Ratios;
using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Numbers;

/// <summary>
/// The numeric and temporal stage: money, ratios, quantities, durations, dates and periods. One left-to-right
/// pass over the tokens; at each token that can start (or anchor) a fact, the recognizers are tried in
/// priority order (period, date, money, identifier guards, ratio, duration, quantity) and the first match
/// claims its tokens, so a year that ends a period is not also a date and money beats quantity. Every
/// recognizer looks a bounded number of tokens ahead or behind, never before the last claimed token.
/// </summary>
internal static class NumericFacts
{
    private static readonly HashSet<string> NumberLikeWords = TokenScan.Set("a", "an", "half", "quarter", "quarters", "dozen");

    /// <summary>Adds the numeric and temporal facts of <paramref name="context"/> to <paramref name="facts"/>.</summary>
    public static void Recognize(DocumentContext context, List<ExtractedFact> facts)
    {
        var tokens = context.Tokens;
        var claimedBefore = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!TryAt(context, i, claimedBefore, out var candidate))
            {
                continue;
            }

            if (candidate.Fact is not null)
            {
                facts.Add(candidate.Fact);
            }

            claimedBefore = candidate.Last;
            i = candidate.Last;
        }
    }

    private static bool TryAt(DocumentContext context, int i, int claimedBefore, out Candidate candidate)
    {
        var token = context.Tokens[i];
        return token.Kind switch
        {
            TokenKind.Number => TryNumber(context, i, claimedBefore, out candidate),
            TokenKind.Mixed => TryMixed(context, i, claimedBefore, out candidate),
            TokenKind.Symbol => MoneyRecognizer.TryMatch(context, i, claimedBefore, out candidate),
            _ => TryWord(context, i, claimedBefore, out candidate),
        };
    }

    private static bool TryNumber(DocumentContext context, int i, int claimedBefore, out Candidate candidate)
        => PeriodRecognizer.TryMatch(context, i, out candidate)
        || DateRecognizer.TryMatch(context, i, claimedBefore, out candidate)
        || MoneyRecognizer.TryMatch(context, i, claimedBefore, out candidate)
        || TryGuard(context, i, out candidate)
        || RatioRecognizer.TryMatch(context, i, claimedBefore, out candidate)
        || DurationRecognizer.TryMatch(context, i, out candidate)
        || QuantityRecognizer.TryMatch(context, i, out candidate);

    private static bool TryMixed(DocumentContext context, int i, int claimedBefore, out Candidate candidate)
    {
        var text = context.Tokens[i].Text;
        if (!CharClasses.IsAsciiDigit(text[0]))
        {
            return PeriodRecognizer.TryMatch(context, i, out candidate) || MoneyRecognizer.TryMatch(context, i, claimedBefore, out candidate);
        }

        return MoneyRecognizer.TryMatch(context, i, claimedBefore, out candidate)
            || TryGuard(context, i, out candidate)
            || QuantityRecognizer.TryMatch(context, i, out candidate);
    }

    private static bool TryWord(DocumentContext context, int i, int claimedBefore, out Candidate candidate)
    {
        candidate = default;
        var tokens = context.Tokens;
        var text = tokens[i].Text;
        if (tokens[i].IsWord("from") || tokens[i].IsWord("between") || MonthTable.TryGetMonth(text, allowAbbreviation: true, out _, out _))
        {
            return PeriodRecognizer.TryMatch(context, i, out candidate);
        }

        if (NumberWords.IsNumberWord(text) || NumberLikeWords.Contains(text))
        {
            return MoneyRecognizer.TryMatch(context, i, claimedBefore, out candidate)
                || RatioRecognizer.TryMatch(context, i, claimedBefore, out candidate)
                || DurationRecognizer.TryMatch(context, i, out candidate)
                || QuantityRecognizer.TryMatch(context, i, out candidate);
        }

        if (NumberWords.Denominators.ContainsKey(text))
        {
            return RatioRecognizer.TryMatch(context, i, claimedBefore, out candidate);
        }

        return MoneyRecognizer.CanStartPrefix(tokens[i]) && MoneyRecognizer.TryMatch(context, i, claimedBefore, out candidate);
    }

    // "Model 3", "No. 1", "555-1234", "1810.HK": digits that identify rather than count.
    private static bool TryGuard(DocumentContext context, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = context.Tokens;
        if (!NumberGuards.IsIdentifier(tokens, i) && !NumberGuards.IsCode(tokens, i))
        {
            return false;
        }

        var last = i;
        while (last + 2 < tokens.Count && (TokenScan.IsDashToken(tokens[last + 1]) || tokens[last + 1].Is('.')) && !tokens[last + 1].SpaceBefore && !tokens[last + 2].SpaceBefore
            && tokens[last + 2].Kind is TokenKind.Number or TokenKind.Mixed)
        {
            last += 2;
        }

        candidate = Candidate.Silent(i, last);
        return true;
    }
}
