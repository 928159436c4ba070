namespace SeedSdk.Extraction.Numbers;

/// <summary>How a number was written.</summary>
internal enum NumberForm
{
    /// <summary>Digits ("1,318", "3.2").</summary>
    Digits,
    /// <summary>Digits glued to letters ("3.2bn", "100km"); see <see cref="NumberMatch.Suffix"/>.</summary>
    Mixed,
    /// <summary>Words ("one hundred and five", "a dozen").</summary>
    Spelled,
}

/// <summary>A number read from tokens <see cref="First"/>..<see cref="Last"/>.</summary>
/// <param name="First">First token.</param>
/// <param name="Last">Last token (including a scale word).</param>
/// <param name="Value">The value with any scale applied.</param>
/// <param name="Form">How it was written.</param>
/// <param name="HasScale">Whether a scale word or suffix ("million", "bn") was applied.</param>
/// <param name="IsWhole">Whether the written number had no decimal part.</param>
/// <param name="Suffix">Letters glued to the digits that are not a scale ("km" of "100km"), or null.</param>
internal readonly record struct NumberMatch(int First, int Last, decimal Value, NumberForm Form, bool HasScale, bool IsWhole, string? Suffix)
{
    /// <summary>Whether the scale is one glued letter ("4K", "5m"): a multiplier only when money is meant ("4K TVs" is a resolution).</summary>
    public bool HasLetterScale => Form == NumberForm.Mixed && HasScale && First == Last;
}
