using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// Gives every fact a C# identifier: from its context where possible (<see cref="NumericNames"/>,
/// <see cref="EntityNames"/>, <see cref="LabelNames"/>), from its value otherwise (<see cref="ValueNames"/>).
/// A name depends only on the fact, its own sentence and the label or heading it sits under, so
/// unrelated edits elsewhere keep it; names are valid,
/// never a keyword, never the name of their group class or of the document class's own members,
/// and unique within their kind: facts that compete for a name are told apart by their context
/// (<see cref="NameCandidates"/>, <see cref="NameContest"/>), never by their order alone.
/// </summary>
internal static class FactNamer
{
    // One more than the largest FactKind value: facts' name sets are kept by kind in arrays this long.
    private static readonly int KindCount = ((FactKind[])Enum.GetValues(typeof(FactKind))).Max(kind => (int)kind) + 1;

    // By kind: the PascalCase kind that starts a name which would not start with a letter ("Money").
    private static readonly string[] KindPrefixes = PrefixesByKind();

    /// <summary>Returns the facts, in the same order, with <see cref="ExtractedFact.Name"/> set.</summary>
    public static EquatableArray<ExtractedFact> AssignNames(DocumentContext context, List<ExtractedFact> facts)
    {
        var cache = new FactWindow.WordCache(context);
        var parts = new ContextParts(cache);
        var own = new string[facts.Count];
        var builder = cache.Builder;
        for (var i = 0; i < facts.Count; i++)
        {
            WriteBaseName(facts[i], cache, parts, builder);
            own[i] = builder.ToString();
        }

        var candidates = new NameCandidates(facts, own, parts, (name, kind) => Finished(name, kind, builder));
        var contests = new NameContest?[KindCount];
        var rungs = new int[facts.Count];
        for (var i = 0; i < facts.Count; i++)
        {
            (contests[(int)facts[i].Kind] ??= new NameContest(candidates, rungs)).Add(i);
        }

        var names = new string[facts.Count];
        foreach (var contest in contests)
        {
            contest?.Resolve(names);
        }

        var result = new ExtractedFact[facts.Count];
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            if (fact.Name.Length == 0)
            {
                fact.AssignName(names[i]);
                result[i] = fact;
            }
            else
            {
                result[i] = fact with { Name = names[i] }; // a fact listed twice keeps one name per entry
            }
        }

        return EquatableArray<ExtractedFact>.TakeOwnership(result);
    }

    // name made valid and unreserved for a fact of kind, as a fact's own name is (see WriteBaseName).
    private static string Finished(string name, FactKind kind, NameBuilder builder)
    {
        builder.Clear();
        builder.Append(name);
        Finish(kind, builder);
        return builder.Is(name) ? name : builder.ToString();
    }

    // Writes the name fact gets before uniqueness suffixes, valid and not reserved, to name: built in
    // place, it becomes a string only once its suffix is known.
    private static void WriteBaseName(ExtractedFact fact, FactWindow.WordCache cache, ContextParts parts, NameBuilder name)
    {
        Propose(fact, cache, parts, name);
        Finish(fact.Kind, name);
    }

    // Makes the name written valid and unreserved for a fact of kind.
    private static void Finish(FactKind kind, NameBuilder name)
    {
        if (name.Length == 0 || !char.IsLetter(name[0]))
        {
            name.Prepend(KindPrefixes[(int)kind]);
        }

        if (!CSharpIdentifier.IsValid(name))
        {
            var converted = CSharpIdentifier.ToPascalCase(name.ToString(), "Fact");
            name.Clear();
            name.Append(converted);
        }

        if (name.Is(kind.GroupName()) || IsDocumentMember(name))
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

    private static void Propose(ExtractedFact fact, FactWindow.WordCache cache, ContextParts parts, NameBuilder name)
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
                if (FactWindow.Of(fact, cache) is not { } window
                    || !(LabelNames.TryWrite(window, fact, parts, name)
                        || NumericNames.TryWrite(window, fact, name)
                        || LabelNames.TryWriteSectionLabel(window, fact, parts, name)))
                {
                    ValueNames.Write(fact, cache, name);
                }

                break;
            default:
                EntityNames.Write(fact.Kind == FactKind.Statement ? FactWindow.Of(fact, cache) : null, fact, cache, name);
                break;
        }
    }
}
