using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Pipeline;
using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Durations;

/// <summary>
/// Lengths of time: "five years", "15-year", "three-month", "24 hours", "two decades" (20 year),
/// "one and a half years". Ages ("a 15-year-old") are claimed without a fact; vague spans
/// ("two or three years") produce nothing.
/// </summary>
internal static class DurationRecognizer
{
    private static readonly WordMap<(string Unit, int Multiplier)> Units = new()
    {
        ["year"] = ("year", 1), ["years"] = ("year", 1), ["yr"] = ("year", 1), ["yrs"] = ("year", 1),
        ["decade"] = ("year", 10), ["decades"] = ("year", 10),
        ["month"] = ("month", 1), ["months"] = ("month", 1), ["week"] = ("week", 1), ["weeks"] = ("week", 1),
        ["day"] = ("day", 1), ["days"] = ("day", 1), ["hour"] = ("hour", 1), ["hours"] = ("hour", 1), ["hr"] = ("hour", 1), ["hrs"] = ("hour", 1),
        ["minute"] = ("minute", 1), ["minutes"] = ("minute", 1), ["min"] = ("minute", 1), ["mins"] = ("minute", 1),
    };

    /// <summary>Tries to read a duration starting at token <paramref name="i"/>.</summary>
    public static bool TryMatch(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        if (!scan.NumberAt(i, out var number) || number.HasScale || number.Suffix is not null)
        {
            return false;
        }

        var j = number.Last + 1;
        var hyphenated = TokenScan.IsTouchingDash(tokens, j, i);
        if (hyphenated)
        {
            j++;
        }

        // The unit first: it rules out most numbers with one look-up.
        if (!TokenScan.InSentence(tokens, j, i) || !Units.TryGetValue(tokens[j].Text, out var unit)
            || NumberGuards.IsVague(tokens, number.First, number.Last) || TokenScan.IsYear(tokens[i], out _))
        {
            return false;
        }

        if (tokens[j].IsCapitalized && tokens[i].IsCapitalized && !IsSentenceStart(tokens, i))
        {
            candidate = Candidate.Silent(i, j); // "the 14th Five-Year Plan": part of a name
            return true;
        }

        if (TokenScan.IsTouchingDash(tokens, j + 1, i) && TokenScan.IsWord(tokens, j + 2, i, "old"))
        {
            candidate = Candidate.Silent(i, j + 2); // "a 15-year-old": an age, not a span of time
            return true;
        }

        if (TokenScan.IsWord(tokens, j + 1, i, "old"))
        {
            candidate = Candidate.Silent(i, j + 1); // "45 years old"
            return true;
        }

        var fact = scan.Fact(FactKind.Duration, i, j, value: DecimalText.Normalize(number.Value * unit.Multiplier), unit: unit.Unit);
        candidate = new Candidate(i, j, fact);
        return true;
    }

    private static bool IsSentenceStart(TokenList tokens, int i) => i == 0 || tokens.SentenceAt(i - 1) != tokens.SentenceAt(i);
}
