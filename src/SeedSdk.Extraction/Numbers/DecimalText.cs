using System;
using System.Runtime.InteropServices;

namespace SeedSdk.Extraction.Numbers;

/// <summary>Decimal helpers: canonical scale and rounding of repeating fractions.</summary>
internal static class DecimalText
{
    /// <summary>The same value without trailing zeros (0.0120 → 0.012).</summary>
    public static decimal Normalize(decimal value)
    {
        // Most values fit 64 bits: their trailing zeros come off with integer arithmetic, no decimal operation.
        var parts = new DecimalParts { Value = value };
        if (BitConverter.IsLittleEndian && parts.High == 0 && (parts.Low | parts.Middle) != 0)
        {
            var mantissa = ((ulong)(uint)parts.Middle << 32) | (uint)parts.Low;
            var scale = (parts.Flags >> 16) & 0xFF;
            if (scale == 0 || mantissa % 10 != 0)
            {
                return value;
            }

            do
            {
                mantissa /= 10;
                scale--;
            }
            while (scale > 0 && mantissa % 10 == 0);

            return new decimal((int)(uint)mantissa, (int)(mantissa >> 32), 0, parts.Flags < 0, (byte)scale);
        }

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

    // A decimal's four 32-bit parts as the runtimes lay them out (flags, high, low, middle), read in place:
    // the netstandard2.0 decimal.GetBits allocates an array per call.
    [StructLayout(LayoutKind.Explicit)]
    private struct DecimalParts
    {
        [FieldOffset(0)]
        public decimal Value;

        [FieldOffset(0)]
        public int Flags;

        [FieldOffset(4)]
        public int High;

        [FieldOffset(8)]
        public int Low;

        [FieldOffset(12)]
        public int Middle;
    }
    private const decimal MaxFastMantissa = long.MaxValue;

    /// <summary>A ratio of two integers, rounded to four decimals when it does not terminate there ("a third" → 0.3333).</summary>
    public static decimal Fraction(decimal numerator, decimal denominator)
        => Normalize(Math.Round(numerator / denominator, 4, MidpointRounding.AwayFromZero));
}
