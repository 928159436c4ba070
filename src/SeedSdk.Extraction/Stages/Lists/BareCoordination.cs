using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Lists;

/// <summary>
/// A bare coordination of three or more parallel noun phrases around "and", "or" or "as well as" ("A, B and C"): where
/// its first item starts, what is shared by all items, and the coordinations that enumerate nothing.
/// </summary>
internal static class BareCoordination
{
    /// <summary>
    /// Whether a sentence has a comma among its first tokens, searched once however often it is asked: a bare coordination of
    /// three items needs one before its next-to-last item ("A, B and C"), so without one there is no need to read the items.
    /// </summary>
    internal struct CommaSearch
    {
        private int _next;
        private bool _found;

        /// <summary>A search of the sentence that starts at token <paramref name="first"/>.</summary>
        public CommaSearch(int first)
        {
            _next = first;
            _found = false;
        }

        /// <summary>Whether a comma stands between the sentence's first token and <paramref name="last"/>; asked with <paramref name="last"/> never decreasing.</summary>
        public bool AnyThrough(TokenList tokens, int last)
        {
            for (; !_found && _next <= last; _next++)
            {
                _found = tokens[_next].Is(',');
            }

            return _found;
        }
    }

    /// <summary>A bare coordination around the "and"/"or"/"as well as" (<paramref name="length"/> tokens) at <paramref name="c"/>, read into <paramref name="items"/>: at least three items.</summary>
    internal static List<(int First, int Last)>? Coordination(TokenList tokens, EntityAnalysis analysis, SentenceNames nameEnds, int c, int length, int first, int end, List<(int First, int Last)> items)
    {
        var lastFirst = c + length;
        var lastEnd = CueLists.ItemEnd(tokens, nameEnds, lastFirst, end, stopAtCoordinator: false);
        if (lastEnd < lastFirst || !PhraseShape.IsNounPhrase(tokens, lastFirst, lastEnd))
        {
            return null;
        }

        items.Clear();
        items.Add((lastFirst, lastEnd));
        if (c - 1 < first)
        {
            return null;
        }

        var segmentEnd = tokens[c - 1].Is(',') ? c - 2 : c - 1;
        while (segmentEnd >= first)
        {
            var segmentStart = segmentEnd;
            var floor = Math.Max(first, segmentEnd - PhraseShape.MaxWords - 2);
            while (segmentStart - 1 >= floor && (!PhraseShape.IsItemBoundary(tokens[segmentStart - 1]) || CueLists.IsDotInsideName(tokens, segmentStart - 1)))
            {
                segmentStart--;
            }

            var leftmost = segmentStart == first || !tokens[segmentStart - 1].Is(',') || items.Count >= ListFacts.MaxItems;
            var phraseEnd = leftmost ? -1 : LastPrepositionInPhrase(tokens, segmentStart, segmentEnd);
            if (phraseEnd >= 0)
            {
                // "..., driven by exports of electronics, textiles and seafood": the first item is what the last preposition governs.
                if (phraseEnd < segmentEnd && PhraseShape.IsNounPhrase(tokens, phraseEnd + 1, segmentEnd))
                {
                    items.Insert(0, (phraseEnd + 1, segmentEnd));
                }

                break;
            }

            if (!leftmost && (PhraseShape.IsNounPhrase(tokens, segmentStart, segmentEnd) || ListItems.IsName(tokens, analysis, segmentStart, segmentEnd)))
            {
                items.Insert(0, (segmentStart, segmentEnd));
                segmentEnd = segmentStart - 2;
                continue;
            }

            if (items.Count < 2 && !leftmost)
            {
                return null;
            }

            if (segmentStart == first && WordClasses.IsPreposition(tokens.Lexicon, tokens[first].Text) && !OpensComplexPreposition(tokens, first, segmentEnd)
                && lastEnd + 1 < end && tokens[lastEnd + 1].Is(',') && segmentStart < segmentEnd
                && (PhraseShape.IsNounPhrase(tokens, segmentStart + 1, segmentEnd) || ListItems.IsName(tokens, analysis, segmentStart + 1, segmentEnd)))
            {
                // "In Germany, France and Italy, demand was weak": the whole coordination is the preposition's object.
                items.Insert(0, (segmentStart + 1, segmentEnd));
                break;
            }

            if (segmentStart == first && (WordClasses.IsPreposition(tokens.Lexicon, tokens[first].Text) || OpensComplexPreposition(tokens, first, segmentEnd)))
            {
                // "At the forum, A, B and C launched ...", "According to Wang, ...": an introductory phrase is not an item.
                break;
            }

            if (analysis.EndingAt(segmentEnd) is { } named && named.First > segmentStart
                && (named.First - 1 > first || IsArticle(tokens[first]) || IsLeadingNoun(tokens, first, named.First)))
            {
                // "the Ministry of Science and Technology, the ... and ...": the first item is the whole name.
                items.Insert(0, (IsArticle(tokens[named.First - 1]) ? named.First - 1 : named.First, segmentEnd));
                break;
            }

            var tail = PhraseShape.StartOfPhraseEndingAt(tokens, analysis, segmentEnd, segmentStart);
            if (tail > segmentStart && (IsArticle(tokens[tail - 1]) && IsArticle(tokens[items[0].First]) || IsSharedDeterminer(tokens, tail - 1, items[0].First)))
            {
                // "the engineers, the designers", "our customers, our fabs and our people": the first item keeps what the next one has.
                tail--;
            }
            else if (tail >= 0 && tail < segmentEnd && LeadingQuantifiers.For(tokens.Lexicon).Contains(tokens[tail].Text) && !tokens[items[0].First].IsWord(tokens[tail].Text))
            {
                // "buying more garden furniture, lighting and kitchenware": a quantifier before the first item is about them all.
                tail++;
            }

            if (tail >= 0 && (PhraseShape.IsNounPhrase(tokens, tail, segmentEnd) || ListItems.IsName(tokens, analysis, tail, segmentEnd)))
            {
                items.Insert(0, (tail, segmentEnd));
            }

            break;
        }

        if (items.Count < 3 || AfterCopula(tokens, items[0].First, first) || IsPortfolio(tokens, analysis.Words, items))
        {
            return null;
        }

        WithoutSharedPhraseAfterLastItem(tokens, items);
        return items;
    }

    /// <summary>
    /// The last preposition of a segment that holds one other than "of" after a lower-case word ("driven by exports of",
    /// "executives from BYD"): what stands before it is no item; -1 when there is none.
    /// </summary>
    private static int LastPrepositionInPhrase(TokenList tokens, int first, int last)
    {
        var found = -1;
        var governs = false;
        for (var k = first + 1; k < last; k++)
        {
            if (ListItems.IsLowerWord(tokens[k]) && WordClasses.IsPreposition(tokens.Lexicon, tokens[k].Text) && ListItems.IsLowerWord(tokens[k - 1]) && tokens.KindAt(k + 1) == TokenKind.Word)
            {
                found = k;
                governs |= !tokens[k].IsWord("of");
            }
        }

        return governs ? found : -1;
    }

    private const int MaxSharingItemWords = 3;

    /// <summary>
    /// "geothermal, wind and solar power in the national grid", "data engineers, support staff and trainers in each province":
    /// when every earlier item is one word, or every earlier item is a short phrase without a preposition and the phrase after
    /// the last item bears on each ("in each", "than"), that phrase is about the whole coordination, so the last item ends before it.
    /// </summary>
    private static void WithoutSharedPhraseAfterLastItem(TokenList tokens, List<(int First, int Last)> items)
    {
        var longest = 0;
        for (var i = 0; i < items.Count - 1; i++)
        {
            var (itemFirst, itemLast) = items[i];
            if (itemLast - itemFirst >= MaxSharingItemWords || FirstPhrasePreposition(tokens, itemFirst, itemLast) >= 0)
            {
                return;
            }

            longest = Math.Max(longest, itemLast - itemFirst + 1);
        }

        var (first, last) = items[items.Count - 1];
        var preposition = FirstPhrasePreposition(tokens, first + 1, last);
        if (preposition > first && (longest == 1 || (preposition - first <= longest && IsDistributive(tokens, preposition, last))))
        {
            items[items.Count - 1] = (first, preposition - 1);
        }
    }

    // "than a year ago", "in each province", "for all three": a phrase that bears on every item alike.
    private static bool IsDistributive(TokenList tokens, int preposition, int last)
        => tokens[preposition].IsWord("than") || (preposition < last && DistributiveWords.For(tokens.Lexicon).Contains(tokens[preposition + 1].Text));

    private static readonly PerLexicon<HashSet<string>> DistributiveWords = new(lexicon => new(lexicon.List("distributive-words"), StringComparer.OrdinalIgnoreCase));

    // A lower-case preposition other than "of", which binds tightly to its noun ("bottles of wine"), or "than".
    private static int FirstPhrasePreposition(TokenList tokens, int from, int last)
    {
        for (var k = from; k <= last; k++)
        {
            if (ListItems.IsLowerWord(tokens[k]) && !tokens[k].IsWord("of") && (WordClasses.IsPreposition(tokens.Lexicon, tokens[k].Text) || tokens[k].IsWord("than")))
            {
                return k;
            }
        }

        return -1;
    }

    // Quantifiers before a coordination that bear on every item ("more A, B and C").
    private static readonly PerLexicon<HashSet<string>> LeadingQuantifiers = new(lexicon => new(lexicon.List("leading-quantifiers"), StringComparer.OrdinalIgnoreCase));

    /// <summary>"our customers, our fabs": a possessive or demonstrative at <paramref name="k"/> that the next item opens with too.</summary>
    private static bool IsSharedDeterminer(TokenList tokens, int k, int nextItemFirst)
        => WordClasses.IsDeterminer(tokens.Lexicon, tokens[k].Text) && !IsArticle(tokens[k]) && tokens[nextItemFirst].IsWord(tokens[k].Text);

    // The first words of two-word prepositions that open a sentence ("according to", "thanks to", "apart from").
    private static readonly PerLexicon<HashSet<string>> ComplexPrepositionStarts = new(lexicon => new(lexicon.List("complex-preposition-starts"), StringComparer.OrdinalIgnoreCase));

    // Prepositions the word table lacks that open a sentence before a name ("Besides BYD, ...", "Unlike Toyota, ...").
    private static readonly PerLexicon<HashSet<string>> IntroductoryPrepositions = new(lexicon => new(lexicon.List("introductory-prepositions"), StringComparer.OrdinalIgnoreCase));

    /// <summary>"According to Wang", "Thanks to ...", "Besides BYD": a preposition of one or two words opening the segment.</summary>
    private static bool OpensComplexPreposition(TokenList tokens, int first, int last)
        => first < last && (IntroductoryPrepositions.For(tokens.Lexicon).Contains(tokens[first].Text)
            || (ComplexPrepositionStarts.For(tokens.Lexicon).Contains(tokens[first].Text) && (tokens[first + 1].IsWord("to") || tokens[first + 1].IsWord("from"))));

    /// <summary>
    /// "Rivals LG Energy Solution, SK On and ...": a capitalized plural noun opening the sentence right before the first name
    /// is the list's head, not part of its first item.
    /// </summary>
    internal static bool IsLeadingNoun(TokenList tokens, int first, int nameFirst)
        => nameFirst == first + 1 && tokens.KindAt(first) == TokenKind.Word && tokens[first].IsCapitalized && ListFacts.IsPlural(tokens[first].Text)
            && !WordClasses.IsFunctionWord(tokens.Lexicon, tokens[first].Text) && !WordClasses.IsPossessive(tokens[first]) && !IntroductoryPrepositions.For(tokens.Lexicon).Contains(tokens[first].Text);

    /// <summary>"Minister of Industry, Trade and Energy": capitalized items right after "Title of/for" name one office, not a list.</summary>
    private static bool IsPortfolio(TokenList tokens, DocumentWords words, List<(int First, int Last)> items)
    {
        var before = items[0].First - 1;
        if (before < 1 || !(tokens[before].IsWord("of") || tokens[before].IsWord("for")) || !tokens[before - 1].IsCapitalized
            || words.RoleLengthAt(tokens, before - 1, before) == 0)
        {
            return false;
        }

        foreach (var (itemFirst, _) in items)
        {
            if (!tokens[itemFirst].IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"subsidies for cars and home appliances": two items whose first ends in a prepositional phrase share it, so they are one item.</summary>
    internal static bool IsCoordinatedComplement(TokenList tokens, List<(int First, int Last)> items)
    {
        if (items.Count != 2)
        {
            return false;
        }

        for (var i = items[0].First + 1; i < items[0].Last; i++)
        {
            if (WordClasses.IsPreposition(tokens.Lexicon, tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"is simple, cheap and scalable": a coordination right after a copula describes; it does not enumerate.</summary>
    private static readonly PerLexicon<HashSet<string>> LinkingVerbs = new(lexicon => new(lexicon.List("linking-verbs"), StringComparer.Ordinal));

    private static bool AfterCopula(TokenList tokens, int itemsFirst, int sentenceFirst)
    {
        if (itemsFirst <= sentenceFirst)
        {
            return false;
        }

        return LinkingVerbs.For(tokens.Lexicon).Contains(tokens[itemsFirst - 1].Text);
    }

    /// <summary>"the", "a" or "an": kept on the first item when the next item has one too ("the engineers, the designers and ...").</summary>
    private static bool IsArticle(Token token) => token.IsWord("the") || token.IsWord("a") || token.IsWord("an");
}
