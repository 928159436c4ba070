using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Pipeline;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// Gives every fact a C# identifier: from its context where possible (<see cref="NumericNames"/>,
/// <see cref="EntityNames"/>), from its value otherwise (<see cref="ValueNames"/>). A name depends
/// only on the fact and its own sentence, so unrelated edits elsewhere keep it; names are valid,
/// never a keyword, never the name of their group class or of the document class's own members,
/// and unique within their kind (suffixes 2, 3, ... in document order).
/// </summary>
internal static class FactNamer
{
    /// <summary>The suffix the generator appends for a fact's primitive constant; reserved alongside each name.</summary>
    private const string ConstantSuffix = "Value";

    // One more than the largest FactKind value: facts' name sets are kept by kind in arrays this long.
    private static readonly int KindCount = ((FactKind[])Enum.GetValues(typeof(FactKind))).Max(kind => (int)kind) + 1;

    /// <summary>Returns the facts, in the same order, with <see cref="ExtractedFact.Name"/> set.</summary>
    public static EquatableArray<ExtractedFact> AssignNames(DocumentContext context, List<ExtractedFact> facts)
    {
        // Counted first, so each kind's names are kept in a set sized once.
        var factsOfKind = new int[KindCount];
        foreach (var fact in facts)
        {
            factsOfKind[(int)fact.Kind]++;
        }

        var used = new NameSet?[KindCount];
        var result = new ExtractedFact[facts.Count];
        var cache = new FactWindow.WordCache(context);
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            var names = used[(int)fact.Kind] ??= new NameSet(factsOfKind[(int)fact.Kind]);
            var name = names.Claim(BaseName(fact, cache));
            if (fact.Name.Length == 0)
            {
                fact.AssignName(name);
                result[i] = fact;
            }
            else
            {
                result[i] = fact with { Name = name }; // a fact listed twice keeps one name per entry
            }
        }

        return EquatableArray<ExtractedFact>.TakeOwnership(result);
    }

    // The name fact gets before uniqueness suffixes: valid and not reserved.
    private static string BaseName(ExtractedFact fact, FactWindow.WordCache cache)
    {
        var name = Propose(fact, cache);
        if (name.Length == 0 || !char.IsLetter(name[0]))
        {
            name = CSharpIdentifier.ToPascalCase(fact.Kind.ContractName(), "Fact") + name;
        }

        if (!CSharpIdentifier.IsValid(name))
        {
            name = CSharpIdentifier.ToPascalCase(name, "Fact");
        }

        return name == fact.Kind.GroupName() || IsDocumentMember(name) ? name + "Fact" : name;
    }

    // The members of the generated document class.
    private static bool IsDocumentMember(string name) => name is "Path" or "Title" or "Text" or "Document";

    private static string Propose(ExtractedFact fact, FactWindow.WordCache cache)
    {
        switch (fact.Kind)
        {
            case FactKind.Date:
            case FactKind.Period:
                return ValueNames.Of(fact, cache);
            case FactKind.Money:
            case FactKind.Ratio:
            case FactKind.Quantity:
            case FactKind.Duration:
                var name = FactWindow.Of(fact, cache) is { } window ? NumericNames.Propose(window, fact) : string.Empty;
                return name.Length > 0 ? name : ValueNames.Of(fact, cache);
            default:
                return EntityNames.Propose(fact.Kind == FactKind.Statement ? FactWindow.Of(fact, cache) : null, fact, cache);
        }
    }

    /// <summary>
    /// The names taken within one kind: "RdBudget2025" twice gives "RdBudget2025_2", "Budget" twice
    /// "Budget2". A name's constant ("BudgetValue") is reserved with it, so a fact never collides with
    /// another fact's constant. The next suffix to try is kept per base name, so a document with
    /// thousands of facts of one base name is still named in linear time.
    /// </summary>
    private sealed class NameSet
    {
        // Everything known about a name in one entry, so the common claim of a new name costs one
        // lookup and one store.
        private readonly Dictionary<string, NameState> _states;

        /// <summary>An empty set for about <paramref name="expectedNames"/> names.</summary>
        public NameSet(int expectedNames) => _states = new Dictionary<string, NameState>(expectedNames, StringComparer.Ordinal);

        public string Claim(string name)
        {
            var separator = char.IsDigit(name[name.Length - 1]) ? "_" : string.Empty;
            _states.TryGetValue(name, out var nameState);
            var n = nameState.NextSuffix == 0 ? 2 : nameState.NextSuffix;
            var candidate = name;
            var candidateState = nameState;
            var suffixed = false;
            while (IsTaken(candidate, candidateState))
            {
                candidate = name + separator + n.ToString(CultureInfo.InvariantCulture);
                n++;
                suffixed = true;
                _states.TryGetValue(candidate, out candidateState);
            }

            // A name never suffixed would start from 2 anyway: only a moved start needs keeping.
            if (suffixed)
            {
                _states[name] = nameState with { NextSuffix = n };
            }

            _states[candidate] = candidateState with { IsClaimed = true };
            if (EndsWithConstantSuffix(candidate))
            {
                var owner = candidate.Substring(0, candidate.Length - ConstantSuffix.Length);
                _states.TryGetValue(owner, out var ownerState);
                _states[owner] = ownerState with { OwnsClaimedConstant = true };
            }

            return candidate;
        }

        // Taken: claimed already, the constant of a claimed name, or a name whose constant is claimed.
        private bool IsTaken(string candidate, NameState state)
            => state.IsClaimed
            || state.OwnsClaimedConstant
            || (EndsWithConstantSuffix(candidate)
                && _states.TryGetValue(candidate.Substring(0, candidate.Length - ConstantSuffix.Length), out var owner)
                && owner.IsClaimed);

        private static bool EndsWithConstantSuffix(string name)
            => name.Length > ConstantSuffix.Length && name.EndsWith(ConstantSuffix, StringComparison.Ordinal);
    }

    /// <summary>What a <see cref="NameSet"/> knows about one name.</summary>
    /// <param name="IsClaimed">A fact has the name.</param>
    /// <param name="OwnsClaimedConstant">The name's constant ("DebtValue" for "Debt") is claimed as a fact's name.</param>
    /// <param name="NextSuffix">The next suffix to try for the name as a base name; 0 until it was suffixed.</param>
    private readonly record struct NameState(bool IsClaimed, bool OwnsClaimedConstant, int NextSuffix);
}
