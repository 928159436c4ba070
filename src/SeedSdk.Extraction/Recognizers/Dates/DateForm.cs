using System;

namespace SeedSdk.Extraction.Recognizers.Dates;

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

    /// <summary><c>week</c>: the period of the ISO week its count gives, or with none the year's last week.</summary>
    Week,
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
