using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Roles;

/// <summary>Where a role's organization is named: right at a position, just before it, or after a short description of a company.</summary>
internal static class RoleOrganizations
{
    private const int ItsReach = 80;

    /// <summary>The organization whose mention ends last within a few dozen tokens before <paramref name="index"/>, if any.</summary>
    internal static string? OrganizationBefore(EntityAnalysis analysis, int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - ItsReach; k--)
        {
            if (analysis.EndingAt(k) is { Entity.Kind: FactKind.Organization } mention)
            {
                return mention.Entity.Name;
            }
        }

        return null;
    }

    internal static string? OrganizationAt(EntityAnalysis analysis, int index, TokenList tokens)
    {
        if (index < tokens.Count && analysis.ResolvedAt(index) is { Kind: FactKind.Organization } described)
        {
            // "a spokeswoman for the company": the organization the description stands for.
            return described.Name;
        }

        if (index < tokens.Count && tokens[index].IsWord("the"))
        {
            index++;
        }

        var mention = analysis.StartingAt(index);
        if (mention is null && index < tokens.Count && WordClasses.IsNumericOrdinal(tokens[index]))
        {
            mention = analysis.StartingAt(index + 1);
        }

        if (mention is null || mention.Entity.Kind is not (FactKind.Organization or FactKind.Event))
        {
            mention = AfterCompanyDescription(tokens, analysis, index) ?? mention;
        }

        return mention is not null && mention.Entity.Kind is FactKind.Organization or FactKind.Event ? mention.Entity.Name : null;
    }

    private const int MaxDescriptionTokens = 7;

    /// <summary>
    /// "of Hangzhou-based medical imaging firm Kangda Intelligent Technology": the organization named right after a short
    /// description ending in a noun for a company; else null.
    /// </summary>
    private static Mention? AfterCompanyDescription(TokenList tokens, EntityAnalysis analysis, int index)
    {
        for (var k = index; k < tokens.Count && k < index + MaxDescriptionTokens && tokens.SentenceAt(k) == tokens.SentenceAt(index); k++)
        {
            if (k > index && ClassificationByWords.IsOrganizationNoun(tokens.Lexicon, tokens[k - 1].Text) && analysis.StartingAt(k) is { Entity.Kind: FactKind.Organization } named)
            {
                return named;
            }

            var token = tokens[k];
            var describes = token.Is('-') || (token.Kind == TokenKind.Word && (!token.IsCapitalized || (k + 1 < tokens.Count && tokens[k + 1].Is('-'))));
            if (!describes)
            {
                return null;
            }
        }

        return null;
    }
}
