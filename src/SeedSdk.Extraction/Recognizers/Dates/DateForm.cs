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

    /// <summary><c>dated-month</c>: a month name next to a year or a day (not "may", not the end of a name such as "Theresa May").</summary>
    DatedMonth = 1 << 12,

    /// <summary><c>Q#</c>: a quarter code, "Q1".."Q4".</summary>
    QuarterCode = 1 << 13,

    /// <summary><c>H#</c>: a half-year code, "H1" or "H2".</summary>
    HalfCode = 1 << 14,

    /// <summary><c>,</c>.</summary>
    Comma = 1 << 15,

    /// <summary><c>'</c>: an apostrophe, straight or curly.</summary>
    Apostrophe = 1 << 16,

    /// <summary><c>"word"</c>: that word, in any case.</summary>
    Word = 1 << 17,

    /// <summary><c>clear-month</c>: a month name that reads as a month by itself (a full name, a capitalized abbreviation; not "may", not a surname).</summary>
    ClearMonth = 1 << 18,

    /// <summary><c>day</c>: a day in digits, with or without its suffix ("5", "05", "5th").</summary>
    DayOrOrdinal = 1 << 19,

    /// <summary><c>monthday</c>: a month name and its day in one token ("Dec31").</summary>
    GluedMonthDay = 1 << 20,

    /// <summary><c>spelled-day</c>: a day spelled out, ordinal or cardinal ("twenty second", "twenty two"), of one to three tokens.</summary>
    SpelledDay = 1 << 21,

    /// <summary><c>spelled-ordinal</c>: a day spelled out as an ordinal ("third", "twenty-first").</summary>
    SpelledOrdinal = 1 << 22,

    /// <summary><c>ordinal</c>: the ordinal of a part ("first".."fourth", "1st".."4th"; the list part-ordinals).</summary>
    Ordinal = 1 << 23,

    /// <summary><c>last</c>: the word "last", for the last part.</summary>
    LastPart = 1 << 24,

    /// <summary><c>&lt;list&gt;</c>: any word of that list of the lexicon.</summary>
    ListWord = 1 << 25,

    /// <summary>The parts written in digits.</summary>
    Digits = Year | Month | TwoDigitMonth | Day | TwoDigitDay | DayOrMonth,

    /// <summary>The parts written as a word.</summary>
    Words = MonthName | DatedMonth | ClearMonth | Word | SpelledDay | SpelledOrdinal | Ordinal | LastPart | ListWord,

    /// <summary>The parts written as letters and digits in one token.</summary>
    Codes = QuarterCode | HalfCode | DayOrOrdinal | GluedMonthDay | Ordinal,

    /// <summary>The parts read over more than one token (only from a year back).</summary>
    Spelled = SpelledDay | SpelledOrdinal,

    /// <summary>The signs between parts.</summary>
    Signs = Slash | Dash | Dot | AnySign | SameSign | Comma | Apostrophe,
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

    /// <summary><c>!boundary</c>: punctuation or the sentence's end follows.</summary>
    Boundary = 1 << 4,

    /// <summary><c>!boundary-or-digits</c>: punctuation, the sentence's end or a number follows.</summary>
    BoundaryOrDigits = 1 << 5,
}

/// <summary>Where the forms of a group are tried (a row's second column).</summary>
internal enum DateFormPlace
{
    /// <summary><c>digits</c>: at a number or a month name where a date in digits and signs may start, and at each point of a period.</summary>
    Digits,

    /// <summary><c>year</c>: at a year that no <c>digits</c> form reads, for a part written after it.</summary>
    AfterYear,

    /// <summary><c>before</c>: at a year, for a month or a day written before it, read from the year back.</summary>
    BeforeYear,
}

/// <summary>What a date form makes of what it read (a row's third column).</summary>
internal enum DateFormResult
{
    /// <summary><c>date</c>: a date as precise as its elements (a year, a month, a day or a quarter).</summary>
    Date,

    /// <summary><c>half</c>: the period of a half-year (an <c>H#</c>, or an <c>ordinal</c> of 1 or 2).</summary>
    Half,

    /// <summary><c>quarter</c>: a date of a quarter, its <c>ordinal</c> (or <c>last</c>, the fourth).</summary>
    Quarter,

    /// <summary><c>decade</c>: the period of the ten years from a year ending in 0.</summary>
    Decade,
}

/// <summary>
/// One element of a date form: what its token may be, whether it touches the token before it, whether the form
/// reads on without it (<c>?</c>), and its words when <see cref="DatePart.Word"/>.
/// </summary>
internal sealed record DateElement(DatePart Parts, bool Touches, bool Optional = false, string[]? Words = null, Text.WordSet? List = null)
{
    /// <summary>Whether <paramref name="token"/> is one of the element's words.</summary>
    public bool IsOneOfWords(Text.Token token)
    {
        if (Words is null)
        {
            return false;
        }

        foreach (var word in Words)
        {
            if (token.IsWord(word))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>One row of the lexicon's list <c>date-forms</c>: a layout of a date, its elements in order and its guards.</summary>
internal sealed class DateForm
{
    /// <summary>Creates the form <paramref name="name"/>.</summary>
    public DateForm(string name, DateFormPlace place, DateFormResult result, DateElement[] elements, DateGuards guards)
    {
        Name = name;
        Place = place;
        Result = result;
        Elements = elements;
        Guards = guards;
    }

    /// <summary>The form's name (the row's first column).</summary>
    public string Name { get; }

    /// <summary>Where the form is tried.</summary>
    public DateFormPlace Place { get; }

    /// <summary>What the form makes.</summary>
    public DateFormResult Result { get; }

    /// <summary>The elements, one token each, in order.</summary>
    public DateElement[] Elements { get; }

    /// <summary>The conditions on the whole match.</summary>
    public DateGuards Guards { get; }
}
