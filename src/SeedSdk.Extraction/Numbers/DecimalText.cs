using System;

namespace SeedSdk.Extraction.Numbers;

/// <summary>Decimal helpers: canonical scale and rounding of repeating fractions.</summary>
internal static class DecimalText
{
    /// <summary>The same value without trailing zeros (0.0120 → 0.012).</summary>
    public static decimal Normalize(decimal value)
    {
        var whole = decimal.Truncate(value);
        if (whole == value)
        {
            return whole;
        }

        // The fewest decimals that hold the value exactly, found by shifting it left one digit at a time:
        // a few multiplications cost less than the division that strips trailing zeros in general.
        var shifted = value;
        for (byte decimals = 1; decimals <= MaxFastDecimals; decimals++)
        {
            shifted *= 10m;
            var digits = decimal.Truncate(shifted);
            if (digits == shifted)
            {
                if (digits < -MaxFastMantissa || digits > MaxFastMantissa)
                {
                    break;
                }

                var mantissa = (ulong)(long)Math.Abs(digits);
                return new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, value < 0m, decimals);
            }
        }

        return value / 1.000000000000000000000000000000000m;
    }

    private const int MaxFastDecimals = 18;
    private const decimal MaxFastMantissa = long.MaxValue;

    /// <summary>A ratio of two integers, rounded to four decimals when it does not terminate there ("a third" → 0.3333).</summary>
    public static decimal Fraction(decimal numerator, decimal denominator)
        => Normalize(Math.Round(numerator / denominator, 4, MidpointRounding.AwayFromZero));
}
