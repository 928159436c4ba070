using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Naming;
using SeedSdk.Generator.Model;

namespace SeedSdk.Generator.Emitting;

/// <summary>
/// Gives every member of one kind's nested class a unique, valid name. Fact fields are named first
/// (they keep the extractor's names unless those are invalid or clash), then each constant gets the
/// field name plus its suffix. A clash — with the nested class's own name (CS0542), a member inherited
/// from <see cref="object"/>, the class's own helpers (<see cref="ReservedNames.MemberNames"/>), or an earlier member — is resolved by appending "_2", "_3", ...
/// </summary>
internal static class MemberNamer
{
    /// <summary>Names the facts of one nested class.</summary>
    /// <param name="className">The nested class's name.</param>
    /// <param name="facts">Its facts, in document order.</param>
    /// <param name="constantSuffixes">The constant suffixes each fact gets.</param>
    public static FactMemberNames[] Assign(string className, IReadOnlyList<ExtractedFact> facts, Func<ExtractedFact, IReadOnlyList<string>> constantSuffixes)
    {
        var used = new HashSet<string>(ReservedNames.MemberNames, StringComparer.Ordinal) { className };
        var fields = new string[facts.Count];
        for (var i = 0; i < facts.Count; i++)
        {
            fields[i] = Claim(FieldBaseName(facts[i]), used);
        }

        var result = new FactMemberNames[facts.Count];
        for (var i = 0; i < facts.Count; i++)
        {
            var suffixes = constantSuffixes(facts[i]);
            var constants = new string[suffixes.Count];
            for (var s = 0; s < suffixes.Count; s++)
            {
                constants[s] = Claim(fields[i] + suffixes[s], used);
            }

            result[i] = new FactMemberNames(fields[i], constants);
        }

        return result;
    }

    private static string FieldBaseName(ExtractedFact fact)
    {
        if (CSharpIdentifier.IsValid(fact.Name))
        {
            return fact.Name;
        }

        var fallback = CSharpIdentifier.ToPascalCase(fact.Kind.ContractName(), "Fact") + "Fact";
        var converted = CSharpIdentifier.ToPascalCase(fact.Name, fallback);
        return CSharpIdentifier.IsValid(converted) ? converted : fallback;
    }

    private static string Claim(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}

/// <summary>The field name of a fact and the names of its constants, in suffix order.</summary>
internal sealed record FactMemberNames(string Field, IReadOnlyList<string> Constants);
