using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>
/// The date forms of a <see cref="Lexicon"/> (its list <c>date-forms</c>, whose format is written at the top of
/// <c>Lexicon/en/date-forms.txt</c>), parsed once per lexicon, in priority order.
/// </summary>
internal sealed class DateFormTable
{
    /// <summary>The name of the lexicon's list of date forms.</summary>
    public const string ListName = "date-forms";

    private static readonly PerLexicon<DateFormTable> Tables = new(lexicon => Parse(lexicon.List(ListName)));

    private static readonly Dictionary<string, DatePart> Parts = new(StringComparer.Ordinal)
    {
        ["year"] = DatePart.Year,
        ["month"] = DatePart.MonthName,
        ["month#"] = DatePart.Month,
        ["month##"] = DatePart.TwoDigitMonth,
        ["day#"] = DatePart.Day,
        ["day##"] = DatePart.TwoDigitDay,
        ["dm#"] = DatePart.DayOrMonth,
        ["/"] = DatePart.Slash,
        ["-"] = DatePart.Dash,
        ["."] = DatePart.Dot,
        ["sep"] = DatePart.AnySign,
        ["sep="] = DatePart.SameSign,
    };

    private static readonly Dictionary<string, DateGuards> GuardNames = new(StringComparer.Ordinal)
    {
        ["!alone"] = DateGuards.Alone,
        ["!ends"] = DateGuards.Ends,
        ["!spaced"] = DateGuards.Spaced,
        ["!in-range"] = DateGuards.InRange,
    };

    private DateFormTable(DateForm[] forms)
    {
        Forms = forms;
        foreach (var form in forms)
        {
            SecondParts |= form.Elements.Length > 1 ? form.Elements[1].Parts : DatePart.None;
        }
    }

    /// <summary>The forms, the first to match winning.</summary>
    public DateForm[] Forms { get; }

    /// <summary>Every part a form's second element may be: a token that is none of them starts no date.</summary>
    public DatePart SecondParts { get; }

    /// <summary>The date forms of <paramref name="lexicon"/>.</summary>
    public static DateFormTable For(Lexicon lexicon) => Tables.For(lexicon);

    /// <summary>Parses the rows of a list of date forms; a row that is not a form throws a <see cref="FormatException"/> naming it.</summary>
    public static DateFormTable Parse(IReadOnlyList<string> rows)
    {
        var forms = new DateForm[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            forms[r] = ParseRow(rows[r], r + 1);
        }

        return new DateFormTable(forms);
    }

    private static DateForm ParseRow(string row, int number)
    {
        var columns = row.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        var elements = new List<DateElement>();
        var guards = DateGuards.None;
        var hasSign = false;
        for (var c = 1; c < columns.Length; c++)
        {
            var column = columns[c];
            if (column[0] == '!')
            {
                guards |= GuardNames.TryGetValue(column, out var guard) ? guard : throw Error(row, number, "unknown guard '" + column + "'");
                continue;
            }

            if (guards != DateGuards.None)
            {
                throw Error(row, number, "element '" + column + "' after a guard (guards end the row)");
            }

            var touches = false;
            foreach (var written in column.Split('+'))
            {
                var parts = ParseElement(written, row, number);
                if ((parts & DatePart.SameSign) != 0 && !hasSign)
                {
                    throw Error(row, number, "'sep=' before any sign it could repeat");
                }

                hasSign |= (parts & DatePart.Signs) != 0;
                elements.Add(new DateElement(parts, touches));
                touches = true;
            }
        }

        if (elements.Count < 2)
        {
            throw Error(row, number, "a form needs a name and two elements at least");
        }

        return new DateForm(columns[0], elements.ToArray(), guards);
    }

    private static DatePart ParseElement(string written, string row, int number)
    {
        var parts = DatePart.None;
        foreach (var alternative in written.Split('|'))
        {
            parts |= Parts.TryGetValue(alternative, out var part) ? part : throw Error(row, number, "unknown element '" + alternative + "'");
        }

        return parts;
    }

    private static FormatException Error(string row, int number, string problem)
        => new("The list '" + ListName + "', row " + number + " (\"" + row + "\"): " + problem + ".");
}
