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

        var ladder = _ladders[fact] ??= new Ladder(_facts[fact], _names[fact]);
        var kind = _facts[fact].Kind;
        while (ladder.Candidates.Count < rung && ladder.Next(_parts) is { } next)
        {
            var candidate = _finish(next, kind);
            if (candidate != _names[fact] && !ladder.Candidates.Contains(candidate))
            {
                ladder.Candidates.Add(candidate);
            }
        }

        return rung - 1 < ladder.Candidates.Count ? ladder.Candidates[rung - 1] : null;
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

    /// <summary>
    /// The candidates of one fact read so far, and the parts they are made of, each read when the first candidate
    /// that needs it is asked for: most facts that ask for one candidate ask for no more.
    /// </summary>
    private sealed class Ladder
    {
        private readonly ExtractedFact _fact;
        private readonly string _name;
        private int _step;
        private string _subject = string.Empty;
        private string _label = string.Empty;
        private string _lead = string.Empty;
        private string _value = string.Empty;

        // The name after the fact serves the subject (when none is before it) and a later rung: read once.
        private string? _after;

        public Ladder(ExtractedFact fact, string name)
        {
            _fact = fact;
            _name = name;
        }

        public List<string> Candidates { get; } = new();

        /// <summary>The next candidate before it is made a valid name, or null past the last.</summary>
        public string? Next(ContextParts parts)
            => _fact.Kind switch
            {
                FactKind.Money or FactKind.Ratio or FactKind.Quantity or FactKind.Duration => NextOfNumber(parts, _step++),
                FactKind.Date or FactKind.Period => NextOfDate(parts, _step++),
                _ => NextOfEntity(parts, _step++),
            };

        private string? NextOfNumber(ContextParts parts, int step)
        {
            switch (step)
            {
                case 0:
                    _subject = New(Subject(parts));
                    return Joined(_subject, _name);
                case 1:
                    _label = New(parts.Label(_fact));
                    return Joined(_label, _name);
                case 2:
                    return Joined(_name, New(parts.Qualifier(_fact)));
                case 3:
                    return Joined(_name, New(parts.SentenceYear(_fact)));
                case 4:
                    return Joined(Distinct(_subject, _label, New(NameAfter(parts))), _name);
                case 5:
                    _value = Join(_name, New(parts.Value(_fact, _name)));
                    return _value;
                case 6:
                    return Tagged(_value, parts.SentenceTag(_fact));
                default:
                    return null;
            }
        }

        private string? NextOfDate(ContextParts parts, int step)
        {
            switch (step)
            {
                case 0:
                    _lead = New(parts.Lead(_fact));
                    return Joined(_lead, _name);
                case 1:
                    _subject = New(Subject(parts));
                    return Joined(_subject, _name);
                case 2:
                    _label = New(parts.Label(_fact));
                    return Joined(_label, _name);
                case 3:
                    return Joined(Distinct(_subject, _lead, _label, New(NameAfter(parts))), _name);
                case 4:
                    return Tagged(_name, parts.SentenceTag(_fact));
                default:
                    return null;
            }
        }

        private string? NextOfEntity(ContextParts parts, int step)
            => step switch
            {
                0 => Joined(New(parts.Label(_fact)), _name),
                1 => Tagged(_name, parts.SentenceTag(_fact)),
                _ => null,
            };

        // A part the name does not already hold, else empty.
        private string New(string part) => part.Length > 0 && _name.IndexOf(part, StringComparison.Ordinal) < 0 ? part : string.Empty;

        private string NameAfter(ContextParts parts) => _after ??= parts.NameAfter(_fact);

        private string Subject(ContextParts parts) => parts.NameBefore(_fact) is { Length: > 0 } before ? before : NameAfter(parts);
    }
}
