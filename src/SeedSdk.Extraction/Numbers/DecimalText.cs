using System;

namespace SeedSdk.Extraction.Numbers;

/// <summary>Decimal helpers: canonical scale and rounding of repeating fractions.</summary>
internal static class DecimalText
{
    /// <summary>The same value without trailing zeros (0.0120 → 0.012).</summary>
    public static decimal Normalize(decimal value)
    {
        var whole = decimal.Truncate(value);
        return whole == value ? whole : value / 1.000000000000000000000000000000000m;
    }

    /// <summary>A ratio of two integers, rounded to four decimals when it does not terminate there ("a third" → 0.3333).</summary>
    public static decimal Fraction(decimal numerator, decimal denominator)
        => Normalize(Math.Round(numerator / denominator, 4, MidpointRounding.AwayFromZero));
}
