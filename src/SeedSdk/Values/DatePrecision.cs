namespace SeedSdk;

/// <summary>How precise a <see cref="PartialDate"/> is.</summary>
public enum DatePrecision
{
    /// <summary>A year ("2025").</summary>
    Year,

    /// <summary>A quarter of a year ("2025-Q1").</summary>
    Quarter,

    /// <summary>A month ("2025-03").</summary>
    Month,

    /// <summary>A day ("2025-03-05").</summary>
    Day,
}
