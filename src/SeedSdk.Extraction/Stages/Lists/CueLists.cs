using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Lists;

/// <summary>The items after a list cue ("such as", "including", "like", "covering", a colon): "A, B, C(,) and D".</summary>
internal static class CueLists
{
    /// <summary>The first token of the items when a cue ("such as", "including", "like", "covering", "focusing on", ":") stands at <paramref name="k"/>; else -1.</summary>
    internal static int CueEnd(TokenList tokens, int k, int end)
    {
        var t = tokens[k];
        if (t.IsWord("such") && k + 1 < end && tokens[k + 1].IsWord("as"))
        {
            return k + 2;
        }

        if (k + 1 < end && tokens[k + 1].IsWord("on") && t.Text is "focusing" or "focused" or "centering" or "centred" or "centered" or "concentrating")
        {
            // "three proposals, focusing on A, B and C".
            return k + 2;
        }

        if (t.Text is "including" or "like" or "covering")
        {
            // "would like", "I like": after a function word "like" is a verb, not a cue.
            return k == 0 || (tokens.KindAt(k - 1) == TokenKind.Word && WordClasses.IsFunctionWord(tokens.Lexicon, tokens[k - 1].Text)) ? -1 : k + 1;
        }

        return t.Is(':') && k + 1 < end && !WordClasses.IsOpeningQuote(tokens[k + 1]) ? k + 1 : -1;
    }

    /// <summary>"A, B, C(,) and D" after a cue, read into <paramref name="items"/>; a colon list may also end without "and".</summary>
    internal static List<(int First, int Last)>? ItemsAfterCue(TokenList tokens, SentenceNames nameEnds, int start, int end, bool colon, List<(int First, int Last)> items)
    {
        items.Clear();
        var pos = start;
        while (pos < end)
        {
            var last = ItemEnd(tokens, nameEnds, pos, end, stopAtCoordinator: true);
            if (last < pos)
            {
                return null;
            }

            items.Add((pos, last));
            var next = last + 1;
            if (next < end && tokens[next].Is(','))
            {
                next++;
            }

            var coordinator = next < end ? PhraseShape.CoordinatorLength(tokens, next, end) : 0;
            if (coordinator > 0)
            {
                var lastItemEnd = ItemEnd(tokens, nameEnds, next + coordinator, end, stopAtCoordinator: false);
                if (lastItemEnd < next + coordinator)
                {
                    return null;
                }

                if (colon && lastItemEnd + 2 < end && tokens[lastItemEnd + 1].Is(',') && !tokens[next - 1].Is(','))
                {
                    // "zones: food and farm products, cars, ...": the "and" joined words inside the first item.
                    items[items.Count - 1] = (items[items.Count - 1].First, lastItemEnd);
                    pos = lastItemEnd + 2;
                    continue;
                }

                items.Add((next + coordinator, lastItemEnd));
                return items;
            }

            if (next >= end || !tokens[next - 1].Is(','))
            {
                return colon || items.Count > 2 ? items : null;
            }

            pos = next;
        }

        return colon ? items : null;
    }

    // "JD.com", "Booking.com": a period touching a word on both sides is inside a name, not between items.
    internal static bool IsDotInsideName(TokenList tokens, int k)
        => tokens[k].Is('.') && !tokens[k].SpaceBefore && k > 0 && tokens.KindAt(k - 1) != TokenKind.Symbol
        && k + 1 < tokens.Count && !tokens[k + 1].SpaceBefore && tokens.KindAt(k + 1) == TokenKind.Word;

    /// <summary>
    /// The last token of the item starting at <paramref name="start"/>: before the next boundary (or coordinator);
    /// a last item also stops before a verb, so "A, B and C are ..." ends at "C".
    /// </summary>
    internal static int ItemEnd(TokenList tokens, SentenceNames nameEnds, int start, int end, bool stopAtCoordinator)
    {
        var k = start;
        var inNames = 0;
        while (k < end && !PhraseShape.IsItemBoundary(tokens[k]) && !(stopAtCoordinator && PhraseShape.CoordinatorLength(tokens, k, end) > 0) && k - start - inNames < PhraseShape.MaxWords + 2)
        {
            if (nameEnds[k] > k)
            {
                // A name's inner "and" or comma ("Institute of Materials Technology and Engineering") does not end the item.
                var next = Math.Min(nameEnds[k], end - 1) + 1;
                inNames += next - k - 1;
                k = next;
                if (k < end && !stopAtCoordinator && WordClasses.IsPreposition(tokens.Lexicon, tokens[k].Text))
                {
                    // "Qinghai and Inner Mongolia from 2025": a last item that is a name ends before a phrase about it.
                    break;
                }

                continue;
            }

            if (!stopAtCoordinator && k > start && nameEnds[start] == k - 1 && ListItems.IsLowerWord(tokens[k]))
            {
                // "BYD, Geely and Chery cut prices": a last item that is one name ends with it.
                break;
            }

            if (!stopAtCoordinator && k > start && (PhraseShape.StopsLastItem(tokens, k) || (EndsNameItem(tokens, k) && AllCapitalized(tokens, start, k - 1))))
            {
                // "... and Shopee Food in other markets": a last item that is a name ends before a phrase about it.
                break;
            }

            k++;
        }

        return k - 1;
    }

    // "Shopee Food in other markets", "Baidu jointly launched": a preposition or an adverb after a name.
    private static bool EndsNameItem(TokenList tokens, int k)
        => tokens[k] is var token && WordClasses.IsPreposition(tokens.Lexicon, token.Text) || (token.Kind == TokenKind.Word && !token.IsCapitalized && token.Text.EndsWith("ly", StringComparison.Ordinal));

    private static bool AllCapitalized(TokenList tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (!tokens[i].IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }
}
