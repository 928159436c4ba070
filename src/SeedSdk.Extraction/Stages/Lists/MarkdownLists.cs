using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Lists;

/// <summary>Lists that Markdown lays out: bullets under a lead-in line, and the rows of a table, each named by its header cell.</summary>
internal static class MarkdownLists
{
    /// <summary>
    /// Markdown bullets under a lead-in line ("Priorities for 2026:" then "- expand ...", "- hire ..."): a list of the bullets'
    /// texts (without a closing '.', ';' or ','), headed by the lead-in's noun phrase; two bullets at least, none already a list's.
    /// </summary>
    internal static void BulletLists(DocumentContext context, EntityAnalysis analysis, List<ExtractedFact> facts, int listsFrom)
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

            var headLast = ListFacts.WithoutTrailingNumberPhrase(tokens, k - 1, lineFirst);
            var headFirst = headLast >= lineFirst ? PhraseShape.StartOfPhraseEndingAt(tokens, analysis, headLast, lineFirst) : -1;
            var texts = new string[items.Count];
            for (var n = 0; n < items.Count; n++)
            {
                texts[n] = context.PlainTextOf(items[n].First, items[n].Last);
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

    /// <summary>
    /// The body rows of a Markdown table ("| Stores | £184m | £197m |" below a header row and a "|---|" line): a row whose first
    /// cell holds words is a list headed by that cell, its items the other cells in order (two at least). The header row names
    /// columns, not values, and is no list.
    /// </summary>
    internal static void TableRows(DocumentContext context, List<ExtractedFact> facts, int listsFrom)
    {
        var tokens = context.TokenList;
        var cells = new List<(int First, int Last)>();
        var inBody = false;
        var previousRowEnd = -2;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!tokens[k].Is('|') || (k > 0 && !EndsLine(context, k - 1)))
            {
                continue;
            }

            var lineEnd = k;
            while (!EndsLine(context, lineEnd))
            {
                lineEnd++;
            }

            inBody &= previousRowEnd == k - 1;
            previousRowEnd = lineEnd;
            if (IsSeparatorRow(tokens, k, lineEnd))
            {
                inBody = true;
            }
            else if (inBody)
            {
                ReadCells(tokens, k, lineEnd, cells);
                EmitRow(context, facts, listsFrom, cells);
            }

            k = lineEnd;
        }
    }

    // "|---|:---:|": pipes, dashes and colons only.
    private static bool IsSeparatorRow(TokenList tokens, int first, int last)
    {
        var dashes = false;
        for (var k = first; k <= last; k++)
        {
            var token = tokens[k];
            dashes |= token.Is('-');
            if (!(token.Is('|') || token.Is('-') || token.Is(':')))
            {
                return false;
            }
        }

        return dashes;
    }

    // The cells between the pipes of the row first..last, as token ranges; an empty cell is (-1, -1).
    private static void ReadCells(TokenList tokens, int first, int last, List<(int First, int Last)> cells)
    {
        cells.Clear();
        var cellFirst = first + 1;
        for (var k = first + 1; k <= last + 1; k++)
        {
            if (k <= last && !tokens[k].Is('|'))
            {
                continue;
            }

            if (k <= last || cellFirst <= last)
            {
                cells.Add(cellFirst < k ? (cellFirst, k - 1) : (-1, -1));
            }

            cellFirst = k + 1;
        }
    }

    private static void EmitRow(DocumentContext context, List<ExtractedFact> facts, int listsFrom, List<(int First, int Last)> cells)
    {
        var tokens = context.TokenList;
        if (cells.Count < 3 || cells[0].First < 0 || tokens.KindAt(cells[0].First) != TokenKind.Word)
        {
            return;
        }

        var texts = new List<string>(cells.Count - 1);
        int firstItem = -1, lastItem = -1;
        for (var c = 1; c < cells.Count; c++)
        {
            if (cells[c].First >= 0)
            {
                texts.Add(context.PlainTextOf(cells[c].First, cells[c].Last));
                firstItem = firstItem < 0 ? cells[c].First : firstItem;
                lastItem = cells[c].Last;
            }
        }

        if (texts.Count < 2 || OverlapsList(facts, listsFrom, tokens[firstItem].Start, tokens[lastItem].End))
        {
            return;
        }

        facts.Add(new ExtractedFact
        {
            Kind = FactKind.List,
            Text = context.TextOf(firstItem, lastItem),
            Span = context.SpanOf(firstItem, lastItem),
            SentenceIndex = tokens[firstItem].Sentence,
            Head = context.PlainTextOf(cells[0].First, cells[0].Last),
            Items = EquatableArray<string>.TakeOwnership(texts.ToArray()),
        });
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
}
