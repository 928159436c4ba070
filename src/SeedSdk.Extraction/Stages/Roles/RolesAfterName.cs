using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Roles;

/// <summary>Roles written after a person's name: ", founder and CEO of Y", ", who chairs Y", " is the president of Y", " has run Y".</summary>
internal static class RolesAfterName
{
    private static readonly PerLexicon<HashSet<string>> Copulas = new(lexicon => new(lexicon.List("role-copulas"), StringComparer.OrdinalIgnoreCase));

    private static readonly PerLexicon<HashSet<string>> Auxiliaries = new(lexicon => new(lexicon.List("role-auxiliaries"), StringComparer.OrdinalIgnoreCase));

    /// <summary>", founder and CEO of Y", ", Y's chief executive", ", who chairs Y", " is the president of Y": added to <paramref name="result"/>.</summary>
    internal static void RolesAfter(DocumentContext context, EntityAnalysis analysis, Mention mention, int end, List<RoleSpan> result)
    {
        var tokens = context.TokenList;
        var k = mention.Last + 1;
        if (k >= end || WordClasses.IsPossessive(tokens[mention.Last]))
        {
            return;
        }

        if (k + 3 < end && tokens[k].Is(',') && tokens.KindAt(k + 1) == TokenKind.Number && tokens[k + 2].Is(',') && Copulas.For(tokens.Lexicon).Contains(tokens[k + 3].Text))
        {
            // "Maria Santos, 52, was appointed president of Y": the age set off by commas.
            k += 3;
        }

        if (tokens[k].Is(','))
        {
            k++;
            if (k + 1 < end && tokens[k].IsWord("who"))
            {
                k++;
                if (VerbRole(context, analysis, k, end, result))
                {
                    // "who chairs Y", "who has run Y".
                    return;
                }

                while (k + 1 < end && Auxiliaries.For(tokens.Lexicon).Contains(tokens[k].Text))
                {
                    // "who will remain chairman", "who has been CEO".
                    k++;
                }

                if (!Copulas.For(tokens.Lexicon).Contains(tokens[k].Text))
                {
                    return;
                }

                k++;
            }
        }
        else if (VerbRole(context, analysis, k, end, result))
        {
            return;
        }
        else if (Copulas.For(tokens.Lexicon).Contains(tokens[k].Text) || (k + 1 < end && Auxiliaries.For(tokens.Lexicon).Contains(tokens[k].Text) && Copulas.For(tokens.Lexicon).Contains(tokens[k + 1].Text)))
        {
            // "X is the president of Y", "X has been chief executive of Y since 2021".
            k += Copulas.For(tokens.Lexicon).Contains(tokens[k].Text) ? 1 : 2;
            if (k + 1 < end && AppointmentWords.For(tokens.Lexicon).Contains(tokens[k].Text))
            {
                // "was appointed president of Y", "was promoted to chief executive".
                k += tokens[k + 1].Text is "to" or "as" ? 2 : 1;
            }
        }
        else if (tokens[k].IsWord("as") && k + 1 < end)
        {
            // "appointed X as its new chief executive": the role a person is named to.
            var named = result.Count;
            RolePhrases.RoleList(context, analysis, k + 1, end, result);
            if (tokens[k + 1].IsWord("its"))
            {
                var organization = RoleOrganizations.OrganizationBefore(analysis, mention.First);
                for (var r = named; r < result.Count; r++)
                {
                    if (result[r].Organization is null)
                    {
                        result[r] = result[r] with { Organization = organization };
                    }
                }
            }

            return;
        }
        else
        {
            return;
        }

        RolePhrases.RoleList(context, analysis, k, end, result);
    }

    /// <summary>
    /// "X chairs Y", "X has run Y", "X co-founded Y", "who chairs the audit committee": a verb that states a role, at
    /// <paramref name="k"/> or after "has"/"had", and its organization; added to <paramref name="result"/>. False when no such verb stands there.
    /// </summary>
    private static bool VerbRole(DocumentContext context, EntityAnalysis analysis, int k, int end, List<RoleSpan> result)
    {
        var tokens = context.TokenList;
        var perfect = k + 1 < end && (tokens[k].IsWord("has") || tokens[k].IsWord("had"));
        if (perfect)
        {
            k++;
        }

        var length = 1;
        string? role;
        if (k + 2 < end && tokens[k].IsWord("co") && tokens[k + 1].Is('-') && !tokens[k + 1].SpaceBefore && tokens[k + 2].IsWord("founded"))
        {
            (role, length) = ("co-founder", 3);
        }
        else if (!(perfect ? Participles.TryGetValue(tokens[k].Text, out role) : RoleLexicon.TryGetRoleOfVerb(tokens, k, out role)))
        {
            return false;
        }

        var after = k + length;
        var organization = after < end ? RoleOrganizations.OrganizationAt(analysis, after, tokens) : null;
        var own = organization is null && after < end && CommitteeEnd(tokens, after, end) > 0;
        if (organization is not null || own)
        {
            result.Add(new RoleSpan(k, after - 1, role!, organization, own));
        }

        return true;
    }

    // Participles that state a role after "has" or "had" ("has run Y since 2022").
    private static readonly Dictionary<string, string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["run"] = "head", ["headed"] = "head", ["chaired"] = "chair", ["founded"] = "founder", ["managed"] = "manager", ["directed"] = "director",
    };

    private const int MaxCommitteeWords = 5;

    /// <summary>
    /// "the audit committee", "the board's risk committee", "the board": where a company's body named from <paramref name="k"/> ends
    /// (its "committee" or "board"), or -1.
    /// </summary>
    internal static int CommitteeEnd(TokenList tokens, int k, int end)
    {
        if (k >= end || !tokens[k].IsWord("the"))
        {
            return -1;
        }

        for (var i = k + 1; i < end && i <= k + MaxCommitteeWords; i++)
        {
            var token = tokens[i];
            if (token.IsWord("committee") || token.IsWord("board"))
            {
                return i;
            }

            // "the board's risk committee": lower-case words, a possessive among them.
            if (token.Kind != TokenKind.Word || token.IsCapitalized || (WordClasses.IsFunctionWord(tokens.Lexicon, token.Text) && !WordClasses.IsPossessive(token)))
            {
                return -1;
            }
        }

        return -1;
    }

    // Participles that name a person to a role after "was" ("was appointed president of Y", "has been named chief executive").
    private static readonly PerLexicon<HashSet<string>> AppointmentWords = new(lexicon => new(lexicon.List("appointment-words"), StringComparer.OrdinalIgnoreCase));
}
