using System;

namespace SeedSdk.Extraction.Numbers;

/// <summary>
/// The recognizers that may read on from a number with a given token right after it. Each reads a number only with
/// some tokens there ("5 %", "5 yuan", "5-10", "5 years", "5 May"), so a token none of them reads on with rules the
/// number out for them with one look-up per distinct text (<see cref="NumericScan.ReadersAfterAt"/>); the rest of the
/// recognizers read the number whatever follows it.
/// </summary>
[Flags]
internal enum NumberReaders
{
    /// <summary>None of them.</summary>
    None = 0,

    /// <summary>A period starting at a day number ("5 March - 9 May", "5 to 9 March").</summary>
    PeriodFromDay = 1,

    /// <summary>A range ("5-10%", "5 to 10 million").</summary>
    Range = 2,

    /// <summary>An amount with its currency after it ("5 yuan", "5-cent").</summary>
    Money = 4,

    /// <summary>A share ("5%", "5 percent", "3/4", "1 in 5").</summary>
    Share = 8,

    /// <summary>A length of time ("5 years", "5-year").</summary>
    Duration = 16,

    /// <summary>A period starting at a year ("2021-2025", "2017 Q1 to 2018 Q3").</summary>
    PeriodFromYear = 32,

    /// <summary>A date in digits ("10/1/2018", "2015-3"), by what its forms read after their first number.</summary>
    DigitDate = 64,

    /// <summary>The leading part of a year ("the first 10 months of 2024").</summary>
    LeadingPart = 128,

    /// <summary>All of them.</summary>
    All = PeriodFromDay | Range | Money | Share | Duration | PeriodFromYear | DigitDate | LeadingPart,
}
