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

    /// <summary><c>nth</c>: an ordinal in one word or in digits ("third", "3rd"), a count.</summary>
    Nth = 1 << 26,

    /// <summary><c>number</c>: a whole number in digits, a count.</summary>
    Count = 1 << 27,

    /// <summary>The parts written in digits.</summary>
    Digits = Year | Month | TwoDigitMonth | Day | TwoDigitDay | DayOrMonth,

    /// <summary>The parts written as a word.</summary>
    Words = MonthName | DatedMonth | ClearMonth | Word | SpelledDay | SpelledOrdinal | Ordinal | LastPart | ListWord | Nth,

    /// <summary>The parts written as letters and digits in one token.</summary>
    Codes = QuarterCode | HalfCode | DayOrOrdinal | GluedMonthDay | Ordinal | Nth,

    /// <summary>The parts read over more than one token (only from a year back).</summary>
    Spelled = SpelledDay | SpelledOrdinal,

    /// <summary>The signs between parts.</summary>
    Signs = Slash | Dash | Dot | AnySign | SameSign | Comma | Apostrophe,
}
