using System;

namespace SeedSdk.Extraction.Model;

/// <summary>One thing a fact of a kind must have: the member's contract name and the test.</summary>
public sealed class FactRequirement
{
    private readonly Func<ExtractedFact, bool> _isMet;

    internal FactRequirement(string member, Func<ExtractedFact, bool> isMet)
    {
        Member = member;
        _isMet = isMet;
    }

    /// <summary>The member's contract name ("value", "unit", "name" for an entity's canonical name).</summary>
    public string Member { get; }

    /// <summary>Whether <paramref name="fact"/> has it.</summary>
    public bool IsMetBy(ExtractedFact fact) => _isMet(fact);
}
