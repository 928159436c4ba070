using System;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>What one token of a date form may be (a row's element; several when the row writes "a|b").</summary>
[Flags]
internal enum DatePart
{
    None = 0,

    /// <summary><c>year</c>: a year in four digits.</summary>
    Year = 1 << 0,

    /// <summary><c>month</c>: a month name or abbreviation.</summary>
    MonthName = 1 << 1,

    /// <summary><c>month#</c>: a month in one or two digits.</summary>
    Month = 1 << 2,

    /// <summary><c>month##</c>: a month in two digits.</summary>
    TwoDigitMonth = 1 << 3,

    /// <summary><c>day#</c>: a day in one or two digits.</summary>
    Day = 1 << 4,

    /// <summary><c>day##</c>: a day in two digits.</summary>
    TwoDigitDay = 1 << 5,

    /// <summary><c>dm#</c>: a day or a month in one or two digits, their order read by the document's convention.</summary>
    DayOrMonth = 1 << 6,

    /// <summary><c>/</c>.</summary>
    Slash = 1 << 7,

    /// <summary><c>-</c>: any dash.</summary>
    Dash = 1 << 8,

    /// <summary><c>.</c>.</summary>
    Dot = 1 << 9,

    /// <summary><c>sep</c>: any of / - .</summary>
    AnySign = 1 << 10,

    /// <summary><c>sep=</c>: the same sign as the form's first.</summary>
    SameSign = 1 << 11,

    /// <summary>The parts written in digits.</summary>
    Digits = Year | Month | TwoDigitMonth | Day | TwoDigitDay | DayOrMonth,

    /// <summary>The signs between parts.</summary>
    Signs = Slash | Dash | Dot | AnySign | SameSign,
}

/// <summary>A condition on a whole match of a date form (a row's <c>!name</c>), checked by <see cref="DateFormMatcher"/>.</summary>
[Flags]
internal enum DateGuards
{
    None = 0,

    /// <summary><c>!alone</c>: no touching '/' or dash and digits follow.</summary>
    Alone = 1 << 0,

    /// <summary><c>!ends</c>: punctuation, the sentence's end or a capitalized word follows.</summary>
    Ends = 1 << 1,

    /// <summary><c>!spaced</c>: the first sign has a space on one side at least.</summary>
    Spaced = 1 << 2,

    /// <summary><c>!in-range</c>: read as an end of a period, and not before a touching '/'.</summary>
    InRange = 1 << 3,
}

/// <summary>One element of a date form: what its token may be, and whether it touches the token before it.</summary>
internal readonly record struct DateElement(DatePart Parts, bool Touches);

/// <summary>One row of the lexicon's list <c>date-forms</c>: a layout of a date, its elements in order and its guards.</summary>
internal sealed class DateForm
{
    /// <summary>Creates the form <paramref name="name"/>.</summary>
    public DateForm(string name, DateElement[] elements, DateGuards guards)
    {
        Name = name;
        Elements = elements;
        Guards = guards;
    }

    /// <summary>The form's name (the row's first column).</summary>
    public string Name { get; }

    /// <summary>The elements, one token each, in order.</summary>
    public DateElement[] Elements { get; }

    /// <summary>The conditions on the whole match.</summary>
    public DateGuards Guards { get; }
}
