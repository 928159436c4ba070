using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;
using static SeedSdk.Extraction.Stages.Statements.StatementFacts;

namespace SeedSdk.Extraction.Stages.Statements;

/// <summary>Statements attributed by "according to X": the source after it, a publication or a described speaker resolved to an entity (for <see cref="StatementFacts"/>).</summary>
internal static class AccordingToStatements
{
    /// <summary>"According to X, ..." and "..., according to X."</summary>
    public static Found? AccordingTo(DocumentContext context, EntityAnalysis analysis, int t, int first, int end)
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
        if (document + 2 < end && PublishedMatter.For(tokens.Lexicon).Contains(tokens[document].Text)
            && (tokens[document + 1].IsWord("from") || tokens[document + 1].IsWord("by") || tokens[document + 1].IsWord("of")))
        {
            k = document + 2;
        }

        return k + 1 < end && tokens[k].IsWord("the") ? k + 1 : k;
    }

    private static readonly PerLexicon<HashSet<string>> PublishedMatter = new(lexicon => new(lexicon.List("published-matter"), StringComparer.OrdinalIgnoreCase));

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
}
