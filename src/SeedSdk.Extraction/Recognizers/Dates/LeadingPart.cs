using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>
/// "In the first 10 months of 2024", "the first three quarters of 2025", "the first 2 weeks of 2021": the opening part of a year is a
/// period from its first month, not a duration, and its year is not a date of its own.
/// </summary>
internal static class LeadingPart
{
    /// <summary>Whether a token with this text may stand right after the count of such a period: its unit ("months", "quarters", "weeks").</summary>
    internal static bool MayFollowNumber(Token token) => token.IsWord("weeks") || token.IsWord("months") || token.IsWord("quarters");

    /// <summary>Tries to read such a period whose count is the number at token <paramref name="i"/>.</summary>
    public static bool TryMatch(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        if (i - 1 <= scan.ClaimedBefore || !TokenScan.IsWord(tokens, i - 1, i, "first") || !scan.NumberAt(i, out var number) || number.HasScale)
        {
            return false;
        }

        var unit = number.Last + 1;
        var count = number.Value;
        var isWeeks = TokenScan.IsWord(tokens, unit, i, "weeks");
        var monthsPerUnit = TokenScan.IsWord(tokens, unit, i, "months") ? 1 : TokenScan.IsWord(tokens, unit, i, "quarters") ? 3 : 0;
        if ((monthsPerUnit == 0 && !isWeeks) || !TokenScan.IsWord(tokens, unit + 1, i, "of") || !TokenScan.InSentence(tokens, unit + 2, i) || !TokenScan.IsYear(tokens[unit + 2], out var year)
            || count != decimal.Truncate(count) || count < 2 || (isWeeks ? count > IsoWeeks.WeeksIn(year) : count * monthsPerUnit > 12))
        {
            return false;
        }

        var yearToken = unit + 2;
        var first = DateReader.WithPreposition(tokens, i - 1, scan.ClaimedBefore, out _);
        if (isWeeks)
        {
            // "the first 2 weeks of 2021": ISO weeks 1..2, as the period of their days.
            var (startDay, endDay) = IsoWeeks.Span(year, 1, (int)count);
            candidate = new Candidate(first, yearToken, scan.Fact(FactKind.Period, first, yearToken, start: startDay, end: endDay));
            return true;
        }

        var start = new DatePoint(first, yearToken, year, 1, 0, 0);
        var end = start with { Month = (int)count * monthsPerUnit };
        candidate = new Candidate(first, yearToken, scan.Fact(FactKind.Period, first, yearToken, start: scan.Iso(start), end: scan.Iso(end)));
        return true;
    }
}
