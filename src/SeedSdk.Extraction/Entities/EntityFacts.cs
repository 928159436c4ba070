using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Pipeline;

namespace SeedSdk.Extraction.Entities;

/// <summary>The entity stage: people, organizations, locations, events, roles, lists and statements.</summary>
internal static class EntityFacts
{
    /// <summary>Adds the entity-level facts of <paramref name="context"/> to <paramref name="facts"/>, which already holds the numeric facts.</summary>
    public static void Recognize(DocumentContext context, List<ExtractedFact> facts)
    {
    }
}
