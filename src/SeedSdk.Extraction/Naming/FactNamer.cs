using System;
using System.Collections.Generic;
using System.Globalization;
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
    private static readonly HashSet<string> DocumentMembers = new(StringComparer.Ordinal) { "Path", "Title", "Text", "Document" };

    /// <summary>The suffix the generator appends for a fact's primitive constant; reserved alongside each name.</summary>
    private const string ConstantSuffix = "Value";

    /// <summary>Returns the facts, in the same order, with <see cref="ExtractedFact.Name"/> set.</summary>
    public static EquatableArray<ExtractedFact> AssignNames(DocumentContext context, List<ExtractedFact> facts)
    {
        var used = new Dictionary<FactKind, NameSet>();
        var result = new ExtractedFact[facts.Count];
        var cache = new FactWindow.WordCache(context);
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            if (!used.TryGetValue(fact.Kind, out var names))
            {
                used[fact.Kind] = names = new NameSet();
            }

            result[i] = fact with { Name = names.Claim(BaseName(fact, cache)) };
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

        return name == fact.Kind.GroupName() || DocumentMembers.Contains(name) ? name + "Fact" : name;
    }

    private static string Propose(ExtractedFact fact, FactWindow.WordCache cache)
    {
        switch (fact.Kind)
        {
            case FactKind.Date:
            case FactKind.Period:
                return ValueNames.Of(fact);
            case FactKind.Money:
            case FactKind.Ratio:
            case FactKind.Quantity:
            case FactKind.Duration:
                var window = FactWindow.Of(fact, cache);
                var name = window is null ? string.Empty : NumericNames.Propose(window, fact);
                return name.Length > 0 ? name : ValueNames.Of(fact);
            default:
                return EntityNames.Propose(fact.Kind == FactKind.Statement ? FactWindow.Of(fact, cache) : null, fact);
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
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);

        // For each claimed name that ends with the constant suffix ("DebtValue"), the name it would be the
        // constant of ("Debt"): rare, so the common claim allocates no "…Value" strings at all.
        private readonly HashSet<string> _constantOwners = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

        public string Claim(string name)
        {
            var separator = char.IsDigit(name[name.Length - 1]) ? "_" : string.Empty;
            var candidate = name;
            _nextSuffix.TryGetValue(name, out var n);
            if (n == 0)
            {
                n = 2;
            }

            var suffixed = false;
            while (IsTaken(candidate))
            {
                candidate = name + separator + n.ToString(CultureInfo.InvariantCulture);
                n++;
                suffixed = true;
            }

            // A name never suffixed would start from 2 anyway: only a moved start needs keeping.
            if (suffixed)
            {
                _nextSuffix[name] = n;
            }
            _names.Add(candidate);
            if (EndsWithConstantSuffix(candidate))
            {
                _constantOwners.Add(candidate.Substring(0, candidate.Length - ConstantSuffix.Length));
            }

            return candidate;
        }

        // Taken: claimed already, the constant of a claimed name, or a name whose constant is claimed.
        private bool IsTaken(string candidate)
            => _names.Contains(candidate)
            || _constantOwners.Contains(candidate)
            || (EndsWithConstantSuffix(candidate) && _names.Contains(candidate.Substring(0, candidate.Length - ConstantSuffix.Length)));

        private static bool EndsWithConstantSuffix(string name)
            => name.Length > ConstantSuffix.Length && name.EndsWith(ConstantSuffix, StringComparison.Ordinal);
    }
}
