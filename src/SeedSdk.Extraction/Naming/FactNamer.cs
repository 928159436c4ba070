using System;
using System.Collections.Generic;
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

    // By kind: the PascalCase kind that starts a name which would not start with a letter ("Money").
    private static readonly string[] KindPrefixes = PrefixesByKind();

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
        var baseName = cache.Builder;
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            var names = used[(int)fact.Kind] ??= new NameSet(factsOfKind[(int)fact.Kind]);
            WriteBaseName(fact, cache, baseName);
            var name = names.Claim(baseName);
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

    // Writes the name fact gets before uniqueness suffixes, valid and not reserved, to name: built in
    // place, it becomes a string only once its suffix is known.
    private static void WriteBaseName(ExtractedFact fact, FactWindow.WordCache cache, NameBuilder name)
    {
        Propose(fact, cache, name);
        if (name.Length == 0 || !char.IsLetter(name[0]))
        {
            name.Prepend(KindPrefixes[(int)fact.Kind]);
        }

        if (!CSharpIdentifier.IsValid(name))
        {
            var converted = CSharpIdentifier.ToPascalCase(name.ToString(), "Fact");
            name.Clear();
            name.Append(converted);
        }

        if (name.Is(fact.Kind.GroupName()) || IsDocumentMember(name))
        {
            name.Append("Fact");
        }
    }

    private static string[] PrefixesByKind()
    {
        var prefixes = new string[KindCount];
        foreach (FactKind kind in Enum.GetValues(typeof(FactKind)))
        {
            prefixes[(int)kind] = CSharpIdentifier.ToPascalCase(kind.ContractName(), "Fact");
        }

        return prefixes;
    }

    // The members of the generated document class.
    private static bool IsDocumentMember(NameBuilder name) => name.Is("Path") || name.Is("Title") || name.Is("Text") || name.Is("Document");

    private static void Propose(ExtractedFact fact, FactWindow.WordCache cache, NameBuilder name)
    {
        switch (fact.Kind)
        {
            case FactKind.Date:
            case FactKind.Period:
                ValueNames.Write(fact, cache, name);
                break;
            case FactKind.Money:
            case FactKind.Ratio:
            case FactKind.Quantity:
            case FactKind.Duration:
                if (FactWindow.Of(fact, cache) is not { } window || !NumericNames.TryWrite(window, fact, name))
                {
                    ValueNames.Write(fact, cache, name);
                }

                break;
            default:
                EntityNames.Write(fact.Kind == FactKind.Statement ? FactWindow.Of(fact, cache) : null, fact, cache, name);
                break;
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

        /// <summary>Claims the name written in <paramref name="name"/>, or its first free suffixed form, and returns it; <paramref name="name"/> may be changed.</summary>
        public string Claim(NameBuilder name)
        {
            var baseLength = name.Length;
            var separator = char.IsDigit(name[baseLength - 1]);
            var nameSlot = Find(name, baseLength, out var nameHash);
            var nameState = _entries[nameSlot].State;
            var n = nameState.NextSuffix == 0 ? 2 : nameState.NextSuffix;
            var candidateSlot = nameSlot;
            var candidateHash = nameHash;
            var candidateState = nameState;
            var suffixed = false;
            while (IsTaken(name, candidateState))
            {
                name.Truncate(baseLength);
                if (separator)
                {
                    name.Append("_");
                }

                name.AppendDigits(n);
                n++;
                suffixed = true;
                candidateSlot = Find(name, name.Length, out candidateHash);
                candidateState = _entries[candidateSlot].State;
            }

            // A name never suffixed would start from 2 anyway: only a moved start needs keeping. Nothing was
            // stored since the slots were found, so the candidate's still holds unless this store adds the name
            // (into what may be that very slot, or growing the table).
            if (suffixed && Store(nameSlot, _entries[nameSlot].Name ?? name.ToString(baseLength), nameHash, nameState.WithNextSuffix(n)))
            {
                candidateSlot = Find(name, name.Length, out _);
            }

            var candidate = _entries[candidateSlot].Name ?? name.ToString();
            Store(candidateSlot, candidate, candidateHash, candidateState.Claimed());
            if (EndsWithConstantSuffix(name))
            {
                var ownerLength = name.Length - ConstantSuffix.Length;
                var ownerSlot = Find(name, ownerLength, out var ownerHash);
                var owner = _entries[ownerSlot];
                Store(ownerSlot, owner.Name ?? name.ToString(ownerLength), ownerHash, owner.State.OwningClaimedConstant());
            }

            return candidate;
        }

        // Taken: claimed already, the constant of a claimed name, or a name whose constant is claimed.
        private bool IsTaken(NameBuilder candidate, NameState state)
            => state.IsClaimed
            || state.OwnsClaimedConstant
            || (EndsWithConstantSuffix(candidate)
                && _entries[Find(candidate, candidate.Length - ConstantSuffix.Length, out _)].State.IsClaimed);

        // The slot of the first length characters of key: the slot holding them, or the free slot where they belong.
        private int Find(NameBuilder key, int length, out int hash)
        {
            hash = key.HashOf(length);
            var slot = Home(hash, _entries.Length);
            while (true)
            {
                var name = _entries[slot].Name;
                if (name is null || (_entries[slot].Hash == hash && key.StartsWith(name, length)))
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

        private static bool EndsWithConstantSuffix(NameBuilder name)
            => name.Length > ConstantSuffix.Length && name.EndsWith(ConstantSuffix);

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
