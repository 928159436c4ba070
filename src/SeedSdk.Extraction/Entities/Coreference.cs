using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Pipeline;
using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Entities;

/// <summary>
/// Resolves "he"/"she" to the person last mentioned and "the company" (and similar descriptions) to
/// the organization last mentioned, in one pass. A sentence-initial pronoun or description also becomes
/// an alias of its entity; elsewhere it is only resolved (so a statement's speaker can be found).
/// </summary>
internal static class Coreference
{
    private static readonly HashSet<string> OrganizationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "group", "corporation", "carmaker", "automaker", "manufacturer", "maker", "giant", "startup", "conglomerate",
        "retailer", "lender", "insurer", "bank", "ministry", "university", "institute", "agency", "commission", "regulator", "brand",
    };

    /// <summary>Fills <paramref name="analysis"/>'s resolutions and the entities' references.</summary>
    public static void Resolve(DocumentContext context, EntityAnalysis analysis)
    {
        var tokens = context.Tokens;
        Entity? lastPerson = null;
        Entity? lastOrganization = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var mention = analysis.StartingAt(i);
            if (mention is not null)
            {
                if (mention.Entity.Kind == FactKind.Person)
                {
                    lastPerson = mention.Entity;
                }
                else if (mention.Entity.Kind == FactKind.Organization)
                {
                    lastOrganization = mention.Entity;
                }

                continue;
            }

            var token = tokens[i];
            if (lastPerson is not null && token.Kind == TokenKind.Word && WordClasses.IsPersonalSubjectPronoun(token.Text))
            {
                analysis.Resolve(i, lastPerson);
                if (StartsSentence(context, i))
                {
                    lastPerson.AddReference(token.Text);
                }
            }
            else if (lastOrganization is not null && token.IsWord("the") && i + 1 < tokens.Count && OrganizationNouns.Contains(tokens[i + 1].Text)
                && !tokens[i + 1].IsCapitalized && !IsFollowedByName(tokens, i + 2))
            {
                analysis.Resolve(i, lastOrganization);
                analysis.Resolve(i + 1, lastOrganization);
                if (StartsSentence(context, i))
                {
                    lastOrganization.AddReference(context.TextOf(i, i + 1));
                }
            }
        }
    }

    private static bool StartsSentence(DocumentContext context, int index)
    {
        var tokens = context.Tokens;
        var first = context.SentenceTokens[tokens[index].Sentence].FirstToken;
        return index == first || (index == first + 1 && WordClasses.IsOpeningQuote(tokens[first]));
    }

    /// <summary>"the company Acme": an apposition naming another entity, not a back reference.</summary>
    private static bool IsFollowedByName(IReadOnlyList<Token> tokens, int index)
        => index < tokens.Count && tokens[index].IsCapitalized && tokens[index].Kind == TokenKind.Word && tokens[index].Sentence == tokens[index - 1].Sentence;
}
