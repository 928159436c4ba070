using System;
using System.Collections.Generic;
using System.Globalization;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Naming;
using SeedSdk.Extraction.Ordering;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Curation;

/// <summary>
/// Applies a <see cref="CurationPlan"/> to the extractor's facts. Entries address the facts as extracted (never
/// each other's results), each fact at most once. Names given by curation are claimed before the extractor's: an
/// extracted fact whose name a curated one takes competes again for a name, with the curated names taken (see
/// <see cref="FactNamer.Rename"/>), so it gets its next candidate ("ContosoRevenue2024" rather than "Revenue2024_2");
/// a pinned name keeps denoting its fact whatever the extractor would call other facts.
/// </summary>
internal static class CurationApplier
{
    public static ExtractedDocument Apply(ExtractedDocument document, CurationPlan plan, CurationProblems problems, Lexicon lexicon)
    {
        if (plan.Edits.Count == 0 && plan.Additions.Count == 0)
        {
            return document;
        }

        var facts = document.Facts;
        var edited = new ExtractedFact?[facts.Count];
        var removed = new bool[facts.Count];
        var editedBy = new Dictionary<int, JsonNode>();
        var claims = new NameClaims(problems);
        foreach (var edit in plan.Edits)
        {
            var index = Select(document, edit.Selector, edit.Entry, problems);
            if (index < 0)
            {
                continue;
            }

            if (editedBy.TryGetValue(index, out var earlier))
            {
                problems.Add(
                    CurationProblemIds.InvalidEntry,
                    "The fact \"" + facts[index].Text + "\" is already curated by the entry on line " + problems.LineOf(earlier).ToString(CultureInfo.InvariantCulture) + "; merge the two entries",
                    edit.Entry);
                continue;
            }

            editedBy.Add(index, edit.Entry);
            if (edit.Suppress)
            {
                removed[index] = true;
                continue;
            }

            var fact = Edit(facts[index], edit, document.Text.Length, problems);
            if (fact is not null && (edit.NewName is null || claims.TryClaim(fact, edit.NewName)))
            {
                edited[index] = fact;
            }
        }

        var result = new List<ExtractedFact>(facts.Count + plan.Additions.Count);
        var origins = new List<int>(facts.Count);
        for (var i = 0; i < facts.Count; i++)
        {
            if (!removed[i])
            {
                result.Add(edited[i] ?? facts[i]);
                origins.Add(i);
            }
        }

        var lines = new LineMap(document.Text);
        foreach (var addition in plan.Additions)
        {
            var fact = Add(document, lines, addition, problems);
            if (fact is not null && claims.TryClaim(fact, addition.Name))
            {
                result.Add(fact);
            }
        }

        claims.RenameDisplaced(document, lexicon, origins, result);
        claims.MoveAsideUnclaimed(result);
        DocumentOrder.Sort(result);
        return document with { Facts = EquatableArray<ExtractedFact>.TakeOwnership(result.ToArray()) };
    }

    /// <summary>The index of the one fact <paramref name="selector"/> matches, or -1 with a problem.</summary>
    private static int Select(ExtractedDocument document, FactSelector selector, JsonNode entry, CurationProblems problems)
    {
        var matches = new List<int>();
        for (var i = 0; i < document.Facts.Count; i++)
        {
            if (Matches(document, document.Facts[i], selector))
            {
                matches.Add(i);
            }
        }

        if (selector.Occurrence is int occurrence)
        {
            if (occurrence <= matches.Count)
            {
                return matches[occurrence - 1];
            }

            problems.Add(CurationProblemIds.UnknownFact, Describe(selector) + " matches " + Count(matches.Count, "fact") + ", so there is no occurrence " + occurrence.ToString(CultureInfo.InvariantCulture), selector.Anchor ?? entry);
            return -1;
        }

        if (matches.Count == 1)
        {
            return matches[0];
        }

        if (matches.Count == 0)
        {
            problems.Add(CurationProblemIds.UnknownFact, "No fact of the seed matches " + Describe(selector) + Hint(document, selector), selector.Anchor ?? entry);
            return -1;
        }

        var lines = new List<string>();
        foreach (var index in matches)
        {
            lines.Add(document.Facts[index].Span.Line.ToString(CultureInfo.InvariantCulture));
        }

        problems.Add(
            CurationProblemIds.AmbiguousFact,
            Describe(selector) + " matches " + Count(matches.Count, "fact") + " (lines " + string.Join(", ", lines) + "); add \"kind\", or \"context\" quoting the fact's sentence",
            selector.Anchor ?? entry);
        return -1;
    }

    private static bool Matches(ExtractedDocument document, ExtractedFact fact, FactSelector selector)
        => (selector.Kind is null || fact.Kind == selector.Kind)
            && (selector.Name is null || fact.Name == selector.Name || (FactKinds.IsEntity(fact.Kind) && fact.EntityName == selector.Name))
            && (selector.Text is null || fact.Text == selector.Text)
            && (selector.Context is null || document.SentenceText(fact.SentenceIndex).IndexOf(selector.Context, StringComparison.Ordinal) >= 0);

    /// <summary>When a name no longer matches but the text does, says what the fact is called now.</summary>
    private static string Hint(ExtractedDocument document, FactSelector selector)
    {
        if (selector.Name is null || selector.Text is null)
        {
            return string.Empty;
        }

        foreach (var fact in document.Facts)
        {
            if (fact.Text == selector.Text && (selector.Kind is null || fact.Kind == selector.Kind))
            {
                return "; the " + fact.Kind.ContractName() + " fact with this text is now named \"" + fact.Name + "\" (a \"pin\" addressed by text keeps a name through such changes)";
            }
        }

        return string.Empty;
    }

    private static ExtractedFact? Edit(ExtractedFact fact, FactEdit edit, int textLength, CurationProblems problems)
    {
        if (edit.Patch is not null)
        {
            var patched = FactValues.Apply(fact, edit.Patch.Kind?.Kind ?? fact.Kind, edit.Patch, textLength, edit.Entry, problems);
            if (patched is null)
            {
                return null;
            }

            fact = patched;
        }

        if (edit.NewName is null)
        {
            return fact;
        }

        return IsValidName(edit.NewName, problems) ? fact with { Name = edit.NewName.Scalar } : null;
    }

    private static ExtractedFact? Add(ExtractedDocument document, LineMap lines, FactAddition addition, CurationProblems problems)
    {
        var quote = addition.Quote.Scalar;
        var offsets = new List<int>();
        for (var at = document.Text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            offsets.Add(at);
        }

        int offset;
        if (offsets.Count == 0)
        {
            problems.Add(CurationProblemIds.QuoteNotFound, "The quote \"" + quote + "\" is not in the seed; quote the text exactly as it stands there", addition.Quote);
            return null;
        }

        if (addition.Occurrence is int occurrence)
        {
            if (occurrence > offsets.Count)
            {
                problems.Add(CurationProblemIds.QuoteNotFound, "The quote \"" + quote + "\" appears " + Count(offsets.Count, "time") + " in the seed, so there is no occurrence " + occurrence.ToString(CultureInfo.InvariantCulture), addition.Quote);
                return null;
            }

            offset = offsets[occurrence - 1];
        }
        else if (offsets.Count > 1)
        {
            problems.Add(CurationProblemIds.AmbiguousFact, "The quote \"" + quote + "\" appears " + Count(offsets.Count, "time") + " in the seed; add \"occurrence\" (1 for the first) or quote more of the text", addition.Quote);
            return null;
        }
        else
        {
            offset = offsets[0];
        }

        if (!IsValidName(addition.Name, problems))
        {
            return null;
        }

        var kind = addition.Patch.Kind!.Value.Kind;
        var fact = new ExtractedFact
        {
            Kind = kind,
            Name = addition.Name.Scalar,
            Text = quote,
            Span = lines.Span(offset, quote.Length),
            SentenceIndex = SentenceAt(document, offset),
        };
        return FactValues.Apply(FactKinds.IsEntity(kind) ? fact with { EntityName = quote } : fact, kind, addition.Patch, document.Text.Length, addition.Entry, problems);
    }

    private static bool IsValidName(JsonNode name, CurationProblems problems)
    {
        if (CSharpIdentifier.IsValid(name.Scalar))
        {
            return true;
        }

        problems.Add(CurationProblemIds.BadValue, "\"" + name.Scalar + "\" is not a valid C# identifier (letters, digits and '_', not starting with a digit, not a keyword)", name);
        return false;
    }

    /// <summary>The sentence that holds <paramref name="offset"/> (or the last one before it; 0 when there is none).</summary>
    private static int SentenceAt(ExtractedDocument document, int offset)
    {
        int lo = 0, hi = document.Sentences.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (document.Sentences[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private static string Describe(FactSelector selector)
    {
        var parts = new List<string>();
        if (selector.Kind is FactKind kind)
        {
            parts.Add("kind \"" + kind.ContractName() + "\"");
        }

        if (selector.Name is not null)
        {
            parts.Add("name \"" + selector.Name + "\"");
        }

        if (selector.Text is not null)
        {
            parts.Add("text \"" + selector.Text + "\"");
        }

        if (selector.Context is not null)
        {
            parts.Add("context \"" + selector.Context + "\"");
        }

        return string.Join(", ", parts);
    }

    private static string Count(int count, string noun)
        => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>The names curation gives, per kind: the first claim of a name wins, a later one is SEED026.</summary>
    private sealed class NameClaims
    {
        private readonly Dictionary<(FactKind, string), JsonNode> _claims = new();
        private readonly HashSet<ExtractedFact> _claimants = new(ReferenceComparer.Instance);
        private readonly CurationProblems _problems;

        public NameClaims(CurationProblems problems) => _problems = problems;

        /// <summary>Claims <paramref name="fact"/>'s name for it; false (with SEED026 at <paramref name="name"/>) when curation gave it already.</summary>
        public bool TryClaim(ExtractedFact fact, JsonNode name)
        {
            if (_claims.TryGetValue((fact.Kind, fact.Name), out var earlier))
            {
                _problems.Add(
                    CurationProblemIds.DuplicateName,
                    "The name \"" + fact.Name + "\" is already given to a " + fact.Kind.ContractName() + " fact on line "
                        + _problems.LineOf(earlier).ToString(CultureInfo.InvariantCulture) + "; names are unique within a kind",
                    name);
                return false;
            }

            _claims.Add((fact.Kind, fact.Name), name);
            _claimants.Add(fact);
            return true;
        }

        /// <summary>
        /// When a fact curation did not name holds a name curation gives, names the document's facts again with the
        /// claimed names taken: the facts curation names keep their old names in that contest (so they move nobody),
        /// and the others get the names it gives them. <paramref name="result"/> holds the document's facts at the
        /// indices <paramref name="origins"/>, then the facts curation added. The document was extracted, and is named
        /// again, with <paramref name="lexicon"/>.
        /// </summary>
        public void RenameDisplaced(ExtractedDocument document, Lexicon lexicon, List<int> origins, List<ExtractedFact> result)
        {
            if (!Displaces(result))
            {
                return;
            }

            var facts = document.Facts;
            var fixedNames = new Dictionary<int, string>();
            for (var p = 0; p < origins.Count; p++)
            {
                if (_claimants.Contains(result[p]))
                {
                    fixedNames.Add(origins[p], facts[origins[p]].Name);
                }
            }

            var context = DocumentContext.Create(document.Text, document.Path, lexicon);
            var names = FactNamer.Rename(context, facts, fixedNames, _claims.Keys);
            context.ReturnTokenStorage();
            for (var p = 0; p < origins.Count; p++)
            {
                var fact = result[p];
                var origin = origins[p];

                // A fact curation moved to another kind kept its name and stays out of this (it moves aside below if need be).
                if (!fixedNames.ContainsKey(origin) && fact.Kind == facts[origin].Kind && fact.Name != names[origin])
                {
                    result[p] = fact with { Name = names[origin] };
                }
            }
        }

        // Whether a fact curation did not name holds a name curation gives.
        private bool Displaces(List<ExtractedFact> facts)
        {
            foreach (var fact in facts)
            {
                if (_claims.ContainsKey((fact.Kind, fact.Name)) && !_claimants.Contains(fact))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Renames every other fact that still holds a claimed name (one curation moved to another kind) to the next free "Name_n" of its kind.</summary>
        public void MoveAsideUnclaimed(List<ExtractedFact> facts)
        {
            if (_claims.Count == 0)
            {
                return;
            }

            var taken = new HashSet<(FactKind, string)>();
            foreach (var fact in facts)
            {
                taken.Add((fact.Kind, fact.Name));
            }

            for (var i = 0; i < facts.Count; i++)
            {
                var fact = facts[i];
                if (_claims.ContainsKey((fact.Kind, fact.Name)) && !_claimants.Contains(fact))
                {
                    facts[i] = fact with { Name = FreeName(fact, taken) };
                }
            }
        }

        private static string FreeName(ExtractedFact fact, HashSet<(FactKind, string)> taken)
        {
            for (var n = 2; ; n++)
            {
                var candidate = fact.Name + "_" + n.ToString(CultureInfo.InvariantCulture);
                if (taken.Add((fact.Kind, candidate)))
                {
                    return candidate;
                }
            }
        }
    }

    private sealed class ReferenceComparer : IEqualityComparer<ExtractedFact>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(ExtractedFact? x, ExtractedFact? y) => ReferenceEquals(x, y);

        public int GetHashCode(ExtractedFact obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
