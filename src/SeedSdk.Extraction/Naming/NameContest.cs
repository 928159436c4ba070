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

    private readonly NameCandidates _candidates;
    private readonly HashSet<string> _contested = new(StringComparer.Ordinal);

    // The fact holding each name; and, for a held name ending in the constant suffix, that name by its stem
    // ("Debt" → "DebtValue"), so that a clash with a constant is found without building the longer name.
    private Dictionary<string, int> _holders = new(StringComparer.Ordinal);
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

    /// <summary>Enters fact <paramref name="fact"/> (an index into the candidates' facts).</summary>
    public void Add(int fact) => _facts.Add(fact);

    /// <summary>Settles the names of the facts entered, writing each into <paramref name="names"/> at its fact's index.</summary>
    public void Resolve(string[] names)
    {
        _holders = new Dictionary<string, int>(_facts.Count, StringComparer.Ordinal);
        var waiting = new Queue<int>(_facts);
        var exhausted = new List<int>();
        while (waiting.Count > 0)
        {
            var fact = waiting.Dequeue();
            if (!Place(fact, waiting))
            {
                exhausted.Add(fact);
            }
        }

        foreach (var pair in _holders)
        {
            names[pair.Value] = pair.Key;
        }

        NameExhausted(exhausted, names);
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

            if (_contested.Contains(candidate))
            {
                rung++;
                continue;
            }

            var rival = RivalFor(candidate, out var rivalName);
            if (rival < 0)
            {
                Hold(candidate, fact);
                _rungs[fact] = rung;
                return true;
            }

            Release(rivalName);
            _contested.Add(candidate);
            _contested.Add(rivalName);
            _rungs[rival]++;
            waiting.Enqueue(rival);
            rung++;
        }
    }

    // The fact holding name, or a name that would clash with its constant ("Debt" and "DebtValue"), or -1.
    private int RivalFor(string name, out string rivalName)
    {
        rivalName = name;
        if (_holders.TryGetValue(name, out var holder))
        {
            return holder;
        }

        if (_suffixedByStem.TryGetValue(name, out var suffixed))
        {
            rivalName = suffixed;
            return _holders[suffixed];
        }

        if (IsSuffixed(name))
        {
            rivalName = name.Substring(0, name.Length - ConstantSuffix.Length);
            if (_holders.TryGetValue(rivalName, out holder))
            {
                return holder;
            }
        }

        return -1;
    }

    private void Hold(string name, int fact)
    {
        _holders.Add(name, fact);
        if (IsSuffixed(name))
        {
            _suffixedByStem.Add(name.Substring(0, name.Length - ConstantSuffix.Length), name);
        }
    }

    private void Release(string name)
    {
        _holders.Remove(name);
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
            while (_contested.Contains(name) || RivalFor(name, out _) >= 0);

            counters[last] = n;
            Hold(name, fact);
            names[fact] = name;
        }
    }
}
