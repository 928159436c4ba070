using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Roles;

/// <summary>A run of role phrases and their organization: "(the) [Y's] founder, chairman and CEO (of|at) Y", "a member of X and chairman of Y".</summary>
internal static class RolePhrases
{
    internal static readonly PerLexicon<HashSet<string>> Modifiers = new(lexicon => new(lexicon.List("role-modifiers"), StringComparer.OrdinalIgnoreCase));

    /// <summary>"(the) [Y's] founder, chairman and CEO (of|at) Y": added to <paramref name="result"/>.</summary>
    internal static void RoleList(DocumentContext context, EntityAnalysis analysis, int k, int end, List<RoleSpan> result)
    {
        var tokens = context.TokenList;
        // This list's roles are result[listFirst..]; their organization is set once it is known.
        var listFirst = result.Count;
        var our = false;
        while (k < end && (WordClasses.IsDeterminer(tokens.Lexicon, tokens[k].Text) || Modifiers.For(tokens.Lexicon).Contains(tokens[k].Text)) && !WordClasses.IsPossessive(tokens[k]))
        {
            our |= tokens[k].IsWord("our");
            k++;
        }

        string? organization = null;
        var before = analysis.StartingAt(k);
        if (before is not null && before.Entity.Kind == FactKind.Organization && RoleAfterModifiers(tokens, analysis.Words, AfterRoleAdjectives(tokens, before.Last + 1, end), end, out _) >= 0)
        {
            // "Y's founder", "the EU's trade commissioner".
            organization = before.Entity.Name;
            k = before.Last + 1;
        }
        else if (before is not null && before.Entity.Kind == FactKind.Location && WordClasses.IsPossessive(tokens[before.Last])
            && RoleAfterModifiers(tokens, analysis.Words, AfterRoleAdjectives(tokens, before.Last + 1, end), end, out _) >= 0)
        {
            // "Nigeria's finance minister": a country is no organization, but the role stands.
            k = before.Last + 1;
        }
        else if (k > 0 && k + 1 < end && WordClasses.IsPossessive(tokens[k]) && analysis.ResolvedAt(k) is { Kind: FactKind.Organization } described)
        {
            // "X, the company's founder": the description stands for the organization last named.
            organization = described.Name;
            k++;
        }
        else if (k + 1 < end && WordClasses.IsPossessive(tokens[k]) && !tokens[k].IsCapitalized)
        {
            k++;
        }

        // "global chief executive": the role is "chief executive".
        k = AfterRoleAdjectives(tokens, k, end);

        while (k < end)
        {
            // Only the first role may carry words of its own before it ("trade commissioner").
            int length;
            var role = k;
            if (result.Count == listFirst)
            {
                role = RoleAfterModifiers(tokens, analysis.Words, k, end, out length);
            }
            else
            {
                length = analysis.Words.RoleLengthAt(tokens, role, end);
            }

            if (length == 0)
            {
                break;
            }

            result.Add(new RoleSpan(k, role + length - 1, RoleLexicon.Normalize(context.TextOf(k, role + length - 1)), null));
            k = role + length;
            if (k + 1 < end && tokens[k].Is(',') && (tokens[k + 1].IsWord("and") || tokens[k + 1].Is('&')))
            {
                k += 2;
            }
            else if (k < end && (tokens[k].IsWord("and") || tokens[k].Is('&') || tokens[k].Is(',')))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        if (organization is null && result.Count > listFirst && k > result[result.Count - 1].Last + 1)
        {
            // "founder and honorary head of Y": an unknown role word after the coordinator; Y still applies.
            for (var skip = k; skip < end && skip <= k + 3; skip++)
            {
                if (tokens[skip].Text is "of" or "at")
                {
                    k = skip;
                    break;
                }
            }
        }

        if (organization is null && k < end && tokens[k].Text is "of" or "at" or "for" or "with" or "to")
        {
            organization = RoleOrganizations.OrganizationAt(analysis, k + 1, tokens);
        }

        if (organization is null && k < end && tokens[k].Text == "of")
        {
            // "head of research at Huatai Securities": the office's field, then the organization.
            organization = OrganizationAfterField(tokens, analysis, k + 1, end);
        }

        var own = our;
        if (organization is null && k < end && tokens[k].IsWord("of") && RolesAfterName.CommitteeEnd(tokens, k + 1, end) is var committee && committee > 0)
        {
            // "chair of the audit committee": a body of the organization, named after it ("of the board of Y") or the one the document is about.
            organization = committee + 1 < end && tokens[committee + 1].IsWord("of") ? RoleOrganizations.OrganizationAt(analysis, committee + 2, tokens) : null;
            own = organization is null;
        }

        if (organization is not null || own)
        {
            RolesBeforeName.SetOrganization(result, listFirst, organization, own);
        }

        var next = organization is null ? -1 : NextRoleAfterOrganization(tokens, analysis, k + 1, end);
        if (next > 0)
        {
            // "a member of X and chairman of Y": each role phrase with its own organization.
            RoleList(context, analysis, next, end, result);
        }
    }

    /// <summary>Where "and (a|the) ROLE" starts right after the organization named at <paramref name="index"/>; else -1.</summary>
    private static int NextRoleAfterOrganization(TokenList tokens, EntityAnalysis analysis, int index, int end)
    {
        if (index < end && tokens[index].IsWord("the"))
        {
            index++;
        }

        var mention = analysis.StartingAt(index);
        if (mention is null)
        {
            return -1;
        }

        var k = mention.Last + 1;
        while (k < end && (tokens[k].Is(')') || tokens[k].Is('(') || analysis.StartingAt(k) is not null && tokens[k - 1].Is('(')))
        {
            // "(CPPCC)": a short name in parentheses.
            k = tokens[k].Is('(') || tokens[k].Is(')') ? k + 1 : analysis.StartingAt(k)!.Last + 1;
        }

        if (k + 1 >= end || !tokens[k].IsWord("and"))
        {
            return -1;
        }

        var role = k + 1;
        while (role < end && (WordClasses.IsDeterminer(tokens.Lexicon, tokens[role].Text) || Modifiers.For(tokens.Lexicon).Contains(tokens[role].Text)))
        {
            role++;
        }

        return analysis.Words.RoleLengthAt(tokens, role, end) > 0 ? k + 1 : -1;
    }

    private const int MaxRoleModifiers = 2;

    /// <summary>
    /// Where the role starting at <paramref name="k"/> has its lexicon word: <paramref name="k"/> itself, or after up to two lower-case
    /// nouns that narrow it ("trade commissioner", "finance and budget minister" is not one); -1 when no role follows. The role
    /// phrase's <paramref name="length"/> in tokens is 0 when there is none.
    /// </summary>
    private static int RoleAfterModifiers(TokenList tokens, DocumentWords words, int k, int end, out int length)
    {
        length = 0;
        for (var role = k; role < end && role <= k + MaxRoleModifiers; role++)
        {
            length = words.RoleLengthAt(tokens, role, end);
            if (length > 0)
            {
                return role;
            }

            if (!IsRoleModifier(tokens, role))
            {
                return -1;
            }
        }

        return -1;
    }

    // Adjectives of scope and tenure, not part of the role's name ("global chief executive", "interim minister").
    internal static readonly PerLexicon<HashSet<string>> RoleAdjectives = new(lexicon => new(lexicon.List("role-adjectives"), StringComparer.OrdinalIgnoreCase));

    private static int AfterRoleAdjectives(TokenList tokens, int k, int end)
    {
        while (k < end && !tokens[k].IsCapitalized && RoleAdjectives.For(tokens.Lexicon).Contains(tokens[k].Text))
        {
            k++;
        }

        return k;
    }

    // A plain lower-case noun: not a function word, an adjective of scope, an adverb, a participle or a superlative ("global", "newly", "appointed", "largest").
    private static bool IsRoleModifier(TokenList tokens, int k)
        => tokens[k] is var token && token.Kind == TokenKind.Word && !token.IsCapitalized && !WordClasses.IsFunctionWord(tokens.Lexicon, token.Text) && !RoleAdjectives.For(tokens.Lexicon).Contains(token.Text)
            && !token.Text.EndsWith("ly", StringComparison.Ordinal) && !token.Text.EndsWith("ed", StringComparison.Ordinal)
            && !token.Text.EndsWith("est", StringComparison.Ordinal) && !token.Text.EndsWith("ing", StringComparison.Ordinal);

    private const int MaxFieldWords = 3;

    /// <summary>"research at Huatai Securities", "global markets at Y": up to three lower-case words, then "at" or "of" and the organization.</summary>
    private static string? OrganizationAfterField(TokenList tokens, EntityAnalysis analysis, int field, int end)
    {
        for (var k = field; k < end && k <= field + MaxFieldWords; k++)
        {
            if (k > field && tokens[k].Text is "at" or "of")
            {
                return RoleOrganizations.OrganizationAt(analysis, k + 1, tokens);
            }

            if (tokens.KindAt(k) != TokenKind.Word || tokens[k].IsCapitalized)
            {
                return null;
            }
        }

        return null;
    }
}
