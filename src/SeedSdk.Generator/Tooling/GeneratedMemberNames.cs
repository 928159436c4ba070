using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Emitting;
using SeedSdk.Generator.Parsing;

namespace SeedSdk.Generator.Tooling;

/// <summary>
/// The generator's naming for tools (the <c>seedsdk</c> command): the member name each fact's field gets
/// in the generated class, computed by the emitter's own <see cref="MemberNamer"/>, so the CLI's JSON and
/// report name facts exactly as the compiled API does.
/// </summary>
public static class GeneratedMemberNames
{
    /// <summary>
    /// The field name of each fact of <paramref name="document"/>, in the order of its <c>Facts</c>; null
    /// for a fact the generator does not emit (an unknown kind or a value it would reject with SEED008).
    /// </summary>
    public static IReadOnlyList<string?> Of(ExtractedDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var facts = document.Facts;
        var names = new string?[facts.Count];
        foreach (FactKind kind in Enum.GetValues(typeof(FactKind)))
        {
            if (!FactValidator.KnownKinds.Contains(kind))
            {
                continue;
            }

            var group = new List<ExtractedFact>();
            var positions = new List<int>();
            for (var i = 0; i < facts.Count; i++)
            {
                if (facts[i].Kind == kind && FactValidator.Problem(facts[i], document.Text.Length) is null)
                {
                    group.Add(facts[i]);
                    positions.Add(i);
                }
            }

            var assigned = MemberNamer.Assign(kind.GroupName(), group, f => FactMembers.ConstantSuffixes(f.Kind));
            for (var g = 0; g < group.Count; g++)
            {
                names[positions[g]] = assigned[g].Field;
            }
        }

        return names;
    }
}
