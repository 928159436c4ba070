using System;
using System.Collections.Generic;
using System.Linq;
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

    private static readonly PerLexicon<DateFormTable> Tables = new(lexicon => Parse(lexicon.List(ListName), lexicon));

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
        ["dated-month"] = DatePart.DatedMonth,
        ["Q#"] = DatePart.QuarterCode,
        ["H#"] = DatePart.HalfCode,
        [","] = DatePart.Comma,
        ["'"] = DatePart.Apostrophe,
        ["clear-month"] = DatePart.ClearMonth,
        ["day"] = DatePart.DayOrOrdinal,
        ["monthday"] = DatePart.GluedMonthDay,
        ["spelled-day"] = DatePart.SpelledDay,
        ["spelled-ordinal"] = DatePart.SpelledOrdinal,
        ["ordinal"] = DatePart.Ordinal,
        ["last"] = DatePart.LastPart,
        ["nth"] = DatePart.Nth,
        ["number"] = DatePart.Count,
    };

    private static readonly Dictionary<string, DateFormPlace> Places = new(StringComparer.Ordinal)
    {
        ["digits"] = DateFormPlace.Digits,
        ["year"] = DateFormPlace.AfterYear,
        ["before"] = DateFormPlace.BeforeYear,
    };

    private static readonly Dictionary<string, DateFormResult> Results = new(StringComparer.Ordinal)
    {
        ["date"] = DateFormResult.Date,
        ["half"] = DateFormResult.Half,
        ["decade"] = DateFormResult.Decade,
        ["quarter"] = DateFormResult.Quarter,
        ["week"] = DateFormResult.Week,
    };

    private static readonly Dictionary<string, DateGuards> GuardNames = new(StringComparer.Ordinal)
    {
        ["!alone"] = DateGuards.Alone,
        ["!ends"] = DateGuards.Ends,
        ["!spaced"] = DateGuards.Spaced,
        ["!in-range"] = DateGuards.InRange,
        ["!boundary"] = DateGuards.Boundary,
        ["!boundary-or-digits"] = DateGuards.BoundaryOrDigits,
    };

    private DateFormTable(DateForm[] forms)
    {
        Forms = forms;
        var shapes = new TokenShapes(forms);
        Digits = Group(DateFormPlace.Digits);
        AfterYear = Group(DateFormPlace.AfterYear);
        BeforeYear = Group(DateFormPlace.BeforeYear);

        DateFormGroup Group(DateFormPlace place) => new(Array.FindAll(forms, f => f.Place == place), place, shapes);
    }

    /// <summary>Every form, in the list's order.</summary>
    public DateForm[] Forms { get; }

    /// <summary>The forms of dates in digits and signs (<c>digits</c>), in order.</summary>
    public DateFormGroup Digits { get; }

    /// <summary>The forms of a part after a year (<c>year</c>), in order.</summary>
    public DateFormGroup AfterYear { get; }

    /// <summary>The forms of a month or day before a year (<c>before</c>), read from the year back, in order.</summary>
    public DateFormGroup BeforeYear { get; }

    /// <summary>The date forms of <paramref name="lexicon"/>.</summary>
    public static DateFormTable For(Lexicon lexicon) => Tables.For(lexicon);

    /// <summary>
    /// Parses the rows of a list of date forms, whose <c>&lt;list&gt;</c> elements name lists of <paramref name="lexicon"/>;
    /// a row that is not a form throws a <see cref="FormatException"/> naming it.
    /// </summary>
    public static DateFormTable Parse(IReadOnlyList<string> rows, Lexicon lexicon)
    {
        var forms = new DateForm[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            forms[r] = ParseRow(rows[r], r + 1, lexicon);
        }

        return new DateFormTable(forms);
    }

    private static DateForm ParseRow(string row, int number, Lexicon lexicon)
    {
        var columns = row.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (columns.Length < 3)
        {
            throw Error(row, number, "a form needs a name, where it is tried, what it makes and its elements");
        }

        var place = Places.TryGetValue(columns[1], out var p) ? p : throw Error(row, number, "unknown place '" + columns[1] + "' (digits, year or before)");
        var result = Results.TryGetValue(columns[2], out var r) ? r : throw Error(row, number, "unknown result '" + columns[2] + "' (date, half or decade)");
        if (place == DateFormPlace.Digits && result != DateFormResult.Date)
        {
            throw Error(row, number, "a 'digits' form makes a date (a period reads its points)");
        }

        var elements = new List<DateElement>();
        var guards = DateGuards.None;
        var hasSign = false;
        for (var c = 3; c < columns.Length; c++)
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
                var element = ParseElement(written, touches, row, number, lexicon);
                if ((element.Parts & DatePart.SameSign) != 0 && !hasSign)
                {
                    throw Error(row, number, "'sep=' before any sign it could repeat");
                }

                if ((element.Parts & DatePart.Spelled) != 0 && place != DateFormPlace.BeforeYear)
                {
                    throw Error(row, number, "a spelled day is read only in a 'before' form");
                }

                hasSign |= (element.Parts & DatePart.Signs) != 0;
                elements.Add(element);
                touches = true;
            }
        }

        if (elements.Count < 2)
        {
            throw Error(row, number, "a form needs two elements at least");
        }

        var anchor = place == DateFormPlace.BeforeYear ? elements[elements.Count - 1] : elements[0];
        if (anchor.Optional || (place != DateFormPlace.Digits && anchor.Parts != DatePart.Year))
        {
            throw Error(row, number, place switch
            {
                DateFormPlace.BeforeYear => "a 'before' form ends with its year, which is there",
                DateFormPlace.AfterYear => "a 'year' form starts with its year, which is there",
                _ => "a form's first element is there",
            });
        }

        return new DateForm(columns[0], place, result, elements.ToArray(), guards);
    }

    // One element: alternatives separated by '|' (a quoted word among them), '?' at the end when it may be left out.
    private static DateElement ParseElement(string written, bool touches, string row, int number, Lexicon lexicon)
    {
        var optional = written.Length > 1 && written[written.Length - 1] == '?';
        if (optional)
        {
            written = written.Substring(0, written.Length - 1);
        }

        if (written.Length > 2 && written[0] == '<' && written[written.Length - 1] == '>')
        {
            var name = written.Substring(1, written.Length - 2);
            if (!lexicon.ListNames.Contains(name))
            {
                throw Error(row, number, "no list '" + name + "' in the lexicon");
            }

            return new DateElement(DatePart.ListWord, touches, optional, List: new WordSet(lexicon.List(name)));
        }

        var parts = DatePart.None;
        List<string>? words = null;
        foreach (var alternative in written.Split('|'))
        {
            if (alternative.Length > 2 && alternative[0] == '"' && alternative[alternative.Length - 1] == '"')
            {
                (words ??= new List<string>()).Add(alternative.Substring(1, alternative.Length - 2));
                parts |= DatePart.Word;
                continue;
            }

            parts |= Parts.TryGetValue(alternative, out var part) ? part : throw Error(row, number, "unknown element '" + alternative + "'");
        }

        return new DateElement(parts, touches, optional, words?.ToArray());
    }

    private static FormatException Error(string row, int number, string problem)
        => new("The list '" + ListName + "', row " + number + " (\"" + row + "\"): " + problem + ".");
}
