using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Lists;

/// <summary>What makes a run of items a list's: names and phrases that are usable items, appositives that are not, shared heads and articles.</summary>
internal static class ListItems
{
    /// <summary>An item that is one entity's name, perhaps after "the".</summary>
    internal static bool IsName(TokenList tokens, EntityAnalysis analysis, int first, int last)
    {
        var start = tokens[first].IsWord("the") ? first + 1 : first;
        return analysis.StartingAt(start) is { } mention && mention.Last == last;
    }

    /// <summary>"food and agricultural products": two noun phrases joined by "and" inside one item.</summary>
    private static bool IsJoinedPair(TokenList tokens, int first, int last)
    {
        for (var i = first + 1; i < last; i++)
        {
            if (PhraseShape.IsCoordinator(tokens[i]))
            {
                return PhraseShape.IsNounPhrase(tokens, first, i - 1) && PhraseShape.IsNounPhrase(tokens, i + 1, last);
            }
        }

        return false;
    }

    /// <summary>"the Ningbo Institute of ...": an item that is "the" and one name is the name.</summary>
    internal static List<(int First, int Last)> WithoutArticlesBeforeNames(TokenList tokens, EntityAnalysis analysis, List<(int First, int Last)> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var (first, last) = items[i];
            if (first < last && tokens[first].IsWord("the") && analysis.StartingAt(first + 1) is { } mention && mention.Last == last)
            {
                items[i] = (first + 1, last);
            }
        }

        return items;
    }

    /// <summary>
    /// "Jane Doe, a doctoral student and the paper's first author, said", "from Rolls-Royce, a maker of engines, and plans to":
    /// a person or organization followed by a description of it.
    /// </summary>
    internal static bool IsAppositive(TokenList tokens, EntityAnalysis analysis, List<(int First, int Last)> items)
    {
        var mention = analysis.StartingAt(items[0].First);
        if (mention is null || mention.Last != items[0].Last)
        {
            return false;
        }

        var next = tokens[items[1].First];
        var indefinite = next.IsWord("a") || next.IsWord("an");
        if (mention.Entity.Kind is Model.FactKind.Person or Model.FactKind.Organization && StartsWithPossessiveName(tokens, items[1]))
        {
            // "Grab Holdings, Southeast Asia's largest ride-hailing and delivery company, said": a description of the name.
            return true;
        }

        return mention.Entity.Kind == Model.FactKind.Person ? indefinite || next.IsWord("the") : mention.Entity.Kind == Model.FactKind.Organization && indefinite;
    }

    // "Southeast Asia's largest ...", "the country's biggest ...": a possessive among the item's first words.
    private static bool StartsWithPossessiveName(TokenList tokens, (int First, int Last) item)
    {
        for (var k = item.First; k <= Math.Min(item.Last, item.First + 2); k++)
        {
            if (WordClasses.IsPossessive(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool Usable(TokenList tokens, EntityAnalysis analysis, List<(int First, int Last)> items, bool allowNumbers)
    {
        foreach (var (first, last) in items)
        {
            if (!PhraseShape.IsNounPhrase(tokens, first, last) && !IsName(tokens, analysis, first, last) && !IsJoinedPair(tokens, first, last))
            {
                return false;
            }

            for (var i = first; i <= last; i++)
            {
                if (analysis.IsConsumed(i) || (!allowNumbers && tokens.KindAt(i) == TokenKind.Number))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// "battery, solar and hydrogen projects": one-word modifiers coordinated before a plural noun they all share; the index of
    /// that noun (the list's head), or -1 when the last item is an item of its own ("cars, phones and smart homes").
    /// </summary>
    internal static int SharedHead(TokenList tokens, List<(int First, int Last)> items)
    {
        var (lastFirst, lastLast) = items[items.Count - 1];
        var head = lastFirst + 1;
        if (head > lastLast || !IsLowerWord(tokens[lastFirst]) || !IsLowerWord(tokens[head]) || !ListFacts.IsPlural(tokens[head].Text))
        {
            return -1;
        }

        for (var i = 0; i < items.Count - 1; i++)
        {
            if (items[i].First != items[i].Last || !IsLowerWord(tokens[items[i].First]) || ListFacts.IsPlural(tokens[items[i].First].Text))
            {
                return -1;
            }
        }

        return head;
    }

    internal static bool IsLowerWord(Token token) => token.Kind == TokenKind.Word && !token.IsCapitalized;
}
