using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Lists;

/// <summary>
/// Enumerations: items introduced by "such as", "including", "like" or a colon (two or more items, <see cref="CueLists"/>),
/// bare coordinations of three or more parallel noun phrases ("A, B and C", <see cref="BareCoordination"/>), and Markdown
/// bullets and table rows (<see cref="MarkdownLists"/>). Items keep their order; the head is the noun phrase before the cue,
/// or null. The fact's text runs from the first item to the last.
/// </summary>
internal static class ListFacts
{
    internal const int MaxItems = 16;

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
            var (cuesFirst, cuesEnd) = CueTokens.Within(cues, ref sentenceCues, first, end);
            nameEnds.Fill(sentence, first, count, cuesEnd > cuesFirst);
            var resume = first;
            for (var cue = cuesFirst; cue < cuesEnd; cue++)
            {
                var k = cues[cue];
                if (k < resume)
                {
                    continue;
                }

                var itemsStart = CueLists.CueEnd(tokens, k, end);
                if (itemsStart < 0)
                {
                    continue;
                }

                if (CueLists.ItemsAfterCue(tokens, nameEnds, itemsStart, end, tokens[k].Is(':'), items) is null || items.Count < 2 || !ListItems.Usable(tokens, analysis, items, allowNumbers: true) || BareCoordination.IsCoordinatedComplement(tokens, items))
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

                Emit(context, facts, nameEnds, ListItems.WithoutArticlesBeforeNames(tokens, analysis, items), head);
                resume = items[items.Count - 1].Last + 1;
            }

            var commas = new BareCoordination.CommaSearch(first);
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
                    if (BareCoordination.Coordination(tokens, analysis, nameEnds, c, length, first, end, items) is not null && ListItems.Usable(tokens, analysis, items, allowNumbers: false) && !ListItems.IsAppositive(tokens, analysis, items))
                    {
                        var head = ListItems.SharedHead(tokens, items);
                        if (head >= 0)
                        {
                            items[items.Count - 1] = (items[items.Count - 1].First, head - 1);
                        }

                        var leading = BareCoordination.IsLeadingNoun(tokens, first, items[0].First) && analysis.StartingAt(items[0].First) is not null ? tokens[first].Text
                            : PluralBeforePreposition(tokens, analysis, items, first);
                        Emit(context, facts, nameEnds, ListItems.WithoutArticlesBeforeNames(tokens, analysis, items), head >= 0 ? tokens[head].Text : leading, head);
                    }
                }
            }
        }

        MarkdownLists.BulletLists(context, analysis, facts, listsFrom);
        MarkdownLists.TableRows(context, facts, listsFrom);
    }

    /// <summary>"offices in Lyon, Turin and Porto": a plural noun and "in", "at" or "across" right before names heads them; else null.</summary>
    private static string? PluralBeforePreposition(TokenList tokens, EntityAnalysis analysis, List<(int First, int Last)> items, int sentenceFirst)
    {
        var preposition = items[0].First - 1;
        if (preposition - 1 < sentenceFirst || !(tokens[preposition].Text is "in" or "at" or "across") || !(ListItems.IsLowerWord(tokens[preposition - 1]) || preposition - 1 == sentenceFirst)
            || !IsPlural(tokens[preposition - 1].Text))
        {
            return null;
        }

        foreach (var item in items)
        {
            if (!ListItems.IsName(tokens, analysis, item.First, item.Last))
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
    internal static int WithoutTrailingNumberPhrase(TokenList tokens, int last, int first)
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

        if (k >= first && tokens[k].Kind == TokenKind.Word && WordClasses.IsPreposition(tokens.Lexicon, tokens[k].Text))
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
            if (!ListItems.IsName(tokens, analysis, items[i].First, items[i].Last))
            {
                return -1;
            }
        }

        for (var p = itemFirst + 1; p < itemLast; p++)
        {
            var token = tokens[p];
            if (token.Kind == TokenKind.Word && (token.Text is "in" or "at" or "across" or "from") && ListItems.IsLowerWord(tokens[p - 1])
                && ListItems.IsName(tokens, analysis, p + 1, itemLast))
            {
                items[0] = (p + 1, itemLast);
                return p - 1;
            }
        }

        return -1;
    }

    private static void Emit(DocumentContext context, List<ExtractedFact> facts, SentenceNames covered, List<(int First, int Last)> items, string? head, int headToken = -1)
    {
        var texts = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            texts[i] = context.PlainTextOf(items[i].First, items[i].Last);
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

    internal static bool IsPlural(string word) => word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] != 's';
}
