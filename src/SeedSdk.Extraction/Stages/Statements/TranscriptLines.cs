using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;
using static SeedSdk.Extraction.Stages.Statements.StatementFacts;

namespace SeedSdk.Extraction.Stages.Statements;

/// <summary>Statements of transcript lines: "Jane Doe: We will grow." and labelled interview lines ("Q:", "A:"), for <see cref="StatementFacts"/>.</summary>
internal static class TranscriptLines
{
    /// <summary>"Jane Doe: We will grow." — an interview transcript line opened by the speaker's name and a colon.</summary>
    public static Found? InterviewLine(DocumentContext context, EntityAnalysis analysis, int first, int end)
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
    internal sealed class Transcript
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
}
