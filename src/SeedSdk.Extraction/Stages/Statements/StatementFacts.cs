using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Statements;

/// <summary>
/// One statement per reporting clause: "X said (that) ...", "X pointed out that ...", "according to X, ...",
/// "..., X said." and quotations attributed before or after. The text is the reported content as written,
/// without the closing period or quotation marks; the speaker is the canonical name of the entity.
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

    /// <summary>
    /// The words, in any case, that can open a statement past a piece's first token: a reporting verb ("said", "pointed"),
    /// a participle (", adding that") or "according"; every other token is skipped at once.
    /// </summary>
    public static IEnumerable<string> OpeningWords => ReportingVerbs.OpeningWords.Concat(ReportingVerbs.ParticipleWords).Concat(new[] { "according" });

    /// <summary>"Jane Doe: We will grow." — an interview transcript line opened by the speaker's name and a colon.</summary>
    private static Found? InterviewLine(DocumentContext context, EntityAnalysis analysis, int first, int end)
    {
        var mention = analysis.StartingAt(first);
        if (mention is null || mention.Entity.Kind != FactKind.Person || mention.Last + 1 >= end || !context.TokenList[mention.Last + 1].Is(':'))
        {
            return null;
        }

        return LabelledLine(context, mention.Last + 2, end, mention.Entity);
    }

    /// <summary>The content of a transcript line after its label ("Jane Doe:", "A:"), from <paramref name="contentFirst"/> to the piece's end.</summary>
    private static Found? LabelledLine(DocumentContext context, int contentFirst, int end, Entity speaker)
        => Content(context, contentFirst, end - 1, speaker, end - 1)
            ?? Content(context, contentFirst, NextSentenceLastOnLine(context, end - 1), speaker, end - 1);

    /// <summary>
    /// A question-and-answer transcript: once a line opens with "Q:" (or "Question:"), a line opening with "A:" (or "Answer:")
    /// is the interviewee's answer; the interviewee is the person the document names most often.
    /// </summary>
    private sealed class Transcript
    {
        private readonly EntityAnalysis _analysis;
        private bool _sawQuestion;
        private Entity? _interviewee;
        private bool _intervieweeFound;

        public Transcript(EntityAnalysis analysis) => _analysis = analysis;

        /// <summary>The answer opening the sentence piece at <paramref name="first"/>, or null; notes questions on the way.</summary>
        public Found? AnswerAt(DocumentContext context, int first, int end)
        {
            var tokens = context.TokenList;
            if (first + 2 >= end || !tokens[first + 1].Is(':'))
            {
                return null;
            }

            var label = tokens[first].Text;
            if (label is "Q" or "Question")
            {
                _sawQuestion = true;
                return null;
            }

            return _sawQuestion && label is "A" or "Answer" && Interviewee() is { } speaker ? LabelledLine(context, first + 2, end, speaker) : null;
        }

        private Entity? Interviewee()
        {
            if (!_intervieweeFound)
            {
                _intervieweeFound = true;
                _interviewee = MostNamedPerson(_analysis);
            }

            return _interviewee;
        }

        private static Entity? MostNamedPerson(EntityAnalysis analysis)
        {
            Entity? best = null;
            foreach (var entity in analysis.Entities)
            {
                if (entity.Kind == FactKind.Person && entity.Forms.Count > 0 && (best is null || entity.Forms.Count > best.Forms.Count))
                {
                    best = entity;
                }
            }

            return best;
        }
    }

    /// <summary>
    /// "Jane Doe: Localization. We have 35 plants ...": an answer that opens with a one-word sentence goes on into the next
    /// sentence of its line; the last token of that sentence, or <paramref name="last"/> when there is none.
    /// </summary>
    private static int NextSentenceLastOnLine(DocumentContext context, int last)
    {
        var tokens = context.TokenList;
        var next = tokens.SentenceAt(last) + 1;
        if (next >= context.SentenceTokenList.Count)
        {
            return last;
        }

        var (nextFirst, nextCount) = context.SentenceTokenList[next];
        var gap = context.Text.IndexOf('\n', tokens[last].End, tokens.StartAt(nextFirst) - tokens[last].End);
        return nextCount == 0 || gap >= 0 ? last : nextFirst + nextCount - 1;
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

        var listener = ReportingVerbs.TakesListener(tokens[t].Text);
        var subject = ContentBounds.AfterAdverbialPhrase(tokens, analysis, after, end, listener && tokens.KindAt(after) == TokenKind.Word);
        listener &= subject == after;
        after = subject;
        if (WordClasses.IsOpeningQuote(tokens[after]) || (tokens.KindAt(after) == TokenKind.Word && !listener && !ReportingVerbs.NeedsThatOrQuote(tokens[t].Text)
                && !WordClasses.IsPreposition(tokens[after].Text) && !analysis.Words.IsVerb(tokens[after]) && !WordClasses.IsConjunction(tokens[after].Text)))
        {
            var clauseEnd = ContentBounds.ClauseEnd(tokens, analysis, after, end);
            return Content(context, after, clauseEnd, speaker, clauseEnd);
        }

        return null;
    }

    /// <summary>"According to X, ..." and "..., according to X."</summary>
    private static Found? AccordingTo(DocumentContext context, EntityAnalysis analysis, int t, int first, int end)
    {
        var tokens = context.TokenList;
        if (!tokens[t].IsWord("according") || t + 2 >= end || !tokens[t + 1].IsWord("to"))
        {
            return null;
        }

        var named = SourceAfterAccordingTo(tokens, t + 2, end);
        var speaker = SpeakerFinder.After(tokens, analysis, named);
        var mention = analysis.StartingAt(named);
        var speakerLast = mention?.Last ?? -1;
        var organization = mention is not null && mention.Entity.Kind == FactKind.Organization;
        if ((mention is null || organization) && SpeakerFinder.TitledPerson(tokens, analysis, organization ? mention!.Last + 1 : named, end) is { } titled)
        {
            // "according to Acme chief executive Jane Doe": the person holding the role speaks, not the organization.
            speaker = titled.Entity;
            speakerLast = titled.Last;
        }

        if (speaker is null && mention is null && named == t + 3 && ResolvedDescription(tokens, analysis, named, end) is { } described)
        {
            // "..., according to the company.": a description that refers back to a named organization.
            speaker = described;
            speakerLast = named;
        }

        if (speaker is null && mention is null && named == t + 2 && analysis.ResolvedAt(named) is { Kind: FactKind.Person } referred)
        {
            // "According to him, ...": the pronoun coreference resolved.
            speaker = referred;
            speakerLast = named;
        }

        if (speaker is null || speakerLast < 0)
        {
            return null;
        }

        if (t > first && tokens[t - 1].Is(','))
        {
            if (speakerLast + 1 < end && tokens[speakerLast + 1].Is(',') && !HasVerb(analysis.Words, tokens, first, t - 2))
            {
                // "The plan, according to the ministry, will take effect ...": the subject alone reports nothing.
                return null;
            }

            var start = ContentBounds.AfterDateline(context, first, t - 2);
            return NamedIn(analysis, speaker, first, start) ? null : Content(context, start, t - 2, speaker, end - 1);
        }

        if (t != first)
        {
            return null;
        }

        var comma = ContentBounds.NextComma(tokens, speakerLast + 1, end);
        if (comma + 1 < end && ContentBounds.StartsAppositive(tokens, analysis, comma + 1, end))
        {
            // "According to Zhang Wei, a researcher at the academy, the project ...": skip the appositive.
            comma = ContentBounds.NextComma(tokens, comma + 1, end);
        }

        return Content(context, comma + 1, end - 1, speaker, end - 1);
    }

    /// <summary>
    /// Where the source named after "according to" starts: past "the", and past a document or figures it published
    /// ("according to data from the Ministry of Commerce", "according to a statement by the group").
    /// </summary>
    private static int SourceAfterAccordingTo(TokenList tokens, int k, int end)
    {
        var document = k + 1 < end && (tokens[k].IsWord("the") || tokens[k].IsWord("a") || tokens[k].IsWord("an")) ? k + 1 : k;
        if (document + 2 < end && PublishedMatter.Contains(tokens[document].Text)
            && (tokens[document + 1].IsWord("from") || tokens[document + 1].IsWord("by") || tokens[document + 1].IsWord("of")))
        {
            k = document + 2;
        }

        return k + 1 < end && tokens[k].IsWord("the") ? k + 1 : k;
    }

    private static readonly HashSet<string> PublishedMatter = new(StringComparer.OrdinalIgnoreCase)
    {
        "data", "figures", "statistics", "estimates", "calculations", "report", "statement", "survey", "filing", "notice", "research", "analysis",
    };

    /// <summary>
    /// "the company" in "according to the company." or "according to the ministry, ...": the organization the one-word
    /// description resolves to, when punctuation ends it (not "the company's filing"); or null.
    /// </summary>
    private static Entity? ResolvedDescription(TokenList tokens, EntityAnalysis analysis, int noun, int end)
    {
        if (noun + 1 >= end || !(tokens[noun + 1].Is(',') || tokens[noun + 1].Is('.')))
        {
            return null;
        }

        var resolved = analysis.ResolvedAt(noun);
        return resolved is not null && resolved.Kind == FactKind.Organization ? resolved : null;
    }

    /// <summary>Whether a verb stands among tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    private static bool HasVerb(DocumentWords words, TokenList tokens, int first, int last)
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
    private static bool NamedIn(EntityAnalysis analysis, Entity speaker, int first, int end)
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
    private static Found? Content(DocumentContext context, int from, int to, Entity speaker, int resume)
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

    private readonly record struct Found(int First, int Last, Entity Speaker, int Resume);
}
