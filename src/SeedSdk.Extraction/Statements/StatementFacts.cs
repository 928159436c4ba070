using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Entities;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Pipeline;
using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Statements;

/// <summary>
/// One statement per reporting clause: "X said (that) ...", "X pointed out that ...", "according to X, ...",
/// "..., X said." and quotations attributed before or after. The text is the reported content as written,
/// without the closing period or quotation marks; the speaker is the canonical name of the entity.
/// </summary>
internal static class StatementFacts
{
    private const int ThatWindow = 10;

    /// <summary>Adds the statement facts of the document.</summary>
    public static void Recognize(DocumentContext context, EntityAnalysis analysis, List<ExtractedFact> facts)
    {
        foreach (var (sentenceFirst, count) in context.SentenceTokens)
        {
            foreach (var (first, end) in Pieces(context.Tokens, sentenceFirst, sentenceFirst + count))
            {
                RecognizeIn(context, analysis, facts, first, end);
            }
        }
    }

    /// <summary>
    /// The sentence cut where a period is followed by an opening straight quote and a capital ('year. "We'),
    /// which the sentence splitter cannot tell from a closing quote.
    /// </summary>
    private static IEnumerable<(int First, int End)> Pieces(IReadOnlyList<Token> tokens, int first, int end)
    {
        var start = first;
        for (var k = first; k + 2 < end; k++)
        {
            if ((tokens[k].Is('.') || tokens[k].Is('!') || tokens[k].Is('?')) && tokens[k + 1].Is('"') && tokens[k + 1].SpaceBefore
                && !tokens[k + 2].SpaceBefore && tokens[k + 2].IsCapitalized)
            {
                yield return (start, k + 1);
                start = k + 1;
            }
        }

        yield return (start, end);
    }

    private static void RecognizeIn(DocumentContext context, EntityAnalysis analysis, List<ExtractedFact> facts, int first, int end)
    {
        Entity? lastSpeaker = null;
        for (var t = first; t < end; t++)
        {
            var statement = (t == first ? InterviewLine(context, analysis, first, end) : null)
                ?? Participial(context, lastSpeaker, t, end)
                ?? AccordingTo(context, analysis, t, first, end)
                ?? Reporting(context, analysis, t, first, end);
            if (statement is not { } found)
            {
                continue;
            }

            facts.Add(context.FactOf(FactKind.Statement, found.First, found.Last) with { Speaker = found.Speaker.Name });
            lastSpeaker = found.Speaker;
            t = found.Resume;
        }
    }

    /// <summary>"Jane Doe: We will grow." — an interview transcript line opened by the speaker's name and a colon.</summary>
    private static Found? InterviewLine(DocumentContext context, EntityAnalysis analysis, int first, int end)
    {
        var mention = analysis.StartingAt(first);
        if (mention is null || mention.Entity.Kind != FactKind.Person || mention.Last + 1 >= end || !context.Tokens[mention.Last + 1].Is(':'))
        {
            return null;
        }

        return Content(context, mention.Last + 2, end - 1, mention.Entity, end - 1);
    }

    /// <summary>"..., adding that ...": a participial reporting clause continues the last speaker's statement with a new one.</summary>
    private static Found? Participial(DocumentContext context, Entity? lastSpeaker, int t, int end)
    {
        var tokens = context.Tokens;
        if (lastSpeaker is null || t == 0 || !tokens[t - 1].Is(','))
        {
            return null;
        }

        var length = ReportingVerbs.ParticipleLength(tokens, t);
        if (length == 0)
        {
            return null;
        }

        var clauseEnd = ClauseEnd(tokens, t + length + 1, end);
        return Content(context, t + length + 1, clauseEnd, lastSpeaker, clauseEnd);
    }

    /// <summary>The last token of a reported clause starting at <paramref name="from"/>: before ", adding that" or the sentence end.</summary>
    private static int ClauseEnd(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var k = from; k + 1 < end; k++)
        {
            if (tokens[k].Is(',') && ReportingVerbs.ParticipleLength(tokens, k + 1) > 0)
            {
                return k - 1;
            }
        }

        return end - 1;
    }

    private static Found? Reporting(DocumentContext context, EntityAnalysis analysis, int t, int first, int end)
    {
        var tokens = context.Tokens;
        var length = ReportingVerbs.Length(tokens, t);
        if (length == 0)
        {
            return null;
        }

        var after = t + length;
        var speaker = SpeakerFinder.Before(tokens, analysis, t, first);
        if (speaker is null)
        {
            // "..., said Jane Doe." / "“...,” said the minister."
            speaker = t > first && (tokens[t - 1].Is(',') || WordClasses.IsClosingQuote(tokens[t - 1])) ? SpeakerFinder.After(tokens, analysis, after) : null;
            return speaker is null ? null : Content(context, first, t - 1, speaker, end - 1);
        }

        var that = FindThat(tokens, after, end);
        if (that >= 0)
        {
            var clauseEnd = ClauseEnd(tokens, that + 1, end);
            return Content(context, that + 1, clauseEnd, speaker, clauseEnd);
        }

        if (after >= end || tokens[after].Is('.') || (tokens[after].Is(',') && !IsQuoteNext(tokens, after + 1, end)))
        {
            // "The market will grow, Smith said." — the content precedes the attribution.
            var contentEnd = ContentEndBeforeSpeaker(tokens, analysis, t, first);
            return contentEnd > first ? Content(context, first, contentEnd, speaker, end - 1) : null;
        }

        if (tokens[after].Is(':') || tokens[after].Is(','))
        {
            after++;
        }

        if (after >= end)
        {
            return null;
        }

        after = AfterAdverbialPhrase(tokens, analysis, after, end);
        if (WordClasses.IsOpeningQuote(tokens[after]) || (tokens[after].Kind == TokenKind.Word && !ReportingVerbs.TakesListener(tokens[t].Text) && !WordClasses.IsPreposition(tokens[after].Text)))
        {
            var clauseEnd = ClauseEnd(tokens, after, end);
            return Content(context, after, clauseEnd, speaker, clauseEnd);
        }

        return null;
    }

    /// <summary>"According to X, ..." and "..., according to X."</summary>
    private static Found? AccordingTo(DocumentContext context, EntityAnalysis analysis, int t, int first, int end)
    {
        var tokens = context.Tokens;
        if (!tokens[t].IsWord("according") || t + 2 >= end || !tokens[t + 1].IsWord("to"))
        {
            return null;
        }

        var named = t + 3 < end && tokens[t + 2].IsWord("the") ? t + 3 : t + 2;
        var speaker = SpeakerFinder.After(tokens, analysis, named);
        var mention = analysis.StartingAt(named);
        if (speaker is null || mention is null)
        {
            return null;
        }

        if (t > first && tokens[t - 1].Is(','))
        {
            return Content(context, first, t - 2, speaker, end - 1);
        }

        if (t != first)
        {
            return null;
        }

        var comma = NextComma(tokens, mention.Last + 1, end);
        if (comma + 1 < end && StartsAppositive(tokens, comma + 1, end))
        {
            // "According to Zhang Wei, a researcher at the academy, the project ...": skip the appositive.
            comma = NextComma(tokens, comma + 1, end);
        }

        return Content(context, comma + 1, end - 1, speaker, end - 1);
    }

    /// <summary>
    /// "said on Monday the company would ...", "said in a statement it would ...": where the content starts after a short
    /// prepositional phrase, when a subject (pronoun, article or name) follows it; otherwise <paramref name="after"/>.
    /// </summary>
    private static int AfterAdverbialPhrase(IReadOnlyList<Token> tokens, EntityAnalysis analysis, int after, int end)
    {
        if (!WordClasses.IsPreposition(tokens[after].Text))
        {
            return after;
        }

        for (var p = after + 2; p < end && p <= after + 4; p++)
        {
            var t = tokens[p];
            if (t.Is(',') || t.Is('.'))
            {
                break;
            }

            if (t.IsWord("the") || t.IsWord("it") || t.IsWord("they") || t.IsWord("its") || t.IsWord("we") || analysis.StartingAt(p) is not null)
            {
                return p;
            }
        }

        return after;
    }

    private static int NextComma(IReadOnlyList<Token> tokens, int from, int end)
    {
        var comma = from;
        while (comma < end && comma < from + 30 && !tokens[comma].Is(','))
        {
            comma++;
        }

        return comma;
    }

    /// <summary>"a researcher at ...", "a senior fellow at ...": an article, up to two more words, then a role phrase.</summary>
    private static bool StartsAppositive(IReadOnlyList<Token> tokens, int index, int end)
    {
        var k = index < end && WordClasses.IsDeterminer(tokens[index].Text) ? index + 1 : index;
        for (var limit = k + 2; k < end && k <= limit; k++)
        {
            if (Roles.RoleLexicon.MatchAt(tokens, k, end) > 0)
            {
                return true;
            }

            if (tokens[k].Kind != TokenKind.Word || WordClasses.IsFunctionWord(tokens[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The reported content from <paramref name="from"/> through <paramref name="to"/>, trimmed of quotes and closing punctuation.</summary>
    private static Found? Content(DocumentContext context, int from, int to, Entity speaker, int resume)
    {
        var tokens = context.Tokens;
        var quoted = false;
        while (from <= to && (WordClasses.IsOpeningQuote(tokens[from]) || tokens[from].Is(',')))
        {
            quoted |= WordClasses.IsOpeningQuote(tokens[from]);
            from++;
        }

        while (to >= from && (tokens[to].Is('.') || tokens[to].Is(',') || tokens[to].Is(';') || tokens[to].Is('!')
            || (WordClasses.IsClosingQuote(tokens[to]) && (quoted || !HasOpeningQuote(tokens, from, to)))))
        {
            to--;
        }

        return to - from < 1 ? null : new Found(from, to, speaker, resume);
    }

    /// <summary>Whether a quotation opens inside the content, so its closing mark belongs to it.</summary>
    private static bool HasOpeningQuote(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Is('\u201C') || (tokens[i].Is('"') && tokens[i].SpaceBefore))
            {
                return true;
            }
        }

        return false;
    }

    private static int FindThat(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (var k = from; k < end && k < from + ThatWindow; k++)
        {
            if (tokens[k].IsWord("that"))
            {
                return k;
            }

            if (tokens[k].Is('.') || tokens[k].Is(',') || WordClasses.IsQuote(tokens[k]) || ReportingVerbs.IsReportingVerb(tokens, k))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsQuoteNext(IReadOnlyList<Token> tokens, int index, int end) => index < end && WordClasses.IsOpeningQuote(tokens[index]);

    /// <summary>
    /// The comma or closing quote that ends the content before an attribution ("..., Sony Group president
    /// Hiroki Totoki said"): searched back from the speaker over at most a few words; -1 when there is none.
    /// </summary>
    private static int ContentEndBeforeSpeaker(IReadOnlyList<Token> tokens, EntityAnalysis analysis, int verb, int first)
    {
        var k = verb - 1;
        var floor = Math.Max(first, verb - 14);
        while (k > floor && analysis.EndingAt(k) is null && analysis.ResolvedAt(k) is null)
        {
            k--;
        }

        var start = analysis.EndingAt(k)?.First ?? k;
        for (var c = start - 1; c > first && c >= start - 8; c--)
        {
            if (tokens[c].Is(',') || WordClasses.IsClosingQuote(tokens[c]))
            {
                return c;
            }
        }

        return -1;
    }

    private readonly record struct Found(int First, int Last, Entity Speaker, int Resume);
}
