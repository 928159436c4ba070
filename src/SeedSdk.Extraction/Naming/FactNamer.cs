using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Pipeline;

namespace SeedSdk.Extraction.Naming;

/// <summary>Gives every fact a C# identifier, unique within its kind.</summary>
internal static class FactNamer
{
    /// <summary>Returns the facts, in the same order, with <see cref="ExtractedFact.Name"/> set.</summary>
    public static EquatableArray<ExtractedFact> AssignNames(DocumentContext context, List<ExtractedFact> facts)
    {
        var used = new Dictionary<FactKind, HashSet<string>>();
        var result = new ExtractedFact[facts.Count];
        for (var i = 0; i < facts.Count; i++)
        {
            if (!used.TryGetValue(facts[i].Kind, out var names))
            {
                used[facts[i].Kind] = names = new HashSet<string>(System.StringComparer.Ordinal);
            }

            var name = facts[i].Kind.GroupName() + "Fact";
            var candidate = name + "1";
            for (var n = 2; !names.Add(candidate); n++)
            {
                candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            result[i] = facts[i] with { Name = candidate };
        }

        return EquatableArray<ExtractedFact>.TakeOwnership(result);
    }
}
