using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Roles;

/// <summary>Roles written before a person's name: "Y's chief executive X", "Y chairman X", "co-founder and chief executive X", "Y, whose president, X,".</summary>
internal static class RolesBeforeName
{
    /// <summary>"Y's chief executive X", "Y chairman X", "chairman X", "Y's chief executive, X,", "Y, whose chief executive, X,".</summary>
    internal static void RolesBefore(DocumentContext context, EntityAnalysis analysis, Mention mention, List<RoleSpan> roles)
    {
        var tokens = context.TokenList;
        var roleEnd = mention.First - 1;
        while (roleEnd > 0 && tokens[roleEnd].IsCapitalized && Gazetteer.Of(tokens.Lexicon).Honorifics.Contains(tokens[roleEnd].Text)
            && analysis.Words.RoleLengthAt(tokens, roleEnd, roleEnd + 1) == 0 && tokens.SentenceAt(roleEnd) == tokens.SentenceAt(mention.First))
        {
            // "chairman, Sir Alan Pryce": the honorific belongs to the address.
            roleEnd--;
        }

        if (roleEnd > 0 && tokens[roleEnd].Is(',') && mention.Last + 1 < tokens.Count && tokens[mention.Last + 1].Is(','))
        {
            // The name set off by commas after its role.
            roleEnd--;
        }

        if (analysis.EndingAt(roleEnd) is { Entity.Kind: FactKind.Organization } organizationFirst && organizationFirst.First >= 2
            && tokens[organizationFirst.First - 1].IsWord("of") && analysis.EndingAt(organizationFirst.First - 2) is null)
        {
            // "NPC deputy and chairman of Changan Automobile Zhu Huarong": the roles of the organization before the name.
            RolesEndingBefore(context, analysis, organizationFirst.First - 1, mention.First, roles);
            return;
        }

        var roleStart = RoleStartEndingAt(analysis.Words, tokens, roleEnd, mention.First);
        if (roleStart < 0 || tokens.SentenceAt(roleStart) != tokens.SentenceAt(mention.First) || IsTitle(tokens, roleStart, roleEnd))
        {
            return;
        }

        roleStart = WithPortfolio(tokens, analysis, roleStart, roleEnd);
        var listed = roles.Count;
        roles.Add(new RoleSpan(roleStart, roleEnd, RoleLexicon.Normalize(context.TextOf(roleStart, roleEnd)), null));
        roleStart = CoordinatedRolesBefore(context, analysis, roleStart, roles);

        var k = roleStart - 1;
        var its = false;
        var our = false;
        while (k >= 0 && (RolePhrases.Modifiers.For(tokens.Lexicon).Contains(tokens[k].Text) || tokens[k].IsWord("our")))
        {
            its |= tokens[k].IsWord("its");
            our |= tokens[k].IsWord("our");
            k--;
        }

        if (its || our)
        {
            // "Its chairman X": the organization named last before; "our chair X": the speaker's own, the one the document is about.
            var owner = its ? RoleOrganizations.OrganizationBefore(analysis, roleStart) : null;
            SetOrganization(roles, listed, owner, own: our);
            return;
        }

        if (k >= 1 && tokens[k].IsWord("whose"))
        {
            // "Hanbit Semiconductor, whose chief executive ...": the organization the relative clause describes.
            k -= tokens[k - 1].Is(',') ? 2 : 1;
        }

        var organization = analysis.EndingAt(k);
        var name = organization is not null && organization.Entity.Kind == FactKind.Organization ? organization.Entity.Name : OrganizationRightAfter(tokens, analysis, mention);
        SetOrganization(roles, listed, name, own: false);
    }

    /// <summary>
    /// "co-founder and chief executive X", "chairman, president and CEO X": the roles joined to the one at <paramref name="roleStart"/>
    /// before it, added to <paramref name="roles"/>; returns where the first of them starts.
    /// </summary>
    private static int CoordinatedRolesBefore(DocumentContext context, EntityAnalysis analysis, int roleStart, List<RoleSpan> roles)
    {
        var tokens = context.TokenList;
        while (roleStart >= 2 && (tokens[roleStart - 1].IsWord("and") || tokens[roleStart - 1].Is('&') || tokens[roleStart - 1].Is(',')))
        {
            var last = tokens[roleStart - 2].Is(',') && tokens[roleStart - 1].IsWord("and") ? roleStart - 3 : roleStart - 2;
            var earlier = last >= 0 ? RoleStartEndingAt(analysis.Words, tokens, last, last + 1) : -1;
            if (earlier < 0 || tokens.SentenceAt(earlier) != tokens.SentenceAt(roleStart) || IsTitle(tokens, earlier, last))
            {
                break;
            }

            roles.Add(new RoleSpan(earlier, last, RoleLexicon.Normalize(context.TextOf(earlier, last)), null));
            roleStart = earlier;
        }

        return roleStart;
    }

    internal static void SetOrganization(List<RoleSpan> roles, int from, string? organization, bool own)
    {
        for (var r = from; r < roles.Count; r++)
        {
            roles[r] = roles[r] with { Organization = organization, OwnOrganization = own && organization is null };
        }
    }

    private const int MaxPortfolioWords = 2;

    /// <summary>
    /// "Investment Minister Bahlil Lahadalia": up to two capitalized words naming nothing, right before an office that takes a
    /// portfolio, belong to the role ("investment minister"); a nationality or a named organization does not.
    /// </summary>
    private static int WithPortfolio(TokenList tokens, EntityAnalysis analysis, int roleStart, int roleEnd)
    {
        if (roleStart != roleEnd || !RoleLexicon.TakesPortfolio(tokens, roleStart))
        {
            return roleStart;
        }

        var start = roleStart;
        while (start > 0 && roleStart - start < MaxPortfolioWords && tokens.SentenceAt(start - 1) == tokens.SentenceAt(roleStart) && IsPortfolioWord(tokens, analysis, start - 1))
        {
            start--;
        }

        return start;
    }

    private static bool IsPortfolioWord(TokenList tokens, EntityAnalysis analysis, int k)
    {
        var token = tokens[k];
        return token.Kind == TokenKind.Word && token.IsCapitalized && !WordClasses.IsInCapitals(token.Text) && analysis.EndingAt(k) is null && analysis.StartingAt(k) is null
            && !WordClasses.IsFunctionWord(tokens.Lexicon, token.Text) && !WordClasses.IsSentenceStarter(tokens.Lexicon, token.Text) && !RolePhrases.Modifiers.For(tokens.Lexicon).Contains(token.Text) && !RolePhrases.RoleAdjectives.For(tokens.Lexicon).Contains(token.Text)
            && !Gazetteer.Of(tokens.Lexicon).Demonyms.Contains(token.Text) && !WordClasses.IsPossessive(token) && analysis.Words.RoleLengthAt(tokens, k, k + 1) == 0;
    }

    /// <summary>"Associate Professor Fang Lu of the Department of ...", "chairman Jane Doe at Acme Group": the organization right after the name.</summary>
    private static string? OrganizationRightAfter(TokenList tokens, EntityAnalysis analysis, Mention mention)
    {
        var k = mention.Last + 1;
        if (k + 1 >= tokens.Count || tokens.SentenceAt(k) != tokens.SentenceAt(mention.Last) || !(tokens[k].IsWord("of") || tokens[k].IsWord("at")))
        {
            return null;
        }

        var start = tokens[k + 1].IsWord("the") ? k + 2 : k + 1;
        return start < tokens.Count && analysis.StartingAt(start) is { Entity.Kind: FactKind.Organization } named ? named.Entity.Name : null;
    }

    /// <summary>"deputy and chairman of Y" before <paramref name="of"/>: the role phrases joined by "and" or commas, each with Y, added to <paramref name="roles"/>.</summary>
    private static void RolesEndingBefore(DocumentContext context, EntityAnalysis analysis, int of, int limit, List<RoleSpan> roles)
    {
        var tokens = context.TokenList;
        var start = RoleStartEndingAt(analysis.Words, tokens, of - 1, limit);
        RoleSpan? ownRole = null;
        while (start > 0 && (tokens[start - 1].IsWord("and") || tokens[start - 1].Is(',')))
        {
            var earlier = RoleStartEndingAt(analysis.Words, tokens, start - 2, limit);
            if (earlier > 0 && tokens[earlier - 1].IsCapitalized && tokens.SentenceAt(earlier - 1) == tokens.SentenceAt(earlier))
            {
                // "NPC deputy and chairman of Y": a role after its own name is not a role at Y, but at that name.
                if (analysis.EndingAt(earlier - 1) is { Entity.Kind: FactKind.Organization } own)
                {
                    ownRole = new RoleSpan(earlier, start - 2, RoleLexicon.Normalize(context.TextOf(earlier, start - 2)), own.Entity.Name);
                }

                break;
            }

            if (earlier < 0)
            {
                break;
            }

            start = earlier;
        }

        if (ownRole is not null)
        {
            roles.Add(ownRole.Value);
        }

        if (start >= 0)
        {
            RolePhrases.RoleList(context, analysis, start, limit, roles);
        }
    }

    /// <summary>"Professor Jane Doe": a capitalized honorific is part of the address, not a role.</summary>
    private static bool IsTitle(TokenList tokens, int roleStart, int roleEnd)
        => roleStart == roleEnd && tokens[roleStart].IsCapitalized && Gazetteer.Of(tokens.Lexicon).Honorifics.Contains(tokens[roleStart].Text);

    private static int RoleStartEndingAt(DocumentWords words, TokenList tokens, int roleEnd, int limit)
    {
        for (var start = Math.Max(0, roleEnd - 3); start <= roleEnd; start++)
        {
            if (words.RoleLengthAt(tokens, start, limit) == roleEnd - start + 1)
            {
                return start;
            }
        }

        return -1;
    }
}
