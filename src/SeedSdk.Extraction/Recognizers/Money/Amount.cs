namespace SeedSdk.Extraction.Recognizers.Money;

/// <summary>
/// An amount being read: its tokens, the number's tokens, value in main units and currency; <c>Whole</c>
/// when an integer without scale (so sub-units may follow); <c>SubunitsAllowed</c> when a bare number may
/// follow as cents ("15 dollars 50") because the currency was written after the number.
/// </summary>
internal readonly record struct Amount(int First, int Last, int NumberFirst, int NumberLast, decimal Value, string Code, bool Whole, bool SubunitsAllowed);
