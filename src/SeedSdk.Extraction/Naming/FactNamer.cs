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
    /// thousands of facts of one base name is still named in linear time. An open-addressing table
    /// of names with their hashes and states: the common claim of a new name hashes it once and
    /// probes once, and a name's constant is found without cutting the name into a new string.
    /// </summary>
    private sealed class NameSet
    {
        private Entry[] _entries;
        private int _count;

        /// <summary>An empty set for about <paramref name="expectedNames"/> names.</summary>
        public NameSet(int expectedNames) => _entries = new Entry[Math.Max(16, (expectedNames * 4 / 3) + 1)];

        public string Claim(string name)
        {
            var separator = char.IsDigit(name[name.Length - 1]) ? "_" : string.Empty;
            var nameSlot = Find(name, name.Length, out var nameHash);
            var nameState = _entries[nameSlot].State;
            var n = nameState.NextSuffix == 0 ? 2 : nameState.NextSuffix;
            var candidate = name;
            var candidateSlot = nameSlot;
            var candidateHash = nameHash;
            var candidateState = nameState;
            var suffixed = false;
            while (IsTaken(candidate, candidateState))
            {
                candidate = name + separator + n.ToString(CultureInfo.InvariantCulture);
                n++;
                suffixed = true;
                candidateSlot = Find(candidate, candidate.Length, out candidateHash);
                candidateState = _entries[candidateSlot].State;
            }

            // A name never suffixed would start from 2 anyway: only a moved start needs keeping. Nothing was
            // stored since the slots were found, so the candidate's still holds unless this store adds the name
            // (into what may be that very slot, or growing the table).
            if (suffixed && Store(nameSlot, name, nameHash, nameState.WithNextSuffix(n)))
            {
                candidateSlot = Find(candidate, candidate.Length, out _);
            }

            Store(candidateSlot, candidate, candidateHash, candidateState.Claimed());
            if (EndsWithConstantSuffix(candidate))
            {
                var ownerLength = candidate.Length - ConstantSuffix.Length;
                var ownerSlot = Find(candidate, ownerLength, out var ownerHash);
                var owner = _entries[ownerSlot];
                Store(ownerSlot, owner.Name ?? candidate.Substring(0, ownerLength), ownerHash, owner.State.OwningClaimedConstant());
            }

            return candidate;
        }

        // Taken: claimed already, the constant of a claimed name, or a name whose constant is claimed.
        private bool IsTaken(string candidate, NameState state)
            => state.IsClaimed
            || state.OwnsClaimedConstant
            || (EndsWithConstantSuffix(candidate)
                && _entries[Find(candidate, candidate.Length - ConstantSuffix.Length, out _)].State.IsClaimed);

        // The slot of the first length characters of key: the slot holding them, or the free slot where they belong.
        private int Find(string key, int length, out int hash)
        {
            hash = Hash(key, length);
            var slot = Home(hash, _entries.Length);
            while (true)
            {
                var name = _entries[slot].Name;
                if (name is null || (_entries[slot].Hash == hash && IsPrefix(name, key, length)))
                {
                    return slot;
                }

                slot = slot + 1 == _entries.Length ? 0 : slot + 1;
            }
        }

        // Sets the state of the name at slot (found by Find, with no store since), adding the name when the
        // slot is free; true when it added the name (which may also have grown the table, moving every name).
        private bool Store(int slot, string name, int hash, NameState state)
        {
            var isNew = _entries[slot].Name is null;
            _entries[slot] = new Entry(name, hash, state);
            if (isNew && ++_count * 4 > _entries.Length * 3)
            {
                Grow();
            }

            return isNew;
        }

        private void Grow()
        {
            var old = _entries;
            _entries = new Entry[old.Length * 2];
            foreach (var entry in old)
            {
                if (entry.Name is null)
                {
                    continue;
                }

                var slot = Home(entry.Hash, _entries.Length);
                while (_entries[slot].Name is not null)
                {
                    slot = slot + 1 == _entries.Length ? 0 : slot + 1;
                }

                _entries[slot] = entry;
            }
        }

        // The first slot to try for hash: its high bits scaled to the table's size, which need not be a power of two (so the table is sized to the names expected, not rounded up).
        private static int Home(int hash, int size) => (int)(((ulong)(uint)hash * (ulong)size) >> 31);

        // Whether name is exactly the first length characters of key.
        private static bool IsPrefix(string name, string key, int length)
            => name.Length == length && string.CompareOrdinal(name, 0, key, 0, length) == 0;

        // FNV-1a over the first length characters, mixed so its high bits (which pick the slot) depend on every character; non-negative.
        private static int Hash(string key, int length)
        {
            var hash = 2166136261u;
            for (var i = 0; i < length; i++)
            {
                hash = (hash ^ key[i]) * 16777619u;
            }

            hash ^= hash >> 16;
            hash *= 0x7FEB352D;
            hash ^= hash >> 15;
            return (int)(hash & int.MaxValue);
        }

        private static bool EndsWithConstantSuffix(string name)
            => name.Length > ConstantSuffix.Length && name.EndsWith(ConstantSuffix, StringComparison.Ordinal);

        /// <summary>A name with its hash and state; a free slot has no name.</summary>
        private readonly struct Entry
        {
            public Entry(string name, int hash, NameState state)
            {
                Name = name;
                Hash = hash;
                State = state;
            }

            public string? Name { get; }

            public int Hash { get; }

            public NameState State { get; }
        }
    }

    /// <summary>
    /// What a <see cref="NameSet"/> knows about one name, packed in one int: whether a fact has the name
    /// (<see cref="IsClaimed"/>), whether the name's constant ("DebtValue" for "Debt") is claimed as a
    /// fact's name (<see cref="OwnsClaimedConstant"/>), and the next suffix to try for the name as a base
    /// name (<see cref="NextSuffix"/>, 0 until it was suffixed).
    /// </summary>
    private readonly struct NameState
    {
        private const int ClaimedFlag = 1;
        private const int OwnsClaimedConstantFlag = 2;
        private const int SuffixShift = 2;

        private readonly int _bits;

        private NameState(int bits) => _bits = bits;

        public bool IsClaimed => (_bits & ClaimedFlag) != 0;

        public bool OwnsClaimedConstant => (_bits & OwnsClaimedConstantFlag) != 0;

        public int NextSuffix => _bits >> SuffixShift;

        public NameState Claimed() => new(_bits | ClaimedFlag);

        public NameState OwningClaimedConstant() => new(_bits | OwnsClaimedConstantFlag);

        public NameState WithNextSuffix(int suffix) => new((suffix << SuffixShift) | (_bits & (ClaimedFlag | OwnsClaimedConstantFlag)));
    }
}
