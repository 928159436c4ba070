using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Numbers;

/// <summary>
/// What a recognizer found at a position: the tokens it takes and the fact, or no fact when the tokens
/// are claimed only to keep other recognizers off them ("Model 3", "24/7", "percentage points").
/// </summary>
/// <param name="First">First token taken.</param>
/// <param name="Last">Last token taken.</param>
/// <param name="Fact">The fact, or null for a silent claim.</param>
/// <param name="Second">A second fact over the same tokens (the upper bound of a range), or null.</param>
internal readonly record struct Candidate(int First, int Last, ExtractedFact? Fact, ExtractedFact? Second = null)
{
    /// <summary>A claim of tokens that yields no fact.</summary>
    public static Candidate Silent(int first, int last) => new(first, last, null);
}
