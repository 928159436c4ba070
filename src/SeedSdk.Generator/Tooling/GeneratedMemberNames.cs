using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Emitting;
using SeedSdk.Generator.Parsing;

namespace SeedSdk.Generator.Tooling;

/// <summary>
/// The generator's naming for tools (the <c>seedsdk</c> command): the member name each fact's field gets
/// in the generated class, from the emitter's own grouping and <see cref="MemberNamer"/>, so the CLI's JSON and
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
        var emitted = new List<ExtractedFact>(facts.Count);
        var positions = new List<int>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            if (FactValidator.Problem(facts[i], document.Text.Length) is null)
            {
                emitted.Add(facts[i]);
                positions.Add(i);
            }
        }

        var names = new string?[facts.Count];
        foreach (var group in SeedEmitter.Groups(emitted))
        {
            var g = 0;
            for (var e = 0; e < emitted.Count; e++)
            {
                if (emitted[e].Kind == group.Kind)
                {
                    names[positions[e]] = group.Names[g++].Field;
                }
            }
        }

        return names;
    }
}
