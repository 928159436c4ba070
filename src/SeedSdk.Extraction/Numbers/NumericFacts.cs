using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Pipeline;

namespace SeedSdk.Extraction.Numbers;

/// <summary>The numeric and temporal stage: money, ratios, quantities, durations, dates and periods.</summary>
internal static class NumericFacts
{
    /// <summary>Adds the numeric and temporal facts of <paramref name="context"/> to <paramref name="facts"/>.</summary>
    public static void Recognize(DocumentContext context, List<ExtractedFact> facts)
    {
    }
}
