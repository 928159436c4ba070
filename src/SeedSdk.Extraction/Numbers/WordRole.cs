using System;

namespace SeedSdk.Extraction.Numbers;

/// <summary>What a word can start; words with no role are skipped with one dictionary look-up.</summary>
[Flags]
internal enum WordRole
{
    /// <summary>Starts nothing.</summary>
    None = 0,
    /// <summary>"from", "between", or a month name: may start a period.</summary>
    PeriodStart = 1,
    /// <summary>A spelled number or "a", "half", "quarter", "dozen".</summary>
    Number = 2,
    /// <summary>A fraction denominator ("third", "quarters").</summary>
    Denominator = 4,
    /// <summary>May start a currency written before a number ("USD", "HK" of "HK$", "Rs").</summary>
    CurrencyPrefix = 8,
    /// <summary>A scale word ("million", "billion"): starts nothing, but tells "a million" from a lone "a".</summary>
    Scale = 16,
}
