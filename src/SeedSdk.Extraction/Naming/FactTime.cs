using System;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// The year or period a number belongs to, as a name suffix ("2025", "2021To2025"): read outward
/// from the fact inside its clause, never across a conjunction ("sold 1m cars in 2024 and will hire
/// 500 engineers": the hires get no year). A period beats a year; the nearer one wins otherwise.
/// </summary>
internal static class FactTime
{
    /// <summary>Appends the time suffix of the fact in <paramref name="window"/> to <paramref name="name"/>, if it has one.</summary>
    public static void AppendTo(in FactWindow window, NameBuilder name)
    {
        var left = Scan(window, window.First - 1, -1);
        var right = Scan(window, window.Last + 1, 1);
        if (left.Period >= 0 || right.Period >= 0)
        {
            var period = right.Period < 0 || (left.Period >= 0 && left.PeriodDistance <= right.PeriodDistance) ? left.Period : right.Period;
            name.Append(window.Words[period].Text);
            name.Append(window.Naming.Parts.To);
            name.Append(window.Words[period + 2].Text);
            return;
        }

        var year = left.Year < 0 || right.Year < 0
            ? Math.Max(left.Year, right.Year)
            : left.YearDistance <= right.YearDistance ? left.Year : right.Year;
        if (year >= 0)
        {
            name.Append(window.Words[year].Text);
        }
    }

    // The nearest period (the index of its first year) and the nearest year, by word index; -1 for none.
    private static (int Period, int PeriodDistance, int Year, int YearDistance) Scan(in FactWindow window, int start, int step)
    {
        var year = -1;
        var yearDistance = 0;
        for (var i = start; window.IsInClause(i); i += step)
        {
            ref readonly var word = ref window.Words[i];
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
            if (period >= 0)
            {
                return (period, distance, year, yearDistance);
            }

            if (year < 0)
            {
                year = i;
                yearDistance = distance;
            }
        }

        return (-1, 0, year, yearDistance);
    }

    // "2021 to 2025", "2021-2025", "between 2021 and 2025", seen from either year: the index of the first year, or -1.
    private static int PeriodAt(in FactWindow window, int index)
    {
        if (IsJoinerAt(window, index + 1) && IsYearAt(window, index + 2))
        {
            return index;
        }

        return IsJoinerAt(window, index - 1) && IsYearAt(window, index - 2) ? index - 2 : -1;
    }

    private static bool IsYearAt(in FactWindow window, int index) => window.IsInClause(index) && window.Words[index].IsYear;

    private static bool IsJoinerAt(in FactWindow window, int index)
        => window.IsInClause(index) && IsJoiner(window.Words[index], window.Naming);

    private static bool IsJoiner(in NameWord word, NamingLexicon naming)
        => naming.YearRangeJoiners.Contains(word.Lower) || (word.Text.Length == 1 && CharClasses.IsDash(word.Text[0]));
}
