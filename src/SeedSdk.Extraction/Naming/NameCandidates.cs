using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// The names each fact would take, in order of preference: its own name (from its sentence), then that
/// name told apart by its context, each step a little longer, ending with its value and its sentence's tag.
/// A money, ratio, quantity or duration fact "Revenue2024" offers Revenue2024, NorthwindRevenue2024 (the
/// sentence's subject), ResultsRevenue2024 (the heading above it), Revenue2024_UpTo (its qualifier), a year
/// elsewhere in its sentence, NorthwindResultsContosoRevenue2024 (subject, heading and the name after it),
/// Revenue2024_Usd1Point1Billion (its value) and
/// Revenue2024_Usd1Point1Billion_Kbxtq (its sentence); a date "Year2024" offers EndYear2024 (the words
/// leading to it) and the subject's, the heading's and the sentence's forms. A part the context lacks, or
/// that the name already holds, is skipped. Only a fact whose own name is contested
/// (<see cref="NameContest"/>) asks for more than its first candidate, so the rest are built then.
/// </summary>
internal sealed class NameCandidates
{
    private readonly IReadOnlyList<ExtractedFact> _facts;
    private readonly string[] _names;
    private readonly Ladder?[] _ladders;
    private readonly ContextParts _parts;
    private readonly Func<string, FactKind, string> _finish;

    /// <summary>
    /// Candidates for <paramref name="facts"/>, whose own names are <paramref name="names"/>; every longer
    /// candidate is made a valid, unreserved name by <paramref name="finish"/>.
    /// </summary>
    public NameCandidates(IReadOnlyList<ExtractedFact> facts, string[] names, ContextParts parts, Func<string, FactKind, string> finish)
    {
        _facts = facts;
        _names = names;
        _parts = parts;
        _finish = finish;
        _ladders = new Ladder?[facts.Count];
    }

    /// <summary>How many facts there are.</summary>
    public int Count => _facts.Count;

    /// <summary>The <paramref name="rung"/>-th candidate of fact <paramref name="fact"/> (0: its own name), or null past the last.</summary>
    public string? Candidate(int fact, int rung)
    {
        if (rung == 0)
        {
            return _names[fact];
        }

        var ladder = _ladders[fact] ??= new Ladder(Rungs(_facts[fact], _names[fact]).GetEnumerator());
        var kind = _facts[fact].Kind;
        while (ladder.Candidates.Count < rung && ladder.Source.MoveNext())
        {
            var candidate = _finish(ladder.Source.Current, kind);
            if (candidate != _names[fact] && !ladder.Candidates.Contains(candidate))
            {
                ladder.Candidates.Add(candidate);
            }
        }

        return rung - 1 < ladder.Candidates.Count ? ladder.Candidates[rung - 1] : null;
    }

    // The candidates after the own name, as their parts are read: most facts that ask for one ask for no more.
    private IEnumerable<string> Rungs(ExtractedFact fact, string name)
    {
        string New(string part) => part.Length > 0 && name.IndexOf(part, StringComparison.Ordinal) < 0 ? part : string.Empty;

        // The name after the fact serves the subject (when none is before it) and a later rung: read once.
        string? after = null;
        string NameAfter() => after ??= _parts.NameAfter(fact);
        string Subject() => _parts.NameBefore(fact) is { Length: > 0 } before ? before : NameAfter();

        switch (fact.Kind)
        {
            case FactKind.Money or FactKind.Ratio or FactKind.Quantity or FactKind.Duration:
            {
                var subject = New(Subject());
                yield return Joined(subject, name);
                var label = New(_parts.Label(fact));
                yield return Joined(label, name);
                yield return Joined(name, New(_parts.Qualifier(fact)));
                yield return Joined(name, New(_parts.SentenceYear(fact)));
                yield return Joined(Distinct(subject, label, New(NameAfter())), name);
                var value = Join(name, New(_parts.Value(fact, name)));
                yield return value;
                yield return Tagged(value, _parts.SentenceTag(fact));
                break;
            }

            case FactKind.Date or FactKind.Period:
            {
                var lead = New(_parts.Lead(fact));
                yield return Joined(lead, name);
                var subject = New(Subject());
                yield return Joined(subject, name);
                var label = New(_parts.Label(fact));
                yield return Joined(label, name);
                yield return Joined(Distinct(subject, lead, label, New(NameAfter())), name);
                yield return Tagged(name, _parts.SentenceTag(fact));
                break;
            }

            default:
                yield return Joined(New(_parts.Label(fact)), name);
                yield return Tagged(name, _parts.SentenceTag(fact));
                break;
        }
    }

    // The parts joined, each once: "Kenya" and "Kenya" make "Kenya".
    private static string Distinct(params string[] parts)
    {
        var joined = string.Empty;
        foreach (var part in parts)
        {
            if (part.Length > 0 && joined.IndexOf(part, StringComparison.Ordinal) < 0)
            {
                joined += part;
            }
        }

        return joined;
    }

    // first + second when both are there, else the name alone (which the ladder skips).
    private static string Joined(string first, string second) => first.Length > 0 && second.Length > 0 ? Join(first, second) : first + second;

    private static string Tagged(string name, string tag) => tag.Length > 0 ? name + "_" + tag : name;

    // first and second as one name, with '_' between two digits ("Revenue2024" + "2025Plan" → "Revenue2024_2025Plan")
    // and before a value or tag after a number.
    private static string Join(string first, string second)
    {
        if (second.Length == 0)
        {
            return first;
        }

        return first.Length > 0 && char.IsDigit(first[first.Length - 1]) ? first + "_" + second : first + second;
    }

    /// <summary>The candidates of one fact read so far, and where the rest come from.</summary>
    private sealed class Ladder
    {
        public Ladder(IEnumerator<string> source) => Source = source;

        public List<string> Candidates { get; } = new();

        public IEnumerator<string> Source { get; }
    }
}
