using System;
using System.Collections.Generic;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// Settles which fact gets which name within one kind, so that a name never silently changes the fact
/// it denotes. Each fact offers its candidates in order (<see cref="NameCandidates"/>: its own name,
/// then that name told apart by its context). A name two facts want is <em>contested</em>: it goes to
/// neither of them, nor to any fact later, and both move on to their next candidate; this repeats
/// until no two facts want one name. Contested names only ever grow when facts are added, so a fact
/// keeps its name or loses it, and a name a fact had never passes to another fact that was there too:
/// code that used a name either still reads the same fact or stops compiling. The outcome does not
/// depend on the facts' order. A fact whose candidates are all contested (two facts alike in
/// everything, even their sentence) takes its last candidate with a counter, in document order.
/// </summary>
internal sealed class NameContest
{
    private const string ConstantSuffix = "Value";

    // A name's entry in the table of names: contested, else the index of the fact holding it.
    private const int Contested = -1;
    private const int NoRival = -2;

    private readonly NameCandidates _candidates;

    // Every name held or contested, in one table so that a candidate is looked up once; and, for a held name ending
    // in the constant suffix, that name by its stem ("Debt" → "DebtValue"), so that a clash with a constant is found
    // without building the longer name.
    private Dictionary<string, int> _names = null!; // made by Resolve, sized to the facts entered
    private readonly Dictionary<string, string> _suffixedByStem = new(StringComparer.Ordinal);
    private readonly List<int> _facts = new();

    // By fact: the candidate it holds or tries next. One array serves the contests of every kind, each reading its own facts' entries.
    private readonly int[] _rungs;

    /// <summary>
    /// An empty contest over the candidates of <paramref name="candidates"/>, keeping each fact's rung in
    /// <paramref name="rungs"/> (one entry per fact of the candidates, zero for the facts this contest will enter).
    /// </summary>
    public NameContest(NameCandidates candidates, int[] rungs)
    {
        _candidates = candidates;
        _rungs = rungs;
    }

    // Names curation gives (no fact of the contest may take them), and facts whose names curation fixes (they hold
    // their name from the start and never move; a fact wanting it moves on).
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _fixed = new();

    /// <summary>Enters fact <paramref name="fact"/> (an index into the candidates' facts).</summary>
    public void Add(int fact) => _facts.Add(fact);

    /// <summary>Keeps <paramref name="name"/> from every fact of the contest, and the names its constants would clash with.</summary>
    public void Take(string name)
    {
        _taken.Add(name);
        _taken.Add(name + ConstantSuffix);
        if (IsSuffixed(name))
        {
            _taken.Add(name.Substring(0, name.Length - ConstantSuffix.Length));
        }
    }

    /// <summary>Enters fact <paramref name="fact"/> as holding <paramref name="name"/> for good.</summary>
    public void Fix(int fact, string name)
    {
        _fixed.Add(fact, name);
        _facts.Add(fact);
    }

    /// <summary>Settles the names of the facts entered, writing each into <paramref name="names"/> at its fact's index.</summary>
    public void Resolve(string[] names)
    {
        _names = new Dictionary<string, int>(_facts.Count, StringComparer.Ordinal);
        var waiting = new Queue<int>(_facts.Count);
        foreach (var fact in _facts)
        {
            if (_fixed.TryGetValue(fact, out var name))
            {
                Hold(name, fact);
            }
            else
            {
                waiting.Enqueue(fact);
            }
        }

        List<int>? exhausted = null;
        while (waiting.Count > 0)
        {
            var fact = waiting.Dequeue();
            if (!Place(fact, waiting))
            {
                (exhausted ??= new List<int>()).Add(fact);
            }
        }

        foreach (var pair in _names)
        {
            if (pair.Value != Contested)
            {
                names[pair.Value] = pair.Key;
            }
        }

        if (exhausted is not null)
        {
            NameExhausted(exhausted, names);
        }
    }

    // Moves fact to its first candidate nobody contests; a rival holding it loses it and waits to move on
    // too. False when the fact has no candidate left.
    private bool Place(int fact, Queue<int> waiting)
    {
        var rung = _rungs[fact];
        while (true)
        {
            var candidate = _candidates.Candidate(fact, rung);
            if (candidate is null)
            {
                _rungs[fact] = rung;
                return false;
            }

            var rival = RivalFor(candidate, out var rivalName);
            if (rival == Contested || (rival >= 0 && _fixed.Count > 0 && _fixed.ContainsKey(rival)) || (_taken.Count > 0 && _taken.Contains(candidate)))
            {
                rung++;
                continue;
            }

            if (rival < 0)
            {
                Hold(candidate, fact);
                _rungs[fact] = rung;
                return true;
            }

            Release(rivalName);
            _names[candidate] = Contested;
            _names[rivalName] = Contested;
            _rungs[rival]++;
            waiting.Enqueue(rival);
            rung++;
        }
    }

    // Contested when name is; else the fact holding name, or a name that would clash with its constant ("Debt" and
    // "DebtValue"), or NoRival.
    private int RivalFor(string name, out string rivalName)
    {
        rivalName = name;
        if (_names.TryGetValue(name, out var entry))
        {
            return entry;
        }

        if (_suffixedByStem.Count > 0 && _suffixedByStem.TryGetValue(name, out var suffixed))
        {
            rivalName = suffixed;
            return _names[suffixed];
        }

        if (IsSuffixed(name))
        {
            rivalName = name.Substring(0, name.Length - ConstantSuffix.Length);
            if (_names.TryGetValue(rivalName, out entry) && entry != Contested)
            {
                return entry;
            }
        }

        return NoRival;
    }

    private void Hold(string name, int fact)
    {
        _names.Add(name, fact);
        if (IsSuffixed(name))
        {
            _suffixedByStem.Add(name.Substring(0, name.Length - ConstantSuffix.Length), name);
        }
    }

    private void Release(string name)
    {
        if (IsSuffixed(name))
        {
            _suffixedByStem.Remove(name.Substring(0, name.Length - ConstantSuffix.Length));
        }
    }

    private static bool IsSuffixed(string name) => name.Length > ConstantSuffix.Length && name.EndsWith(ConstantSuffix, StringComparison.Ordinal);

    // Facts alike in every candidate: their last candidate with a counter, 1, 2, ... in document order per
    // candidate, skipping any name taken or contested.
    private void NameExhausted(List<int> exhausted, string[] names)
    {
        exhausted.Sort();
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fact in exhausted)
        {
            var last = _candidates.Candidate(fact, _rungs[fact] - 1)!;
            counters.TryGetValue(last, out var n);
            string name;
            do
            {
                n++;
                name = last + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            while (_taken.Contains(name) || RivalFor(name, out _) != NoRival);

            counters[last] = n;
            Hold(name, fact);
            names[fact] = name;
        }
    }
}
