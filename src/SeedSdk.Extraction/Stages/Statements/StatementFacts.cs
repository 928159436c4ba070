using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;
using static SeedSdk.Extraction.Stages.Statements.AccordingToStatements;
using static SeedSdk.Extraction.Stages.Statements.TranscriptLines;

namespace SeedSdk.Extraction.Stages.Statements;

/// <summary>
/// One statement per reporting clause: "X said (that) ...", "X pointed out that ...", "according to X, ...",
/// "..., X said." and quotations attributed before or after. The text is the reported content as written,
/// without the closing period or quotation marks; the speaker is the canonical name of the entity.
/// This class reads the reporting clauses; <see cref="AccordingToStatements"/> and <see cref="TranscriptLines"/> hold the other
/// two ways a statement is attributed.
/// </summary>
internal static class StatementFacts
{
    /// <summary>Adds the statement facts of the document.</summary>
    public static void Recognize(DocumentContext context, EntityAnalysis analysis, CueTokens cues, List<ExtractedFact> facts)
    {
        Entity? previousSpeaker = null;
        var transcript = new Transcript(analysis);
        var cut = 0;
        var opener = 0;
        foreach (var (sentenceFirst, count) in context.SentenceTokenList)
        {
            // The sentence's pieces one after another (an empty sentence is one empty piece).
            var sentenceEnd = sentenceFirst + count;
            for (int first = sentenceFirst, end = -1; end < sentenceEnd; first = end)
            {
                end = PieceEnd(cues.PieceCuts, ref cut, first, sentenceEnd);
                if (first == sentenceFirst && transcript.AnswerAt(context, first, end) is { } answer)
                {
                    facts.Add(StatementFact(context, answer));
                    previousSpeaker = answer.Speaker;
                    continue;
                }

                var speaker = RecognizeIn(context, analysis, cues.StatementOpeners, ref opener, facts, first, end, previousSpeaker);
                if (speaker is null && previousSpeaker is not null && ContinuedQuotation(context, analysis, previousSpeaker, first, end) is { } continued)
                {
                    facts.Add(StatementFact(context, continued));
                    speaker = previousSpeaker;
                }

                previousSpeaker = speaker;
            }
        }
    }

    /// <summary>
    /// "“...,” said Jane Doe. “We saw growth.”": a sentence that is wholly a quotation, right after a statement,
    /// continues that speaker's words.
    /// </summary>
    private static Found? ContinuedQuotation(DocumentContext context, EntityAnalysis analysis, Entity speaker, int first, int end)
    {
        var tokens = context.TokenList;
        var last = end - 1;
        if (last - first < 3 || !WordClasses.IsOpeningQuote(tokens[first]) || !WordClasses.IsClosingQuote(tokens[last]) || OpensAttribution(context, analysis, end))
        {
            return null;
        }

        for (var i = first + 1; i < last; i++)
        {
            if (WordClasses.IsQuote(tokens[i]) && !(tokens[i].Is('\u2019') && !tokens[i].SpaceBefore))
            {
                return null;
            }
        }

        return Content(context, first, last, speaker, last);
    }

    private const int AttributionReach = 20;

    /// <summary>
    /// "... fall?\u201D Chen Jing said." / "... fall?\u201D Chen Jing, an analyst at ..., said.": whether the next sentence opens
    /// with a name and, right after it or after an appositive, a reporting verb, so it attributes the quotation itself.
    /// </summary>
    private static bool OpensAttribution(DocumentContext context, EntityAnalysis analysis, int next)
    {
        var tokens = context.TokenList;
        var mention = next < tokens.Count ? analysis.StartingAt(next) : null;
        if (mention is null)
        {
            return false;
        }

        var (sentenceFirst, count) = context.SentenceTokenList[tokens.SentenceAt(next)];
        var end = sentenceFirst + count;
        for (var k = mention.Last + 1; k < end && k <= mention.Last + AttributionReach && !tokens[k].Is('.'); k++)
        {
            var length = (k == mention.Last + 1 || tokens[k - 1].Is(',')) ? analysis.Words.ReportingVerbLength(tokens, k) : 0;
            if (length > 0)
            {
                // "Zhou added that ..." reports words of its own.
                var after = k + length;
                return after >= end || tokens[after].Is('.') || ContentBounds.AttributionTailEnd(tokens, analysis.Words, k, after, end) >= 0;
            }

            if (k == mention.Last + 1 && !tokens[k].Is(','))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// What "It" opening the piece at <paramref name="first"/> refers to: the previous piece's speaker when that is an
    /// organization, else the organization opening the sentence before (see <see cref="OpeningOrganization"/>); or null.
    /// </summary>
    private static Entity? ItReferent(DocumentContext context, EntityAnalysis analysis, Entity? previousSpeaker, int first)
        => previousSpeaker?.Kind == FactKind.Organization ? previousSpeaker : OpeningOrganization(context, analysis, first);

    /// <summary>
    /// "Acme posted a loss. It said ...": the organization named at the start of the sentence before the one opening at
    /// <paramref name="first"/> (after an optional "The"); null when the piece does not open a sentence or there is none.
    /// </summary>
    private static Entity? OpeningOrganization(DocumentContext context, EntityAnalysis analysis, int first)
    {
        var tokens = context.TokenList;
        var sentence = first < tokens.Count ? tokens.SentenceAt(first) : 0;
        if (sentence == 0 || context.SentenceTokenList[sentence].FirstToken != first)
        {
            return null;
        }

        var previous = context.SentenceTokenList[sentence - 1].FirstToken;
        var opening = analysis.StartingAt(previous) ?? (tokens[previous].IsWord("the") ? analysis.StartingAt(previous + 1) : null);
        return opening?.Entity.Kind == FactKind.Organization ? opening.Entity : null;
    }

    /// <summary>
    /// The exclusive end of the sentence piece starting at <paramref name="start"/>: the sentence cut where a period is
    /// followed by an opening straight quote and a capital ('year. "We'), which the sentence splitter cannot tell from a
    /// closing quote (one of the document's <see cref="CueTokens.PieceCuts"/>); <paramref name="end"/> when there is none.
    /// Pieces must be asked for in order; <paramref name="next"/> is the first cut not yet passed.
    /// </summary>
    private static int PieceEnd(List<int> cuts, ref int next, int start, int end)
    {
        while (next < cuts.Count && cuts[next] < start)
        {
            next++;
        }

        return next < cuts.Count && cuts[next] + 2 < end ? cuts[next] + 1 : end;
    }

    /// <summary>
    /// The statements of one sentence piece; returns the last speaker found, or null. Past its first token a statement can
    /// only open at one of the <paramref name="openers"/> (<see cref="DocumentWords.MayOpenStatement"/>); pieces must be read
    /// in order, and <paramref name="next"/> is the first opener not yet passed.
    /// </summary>
    private static Entity? RecognizeIn(DocumentContext context, EntityAnalysis analysis, List<int> openers, ref int next, List<ExtractedFact> facts, int first, int end, Entity? previousSpeaker)
    {
        Entity? lastSpeaker = null;
        while (next < openers.Count && openers[next] <= first)
        {
            next++;
        }

        for (var t = first; t < end; t = next < openers.Count && openers[next] < end ? openers[next++] : end)
        {
            var statement = (t == first ? InterviewLine(context, analysis, first, end) : null)
                ?? Participial(context, analysis, lastSpeaker, t, end)
                ?? AccordingTo(context, analysis, t, first, end)
                ?? Reporting(context, analysis, t, first, end, previousSpeaker);
            if (statement is not { } found)
            {
                continue;
            }

            facts.Add(StatementFact(context, found));
            lastSpeaker = found.Speaker;
            while (next < openers.Count && openers[next] <= found.Resume)
            {
                next++;
            }
        }

        return lastSpeaker;
    }

    /// <summary>"..., adding that ...": a participial reporting clause continues the last speaker's statement with a new one.</summary>
    private static Found? Participial(DocumentContext context, EntityAnalysis analysis, Entity? lastSpeaker, int t, int end)
    {
        var tokens = context.TokenList;
        if (lastSpeaker is null || t == 0 || !tokens[t - 1].Is(','))
        {
            return null;
        }

        var length = analysis.Words.ParticipleLength(tokens, t);
        if (length == 0)
        {
            return null;
        }

        var clauseEnd = ContentBounds.ClauseEnd(tokens, analysis, t + length + 1, end);
        return Content(context, t + length + 1, clauseEnd, lastSpeaker, clauseEnd);
    }

    private static Found? Reporting(DocumentContext context, EntityAnalysis analysis, int t, int first, int end, Entity? previousSpeaker)
    {
        var tokens = context.TokenList;
        var length = analysis.Words.ReportingVerbLength(tokens, t);
        if (length == 0)
        {
            return null;
        }

        var after = t + length;
        var speaker = SpeakerFinder.Before(tokens, analysis, t, first) ?? (SpeakerFinder.IsOpeningIt(tokens, t, first) ? ItReferent(context, analysis, previousSpeaker, first) : null);
        if (speaker is null)
        {
            // "..., said Jane Doe." / "“...,” said the minister."
            speaker = t > first && (tokens[t - 1].Is(',') || WordClasses.IsClosingQuote(tokens[t - 1])) ? SpeakerFinder.After(tokens, analysis, after) : null;
            var start = ContentBounds.AfterDateline(context, first, t - 1);
            return speaker is null || NamedIn(analysis, speaker, first, start) ? null : Content(context, ContentBounds.QuotationStart(tokens, start, t - 1), t - 1, speaker, end - 1);
        }

        var that = ContentBounds.FindThat(tokens, analysis.Words, after, end);
        if (that >= 0)
        {
            var clauseEnd = ContentBounds.ClauseEnd(tokens, analysis, that + 1, end);
            return Content(context, that + 1, clauseEnd, speaker, clauseEnd);
        }

        // "“A,” Doe said, “but B.”": a quotation split around its attribution reports its first part here.
        var splitQuotation = after < end && tokens[after].Is(',') && ContentBounds.IsQuoteNext(tokens, after + 1, end) && WordClasses.IsOpeningQuote(tokens[first]);
        var tailEnd = after >= end || tokens[after].Is('.') || (tokens[after].Is(',') && (!ContentBounds.IsQuoteNext(tokens, after + 1, end) || splitQuotation))
            ? after : ContentBounds.AttributionTailEnd(tokens, analysis.Words, t, after, end);
        if (tailEnd >= 0)
        {
            // "The market will grow, Smith said." — the content precedes the attribution; a participial clause after the
            // tail (", adding that ...") may report more.
            var contentEnd = ContentBounds.ContentEndBeforeSpeaker(tokens, analysis, t, first);
            if (contentEnd < 0 && analysis.StartingAt(first)?.Entity == speaker && ContentBounds.QuestionBefore(tokens, first) is var open and >= 0)
            {
                // "\u201CWill prices fall?\u201D Chen Jing said.": the question ended the sentence before the attribution.
                return Content(context, open, first - 1, speaker, Math.Min(tailEnd, end - 1));
            }

            var start = ContentBounds.AfterDateline(context, first, contentEnd);
            return contentEnd > start && !NamedIn(analysis, speaker, first, start) ? Content(context, ContentBounds.QuotationStart(tokens, start, contentEnd), contentEnd, speaker, Math.Min(tailEnd, end - 1)) : null;
        }

        if (tokens[after].Is(':') || tokens[after].Is(','))
        {
            after++;
        }

        if (after >= end)
        {
            return null;
        }

        var listener = ReportingVerbs.TakesListener(tokens, t);
        var subject = ContentBounds.AfterAdverbialPhrase(tokens, analysis, after, end, listener && tokens.KindAt(after) == TokenKind.Word);
        listener &= subject == after;
        after = subject;
        if (WordClasses.IsOpeningQuote(tokens[after]) || (tokens.KindAt(after) == TokenKind.Word && !listener && !ReportingVerbs.NeedsThatOrQuote(tokens, t)
                && !WordClasses.IsPreposition(tokens.Lexicon, tokens[after].Text) && !analysis.Words.IsVerb(tokens[after]) && !WordClasses.IsConjunction(tokens.Lexicon, tokens[after].Text)))
        {
            var clauseEnd = ContentBounds.ClauseEnd(tokens, analysis, after, end);
            return Content(context, after, clauseEnd, speaker, clauseEnd);
        }

        return null;
    }

    /// <summary>Whether a verb stands among tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    public static bool HasVerb(DocumentWords words, TokenList tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (words.IsVerb(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="speaker"/> is named in tokens <paramref name="first"/>..<paramref name="end"/> (exclusive): the news agency of a dateline speaks for no one.</summary>
    public static bool NamedIn(EntityAnalysis analysis, Entity speaker, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (analysis.StartingAt(i)?.Entity == speaker)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reported content from <paramref name="from"/> through <paramref name="to"/>, trimmed of quotes and closing punctuation.</summary>
    public static Found? Content(DocumentContext context, int from, int to, Entity speaker, int resume)
    {
        var tokens = context.TokenList;
        var quoted = false;
        while (from <= to && (WordClasses.IsOpeningQuote(tokens[from]) || tokens[from].Is(',')))
        {
            quoted |= WordClasses.IsOpeningQuote(tokens[from]);
            from++;
        }

        while (to >= from && (tokens[to].Is('.') || tokens[to].Is(',') || tokens[to].Is(';') || tokens[to].Is('!')
            || (WordClasses.IsClosingQuote(tokens[to]) && (quoted || !ContentBounds.HasOpeningQuote(tokens, from, to)))))
        {
            to--;
        }

        return to - from < 1 ? null : new Found(from, to, speaker, resume);
    }

    /// <summary>The statement fact of <paramref name="found"/>, built whole rather than copied with "with": one object per fact.</summary>
    private static ExtractedFact StatementFact(DocumentContext context, Found found) => new()
    {
        Kind = FactKind.Statement,
        Text = context.TextOf(found.First, found.Last),
        Span = context.SpanOf(found.First, found.Last),
        SentenceIndex = context.TokenList[found.First].Sentence,
        Speaker = found.Speaker.Name,
    };

    internal readonly record struct Found(int First, int Last, Entity Speaker, int Resume);
}
