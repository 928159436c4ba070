using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// The year or period a number belongs to, as a name suffix ("2025", "2021To2025"): read outward
/// from the fact inside its clause, never across a conjunction ("sold 1m cars in 2024 and will hire
/// 500 engineers": the hires get no year). A period beats a year; the nearer one wins otherwise.
/// </summary>
internal static class FactTime
{
    /// <summary>The time suffix of the fact in <paramref name="window"/>, or an empty string.</summary>
    public static string Of(in FactWindow window)
    {
        var left = Scan(window, window.First - 1, -1);
        var right = Scan(window, window.Last + 1, 1);
        if (left.Period is not null || right.Period is not null)
        {
            return right.Period is null || (left.Period is not null && left.PeriodDistance <= right.PeriodDistance) ? left.Period! : right.Period;
        }

        if (left.Year is null || right.Year is null)
        {
            return left.Year ?? right.Year ?? string.Empty;
        }

        return left.YearDistance <= right.YearDistance ? left.Year : right.Year;
    }

    private static (string? Period, int PeriodDistance, string? Year, int YearDistance) Scan(in FactWindow window, int start, int step)
    {
        string? year = null;
        var yearDistance = 0;
        for (var i = start; window.InClause(i) is { } word; i += step)
        {
            if (word.IsClauseConjunction && !(IsYearAt(window, i - 1) && IsYearAt(window, i + 1)))
            {
                break;
            }

            if (!word.IsYear)
            {
                continue;
            }

            var distance = (i - start) * step;
            var period = PeriodAt(window, i);
            if (period is not null)
            {
                return (period, distance, year, yearDistance);
            }

            if (year is null)
            {
                year = word.Text;
                yearDistance = distance;
            }
        }

        return (null, 0, year, yearDistance);
    }

    // "2021 to 2025", "2021-2025", "between 2021 and 2025", seen from either year.
    private static string? PeriodAt(in FactWindow window, int index)
    {
        if (IsJoinerAt(window, index + 1) && IsYearAt(window, index + 2))
        {
            return window.Words[index].Text + "To" + window.Words[index + 2].Text;
        }

        return IsJoinerAt(window, index - 1) && IsYearAt(window, index - 2)
            ? window.Words[index - 2].Text + "To" + window.Words[index].Text
            : null;
    }

    private static bool IsYearAt(in FactWindow window, int index) => window.InClause(index) is { IsYear: true };

    private static bool IsJoinerAt(in FactWindow window, int index)
        => window.InClause(index) is { } word
            && (word.Lower is "to" or "and" or "through" or "until" || (word.Text.Length == 1 && CharClasses.IsDash(word.Text[0])));
}
