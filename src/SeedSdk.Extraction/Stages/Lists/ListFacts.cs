using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Lists;

/// <summary>
/// Enumerations: items introduced by "such as", "including", "like" or a colon (two or more items), and
/// bare coordinations of three or more parallel noun phrases ("A, B and C"). Items keep their order; the
/// head is the noun phrase before the cue, or null. The fact's text runs from the first item to the last.
/// </summary>
internal static class ListFacts
{
    private const int MaxItems = 16;

    // The words that can open a list ("such as", "including", "like") or join its items ("and", "or", "as well as").
    private static readonly HashSet<string> ListWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "such", "including", "like", "and", "or", "as", "covering", "focusing", "focused", "centering", "centred", "centered", "concentrating",
    };

    /// <summary>The words, in any case, that can open a list or join its items; every other word is skipped at once.</summary>
    public static IEnumerable<string> CueWords => ListWords;

    /// <summary>Adds the list facts of the document.</summary>
    public static void Recognize(DocumentContext context, EntityAnalysis analysis, CueTokens cueTokens, List<ExtractedFact> facts)
    {
        var tokens = context.TokenList;
        var nameEnds = new SentenceNames(context, analysis);
        var words = analysis.Words;
        // The tokens that can open a list or join its items, in document order: most sentences have few and some none.
        var cues = cueTokens.ListCues;
        var sentenceCues = 0;
        // The items of the list being read, one list reused for every candidate.
        var items = new List<(int First, int Last)>();
        var listsFrom = facts.Count;
        var sentences = context.SentenceTokenList;
        for (var sentence = 0; sentence < sentences.Count; sentence++)
        {
            var (first, count) = sentences[sentence];
            var end = first + count;
            // The sentence's cues are cues[cuesFirst..cuesEnd).
            while (sentenceCues < cues.Count && cues[sentenceCues] < first)
            {
                sentenceCues++;
            }

            var cuesFirst = sentenceCues;
            while (sentenceCues < cues.Count && cues[sentenceCues] < end)
            {
                sentenceCues++;
            }

            var cuesEnd = sentenceCues;
            nameEnds.Fill(sentence, first, count, cuesEnd > cuesFirst);
            var resume = first;
            for (var cue = cuesFirst; cue < cuesEnd; cue++)
            {
                var k = cues[cue];
                if (k < resume)
                {
                    continue;
                }

                var itemsStart = CueEnd(tokens, k, end);
                if (itemsStart < 0)
                {
                    continue;
                }

                if (ItemsAfterCue(tokens, nameEnds, itemsStart, end, tokens[k].Is(':'), items) is null || items.Count < 2 || !Usable(tokens, analysis, items, allowNumbers: true) || IsCoordinatedComplement(tokens, items))
                {
                    continue;
                }

                var headLast = WithoutTrailingNumberPhrase(tokens, tokens[k - 1 >= first ? k - 1 : k].Is(',') ? k - 2 : k - 1, first);
                var headFirst = headLast >= first ? PhraseShape.StartOfPhraseEndingAt(tokens, analysis, headLast, first) : -1;
                var head = headFirst >= 0 ? context.TextOf(headFirst, headLast) : null;
                var preamble = PreambleNoun(tokens, analysis, items);
                if (preamble >= 0)
                {
                    // "plants by 2030: plants in Hungary, Spain and Mexico": the first item's own noun heads the names after it.
                    head = tokens[preamble].Text;
                }

                Emit(context, facts, nameEnds, WithoutArticlesBeforeNames(tokens, analysis, items), head);
                resume = items[items.Count - 1].Last + 1;
            }

            var commas = new CommaSearch(first);
            for (var cue = cuesFirst; cue < cuesEnd; cue++)
            {
                var c = cues[cue];
                if (!words.IsListWord(tokens[c]))
                {
                    continue;
                }

                var length = PhraseShape.CoordinatorLength(tokens, c, end);
                if (length > 0 && !nameEnds.IsCovered(c) && nameEnds[c] < 0 && !(c >= first + 2 && tokens[c - 1].Is(',') && nameEnds.IsCovered(c - 2))
                    && commas.AnyThrough(tokens, c - 2))
                {
                    if (Coordination(tokens, analysis, nameEnds, c, length, first, end, items) is not null && Usable(tokens, analysis, items, allowNumbers: false) && !IsAppositive(tokens, analysis, items))
                    {
                        var head = SharedHead(tokens, items);
                        if (head >= 0)
                        {
                            items[items.Count - 1] = (items[items.Count - 1].First, head - 1);
                        }

                        var leading = IsLeadingNoun(tokens, first, items[0].First) && analysis.StartingAt(items[0].First) is not null ? tokens[first].Text
                            : PluralBeforePreposition(tokens, analysis, items, first);
                        Emit(context, facts, nameEnds, WithoutArticlesBeforeNames(tokens, analysis, items), head >= 0 ? tokens[head].Text : leading, head);
                    }
                }
            }
        }

        BulletLists(context, analysis, facts, listsFrom);
    }

    /// <summary>
    /// Markdown bullets under a lead-in line ("Priorities for 2026:" then "- expand ...", "- hire ..."): a list of the bullets'
    /// texts (without a closing '.', ';' or ','), headed by the lead-in's noun phrase; two bullets at least, none already a list's.
    /// </summary>
    private static void BulletLists(DocumentContext context, EntityAnalysis analysis, List<ExtractedFact> facts, int listsFrom)
    {
        var tokens = context.TokenList;
        var items = new List<(int First, int Last)>();
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            if (!tokens[k].Is(':') || !EndsLine(context, k))
            {
                continue;
            }

            items.Clear();
            var i = k + 1;
            while (i + 1 < tokens.Count && IsBullet(tokens[i]) && EndsLine(context, i - 1) && !EndsLine(context, i))
            {
                var last = i + 1;
                while (last + 1 < tokens.Count && !EndsLine(context, last))
                {
                    last++;
                }

                var itemLast = last;
                while (itemLast > i + 1 && (tokens[itemLast].Is('.') || tokens[itemLast].Is(';') || tokens[itemLast].Is(',')))
                {
                    itemLast--;
                }

                items.Add((i + 1, itemLast));
                i = last + 1;
            }

            if (items.Count < 2 || OverlapsList(facts, listsFrom, tokens[items[0].First].Start, tokens[items[items.Count - 1].Last].End))
            {
                continue;
            }

            var lineFirst = k;
            while (lineFirst > 0 && !EndsLine(context, lineFirst - 1))
            {
                lineFirst--;
            }

            var headLast = WithoutTrailingNumberPhrase(tokens, k - 1, lineFirst);
            var headFirst = headLast >= lineFirst ? PhraseShape.StartOfPhraseEndingAt(tokens, analysis, headLast, lineFirst) : -1;
            var texts = new string[items.Count];
            for (var n = 0; n < items.Count; n++)
            {
                texts[n] = context.TextOf(items[n].First, items[n].Last);
            }

            var firstToken = items[0].First;
            var lastToken = items[items.Count - 1].Last;
            facts.Add(new ExtractedFact
            {
                Kind = FactKind.List,
                Text = context.TextOf(firstToken, lastToken),
                Span = context.SpanOf(firstToken, lastToken),
                SentenceIndex = tokens[firstToken].Sentence,
                Head = headFirst >= 0 ? context.TextOf(headFirst, headLast) : null,
                Items = EquatableArray<string>.TakeOwnership(texts),
            });
            k = i - 1;
        }
    }

    private static bool IsBullet(Token token) => token.Text.Length == 1 && MarkdownMarks.IsBullet(token.Text[0]);

    /// <summary>Whether a line break follows token <paramref name="k"/> (or it is the last token).</summary>
    private static bool EndsLine(DocumentContext context, int k)
    {
        var tokens = context.TokenList;
        if (k + 1 >= tokens.Count)
        {
            return true;
        }

        var text = context.Text;
        for (var c = tokens[k].End; c < tokens[k + 1].Start; c++)
        {
            if (text[c] == '\n' || text[c] == '\r')
            {
                return true;
            }
        }

        return false;
    }

    private static bool OverlapsList(List<ExtractedFact> facts, int from, int start, int end)
    {
        for (var f = from; f < facts.Count; f++)
        {
            if (facts[f].Kind == FactKind.List && facts[f].Span.Start < end && facts[f].Span.Start + facts[f].Span.Length > start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"offices in Lyon, Turin and Porto": a plural noun and "in", "at" or "across" right before names heads them; else null.</summary>
    private static string? PluralBeforePreposition(TokenList tokens, EntityAnalysis analysis, List<(int First, int Last)> items, int sentenceFirst)
    {
        var preposition = items[0].First - 1;
        if (preposition - 1 < sentenceFirst || !(tokens[preposition].Text is "in" or "at" or "across") || !(IsLowerWord(tokens[preposition - 1]) || preposition - 1 == sentenceFirst)
            || !IsPlural(tokens[preposition - 1].Text))
        {
            return null;
        }

        foreach (var item in items)
        {
            if (!IsName(tokens, analysis, item.First, item.Last))
            {
                return null;
            }
        }

        return tokens[preposition - 1].Text;
    }

    /// <summary>
    /// "by 2030", "in 2026", "of 12": a number, or a preposition and a number, ends no head: the head ends before them.
    /// Returns where the head ends, or -1 when nothing but numbers is left.
    /// </summary>
    private static int WithoutTrailingNumberPhrase(TokenList tokens, int last, int first)
    {
        var k = last;
        while (k >= first && tokens[k].Kind == TokenKind.Number)
        {
            k--;
        }

        if (k == last)
        {
            return last;
        }

        if (k >= first && tokens[k].Kind == TokenKind.Word && WordClasses.IsPreposition(tokens[k].Text))
        {
            k--;
        }

        return k >= first && tokens[k].Kind == TokenKind.Word ? k : -1;
    }

    /// <summary>
    /// "plants in Hungary, Spain and Mexico": when the first item is a lower-case noun, a preposition and a name, and every
    /// other item is a name, the item is cut to its name and the noun's index returned (it heads the list); else -1.
    /// </summary>
    private static int PreambleNoun(TokenList tokens, EntityAnalysis analysis, List<(int First, int Last)> items)
    {
        var (itemFirst, itemLast) = items[0];
        for (var i = 1; i < items.Count; i++)
        {
            if (!IsName(tokens, analysis, items[i].First, items[i].Last))
            {
                return -1;
            }
        }

        for (var p = itemFirst + 1; p < itemLast; p++)
        {
            var token = tokens[p];
            if (token.Kind == TokenKind.Word && (token.Text is "in" or "at" or "across" or "from") && IsLowerWord(tokens[p - 1])
                && IsName(tokens, analysis, p + 1, itemLast))
            {
                items[0] = (p + 1, itemLast);
                return p - 1;
            }
        }

        return -1;
    }

    /// <summary>The first token of the items when a cue ("such as", "including", "like", "covering", "focusing on", ":") stands at <paramref name="k"/>; else -1.</summary>
    private static int CueEnd(TokenList tokens, int k, int end)
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
            return k == 0 || (tokens.KindAt(k - 1) == TokenKind.Word && WordClasses.IsFunctionWord(tokens[k - 1].Text)) ? -1 : k + 1;
        }

        return t.Is(':') && k + 1 < end && !WordClasses.IsOpeningQuote(tokens[k + 1]) ? k + 1 : -1;
    }

    /// <summary>"A, B, C(,) and D" after a cue, read into <paramref name="items"/>; a colon list may also end without "and".</summary>
    private static List<(int First, int Last)>? ItemsAfterCue(TokenList tokens, SentenceNames nameEnds, int start, int end, bool colon, List<(int First, int Last)> items)
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
    private static bool IsDotInsideName(TokenList tokens, int k)
        => tokens[k].Is('.') && !tokens[k].SpaceBefore && k > 0 && tokens.KindAt(k - 1) != TokenKind.Symbol
        && k + 1 < tokens.Count && !tokens[k + 1].SpaceBefore && tokens.KindAt(k + 1) == TokenKind.Word;

    /// <summary>
    /// Whether a sentence has a comma among its first tokens, searched once however often it is asked: a bare coordination of
    /// three items needs one before its next-to-last item ("A, B and C"), so without one there is no need to read the items.
    /// </summary>
    private struct CommaSearch
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
    private static List<(int First, int Last)>? Coordination(TokenList tokens, EntityAnalysis analysis, SentenceNames nameEnds, int c, int length, int first, int end, List<(int First, int Last)> items)
    {
        var lastFirst = c + length;
        var lastEnd = ItemEnd(tokens, nameEnds, lastFirst, end, stopAtCoordinator: false);
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
            while (segmentStart - 1 >= floor && (!PhraseShape.IsItemBoundary(tokens[segmentStart - 1]) || IsDotInsideName(tokens, segmentStart - 1)))
            {
                segmentStart--;
            }

            var leftmost = segmentStart == first || !tokens[segmentStart - 1].Is(',') || items.Count >= MaxItems;
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

            if (!leftmost && (PhraseShape.IsNounPhrase(tokens, segmentStart, segmentEnd) || IsName(tokens, analysis, segmentStart, segmentEnd)))
            {
                items.Insert(0, (segmentStart, segmentEnd));
                segmentEnd = segmentStart - 2;
                continue;
            }

            if (items.Count < 2 && !leftmost)
            {
                return null;
            }

            if (segmentStart == first && WordClasses.IsPreposition(tokens[first].Text) && !OpensComplexPreposition(tokens, first, segmentEnd)
                && lastEnd + 1 < end && tokens[lastEnd + 1].Is(',') && segmentStart < segmentEnd
                && (PhraseShape.IsNounPhrase(tokens, segmentStart + 1, segmentEnd) || IsName(tokens, analysis, segmentStart + 1, segmentEnd)))
            {
                // "In Germany, France and Italy, demand was weak": the whole coordination is the preposition's object.
                items.Insert(0, (segmentStart + 1, segmentEnd));
                break;
            }

            if (segmentStart == first && (WordClasses.IsPreposition(tokens[first].Text) || OpensComplexPreposition(tokens, first, segmentEnd)))
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
            if (tail > segmentStart && IsArticle(tokens[tail - 1]) && IsArticle(tokens[items[0].First]))
            {
                tail--;
            }

            if (tail >= 0 && (PhraseShape.IsNounPhrase(tokens, tail, segmentEnd) || IsName(tokens, analysis, tail, segmentEnd)))
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
            if (IsLowerWord(tokens[k]) && WordClasses.IsPreposition(tokens[k].Text) && IsLowerWord(tokens[k - 1]) && tokens.KindAt(k + 1) == TokenKind.Word)
            {
                found = k;
                governs |= !tokens[k].IsWord("of");
            }
        }

        return governs ? found : -1;
    }

    /// <summary>
    /// "geothermal, wind and solar power in the national grid": when every earlier item is one word, a prepositional phrase after the
    /// last item is about the whole coordination, so the last item ends before it ("solar power").
    /// </summary>
    private static void WithoutSharedPhraseAfterLastItem(TokenList tokens, List<(int First, int Last)> items)
    {
        for (var i = 0; i < items.Count - 1; i++)
        {
            if (items[i].Last != items[i].First)
            {
                return;
            }
        }

        var (first, last) = items[items.Count - 1];
        var preposition = FirstPhrasePreposition(tokens, first + 1, last);
        if (preposition > first)
        {
            items[items.Count - 1] = (first, preposition - 1);
        }
    }

    // A lower-case preposition other than "of", which binds tightly to its noun ("bottles of wine").
    private static int FirstPhrasePreposition(TokenList tokens, int from, int last)
    {
        for (var k = from; k <= last; k++)
        {
            if (IsLowerWord(tokens[k]) && !tokens[k].IsWord("of") && WordClasses.IsPreposition(tokens[k].Text))
            {
                return k;
            }
        }

        return -1;
    }

    // The first words of two-word prepositions that open a sentence ("according to", "thanks to", "apart from").
    private static readonly HashSet<string> ComplexPrepositionStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "according", "thanks", "due", "apart", "aside", "owing", "contrary", "prior",
    };

    // Prepositions the word table lacks that open a sentence before a name ("Besides BYD, ...", "Unlike Toyota, ...").
    private static readonly HashSet<string> IntroductoryPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "besides", "unlike", "despite", "except", "beyond", "like", "alongside", "amid", "following",
    };

    /// <summary>"According to Wang", "Thanks to ...", "Besides BYD": a preposition of one or two words opening the segment.</summary>
    private static bool OpensComplexPreposition(TokenList tokens, int first, int last)
        => first < last && (IntroductoryPrepositions.Contains(tokens[first].Text)
            || (ComplexPrepositionStarts.Contains(tokens[first].Text) && (tokens[first + 1].IsWord("to") || tokens[first + 1].IsWord("from"))));

    /// <summary>
    /// "Rivals LG Energy Solution, SK On and ...": a capitalized plural noun opening the sentence right before the first name
    /// is the list's head, not part of its first item.
    /// </summary>
    private static bool IsLeadingNoun(TokenList tokens, int first, int nameFirst)
        => nameFirst == first + 1 && tokens.KindAt(first) == TokenKind.Word && tokens[first].IsCapitalized && IsPlural(tokens[first].Text)
            && !WordClasses.IsFunctionWord(tokens[first].Text) && !WordClasses.IsPossessive(tokens[first]) && !IntroductoryPrepositions.Contains(tokens[first].Text);

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
    private static bool IsCoordinatedComplement(TokenList tokens, List<(int First, int Last)> items)
    {
        if (items.Count != 2)
        {
            return false;
        }

        for (var i = items[0].First + 1; i < items[0].Last; i++)
        {
            if (WordClasses.IsPreposition(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"is simple, cheap and scalable": a coordination right after a copula describes; it does not enumerate.</summary>
    private static bool AfterCopula(TokenList tokens, int itemsFirst, int sentenceFirst)
    {
        if (itemsFirst <= sentenceFirst)
        {
            return false;
        }

        var previous = tokens[itemsFirst - 1].Text;
        return previous is "is" or "are" or "was" or "were" or "be" or "been" or "remain" or "remains" or "remained" or "seems" or "seem" or "became" or "become";
    }

    /// <summary>"the", "a" or "an": kept on the first item when the next item has one too ("the engineers, the designers and ...").</summary>
    private static bool IsArticle(Token token) => token.IsWord("the") || token.IsWord("a") || token.IsWord("an");

    /// <summary>
    /// The last token of the item starting at <paramref name="start"/>: before the next boundary (or coordinator);
    /// a last item also stops before a verb, so "A, B and C are ..." ends at "C".
    /// </summary>
    private static int ItemEnd(TokenList tokens, SentenceNames nameEnds, int start, int end, bool stopAtCoordinator)
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
                if (k < end && !stopAtCoordinator && WordClasses.IsPreposition(tokens[k].Text))
                {
                    // "Qinghai and Inner Mongolia from 2025": a last item that is a name ends before a phrase about it.
                    break;
                }

                continue;
            }

            if (!stopAtCoordinator && k > start && nameEnds[start] == k - 1 && IsLowerWord(tokens[k]))
            {
                // "BYD, Geely and Chery cut prices": a last item that is one name ends with it.
                break;
            }

            if (!stopAtCoordinator && k > start && (PhraseShape.StopsLastItem(tokens, k) || (EndsNameItem(tokens[k]) && AllCapitalized(tokens, start, k - 1))))
            {
                // "... and Shopee Food in other markets": a last item that is a name ends before a phrase about it.
                break;
            }

            k++;
        }

        return k - 1;
    }

    // "Shopee Food in other markets", "Baidu jointly launched": a preposition or an adverb after a name.
    private static bool EndsNameItem(Token token)
        => WordClasses.IsPreposition(token.Text) || (token.Kind == TokenKind.Word && !token.IsCapitalized && token.Text.EndsWith("ly", StringComparison.Ordinal));

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

    /// <summary>An item that is one entity's name, perhaps after "the".</summary>
    private static bool IsName(TokenList tokens, EntityAnalysis analysis, int first, int last)
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
    private static List<(int First, int Last)> WithoutArticlesBeforeNames(TokenList tokens, EntityAnalysis analysis, List<(int First, int Last)> items)
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
    /// One sentence at a time, in one buffer reused for every sentence: for each token inside an entity's name, the name's last
    /// token (-1 elsewhere), and whether a list already covers the token.
    /// </summary>
    private sealed class SentenceNames
    {
        private readonly List<Mention> _mentions;
        // The mentions grouped by the sentence of their first token: those of sentence s are _bySentence[_sentenceStarts[s]..].
        private readonly int[] _sentenceStarts;
        private readonly int[] _bySentence;
        // Mentions that run on past the end of the sentence they start in.
        private readonly List<Mention> _carried = new();
        private int[] _ends = new int[64];
        private bool[] _covered = new bool[64];
        private int _first;

        public SentenceNames(DocumentContext context, EntityAnalysis analysis)
        {
            var tokens = context.TokenList;
            _mentions = analysis.Mentions;
            _sentenceStarts = new int[context.SentenceTokenList.Count + 1];
            foreach (var mention in _mentions)
            {
                _sentenceStarts[tokens.SentenceAt(mention.First) + 1]++;
            }

            for (var s = 1; s < _sentenceStarts.Length; s++)
            {
                _sentenceStarts[s] += _sentenceStarts[s - 1];
            }

            // Each sentence's start moves on past its mentions as they are placed, ending at the next sentence's start; then
            // every start moves back one place.
            _bySentence = new int[_mentions.Count];
            for (var m = 0; m < _mentions.Count; m++)
            {
                _bySentence[_sentenceStarts[tokens[_mentions[m].First].Sentence]++] = m;
            }

            for (var s = _sentenceStarts.Length - 1; s > 0; s--)
            {
                _sentenceStarts[s] = _sentenceStarts[s - 1];
            }

            _sentenceStarts[0] = 0;
        }

        /// <summary>The last token of the name token <paramref name="index"/> (of the current sentence) is inside, or -1.</summary>
        public int this[int index] => _ends[index - _first];

        /// <summary>Whether a list covers token <paramref name="index"/> of the current sentence.</summary>
        public bool IsCovered(int index) => _covered[index - _first];

        /// <summary>Marks tokens <paramref name="first"/>..<paramref name="last"/> of the current sentence as covered by a list.</summary>
        public void Cover(int first, int last)
        {
            for (var i = first; i <= last; i++)
            {
                _covered[i - _first] = true;
            }
        }

        /// <summary>
        /// Moves on to sentence <paramref name="sentence"/>, tokens <paramref name="first"/> on (<paramref name="count"/> of them),
        /// and makes it the current one when <paramref name="needed"/> (every sentence must be passed, in order).
        /// </summary>
        public void Fill(int sentence, int first, int count, bool needed)
        {
            var end = first + count;
            if (needed)
            {
                if (_ends.Length < count)
                {
                    var length = System.Math.Max(count, 2 * _ends.Length);
                    _ends = new int[length];
                    _covered = new bool[length];
                }

                _first = first;
                for (var i = 0; i < count; i++)
                {
                    _ends[i] = -1;
                    _covered[i] = false;
                }
            }

            for (var c = _carried.Count - 1; c >= 0; c--)
            {
                var mention = _carried[c];
                if (needed)
                {
                    Mark(mention, end);
                }

                if (mention.Last < end)
                {
                    _carried.RemoveAt(c);
                }
            }

            for (var k = _sentenceStarts[sentence]; k < _sentenceStarts[sentence + 1]; k++)
            {
                var mention = _mentions[_bySentence[k]];
                if (needed)
                {
                    Mark(mention, end);
                }

                if (mention.Last >= end)
                {
                    _carried.Add(mention);
                }
            }
        }

        private void Mark(Mention mention, int end)
        {
            var last = System.Math.Min(mention.Last, end - 1);
            for (var i = System.Math.Max(mention.First, _first); i <= last; i++)
            {
                _ends[i - _first] = System.Math.Max(_ends[i - _first], mention.Last);
            }
        }
    }

    /// <summary>
    /// "Jane Doe, a doctoral student and the paper's first author, said", "from Rolls-Royce, a maker of engines, and plans to":
    /// a person or organization followed by a description of it.
    /// </summary>
    private static bool IsAppositive(TokenList tokens, EntityAnalysis analysis, List<(int First, int Last)> items)
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

    private static bool Usable(TokenList tokens, EntityAnalysis analysis, List<(int First, int Last)> items, bool allowNumbers)
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
    private static int SharedHead(TokenList tokens, List<(int First, int Last)> items)
    {
        var (lastFirst, lastLast) = items[items.Count - 1];
        var head = lastFirst + 1;
        if (head > lastLast || !IsLowerWord(tokens[lastFirst]) || !IsLowerWord(tokens[head]) || !IsPlural(tokens[head].Text))
        {
            return -1;
        }

        for (var i = 0; i < items.Count - 1; i++)
        {
            if (items[i].First != items[i].Last || !IsLowerWord(tokens[items[i].First]) || IsPlural(tokens[items[i].First].Text))
            {
                return -1;
            }
        }

        return head;
    }

    private static bool IsLowerWord(Token token) => token.Kind == TokenKind.Word && !token.IsCapitalized;

    private static bool IsPlural(string word) => word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] != 's';

    private static void Emit(DocumentContext context, List<ExtractedFact> facts, SentenceNames covered, List<(int First, int Last)> items, string? head, int headToken = -1)
    {
        var texts = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            texts[i] = context.TextOf(items[i].First, items[i].Last);
        }

        var firstToken = items[0].First;
        var lastToken = Math.Max(items[items.Count - 1].Last, headToken);
        covered.Cover(firstToken, lastToken);

        // Built whole rather than copied with "with": one object per fact.
        facts.Add(new ExtractedFact
        {
            Kind = FactKind.List,
            Text = context.TextOf(firstToken, lastToken),
            Span = context.SpanOf(firstToken, lastToken),
            SentenceIndex = context.TokenList[firstToken].Sentence,
            Head = head,
            Items = EquatableArray<string>.TakeOwnership(texts),
        });
    }
}
