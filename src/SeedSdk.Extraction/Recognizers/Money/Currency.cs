namespace SeedSdk.Extraction.Recognizers.Money;

/// <summary>A currency as written: its ISO 4217 code and what one written unit is worth in main units (0.01 for cents, 1,000,000 for "MUSD").</summary>
/// <param name="Code">ISO 4217 code (or a common code such as BTC).</param>
/// <param name="Factor">Main units per written unit.</param>
internal readonly record struct Currency(string Code, decimal Factor)
{
    /// <summary>Whether this is a sub-unit (cents, pence, mao).</summary>
    public bool IsSubunit => Factor < 1m;
}
