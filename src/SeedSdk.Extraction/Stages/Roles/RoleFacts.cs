using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Roles;

/// <summary>
/// Roles from appositives and titles around a person's mention: "X, founder, chairman and CEO of Y",
/// "X, Y's chief executive", "Y chairman X", "X, who chairs Y", "X is the president of Y".
/// One fact per (person, role, organization).
/// </summary>
internal static class RoleFacts
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "current", "acting", "then", "longtime", "new", "newly", "incoming", "outgoing", "interim", "founding", "its", "their",
        "also", "currently", "still", "now", "concurrently",
    };

    private static readonly Dictionary<string, string> RoleVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["chairs"] = "chair", ["chaired"] = "chair", ["heads"] = "head", ["headed"] = "head", ["founded"] = "founder",
        ["leads"] = "leader", ["led"] = "leader", ["runs"] = "head", ["directs"] = "director", ["manages"] = "manager",
    };

    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase) { "is", "was", "became", "becomes", "remains", "remain", "be", "been" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "will", "would", "has", "had", "to" };

    /// <summary>Whether <paramref name="word"/> is a verb that states a role ("chairs", "founded").</summary>
    public static bool IsRoleVerb(string word) => RoleVerbs.ContainsKey(word);

    /// <summary>Adds the role facts of the document and marks their tokens as consumed.</summary>
    public static void Recognize(DocumentContext context, EntityAnalysis analysis, CueTokens cues, List<ExtractedFact> facts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = facts.Count;
        var rolesBefore = new List<RoleSpan>();
        var rolesAfter = new List<RoleSpan>();
        foreach (var mention in analysis.Mentions)
        {
            if (mention.Entity.Kind != FactKind.Person)
            {
                continue;
            }

            var end = SentenceEnd(context, mention.First);
            rolesBefore.Clear();
            RolesBefore(context, analysis, mention, rolesBefore);
            foreach (var role in rolesBefore)
            {
                Emit(context, analysis, facts, seen, mention.Entity, role);
            }

            rolesAfter.Clear();
            RolesAfter(context, analysis, mention, end, rolesAfter);
            foreach (var role in rolesAfter)
            {
                Emit(context, analysis, facts, seen, mention.Entity, role);
            }
        }

        var asWords = cues.AsWords;
        var sentenceAs = 0;
        foreach (var (first, count) in context.SentenceTokenList)
        {
            // The sentence's "as" tokens are asWords[asFirst..sentenceAs).
            var end = first + count;
            while (sentenceAs < asWords.Count && asWords[sentenceAs] < first)
            {
                sentenceAs++;
            }

            var asFirst = sentenceAs;
            while (sentenceAs < asWords.Count && asWords[sentenceAs] < end)
            {
                sentenceAs++;
            }

            if (sentenceAs > asFirst)
            {
                CapacityRoles(context, analysis, facts, seen, first, end, asWords, asFirst, sentenceAs);
            }
        }

        AttachPrincipalOrganization(analysis, facts, start, seen);
    }

    private static readonly HashSet<string> OfficerRoles = new(StringComparer.Ordinal)
    {
        "ceo", "cfo", "coo", "cto", "chief executive", "chairman", "chairwoman", "chairperson", "board member", "executive board member", "supervisory board member",
        "managing director", "founder", "co-founder", "general manager",
    };

    /// <summary>
    /// "Chief financial officer Helen Smith said": a company officer named without a company serves the organization the
    /// article is about, the one named before the role and mentioned most often (when one is).
    /// </summary>
    private static void AttachPrincipalOrganization(EntityAnalysis analysis, List<ExtractedFact> facts, int start, HashSet<string> seen)
    {
        Dictionary<Entity, (int Count, int FirstStart)>? counts = null;
        for (var f = start; f < facts.Count; f++)
        {
            var fact = facts[f];
            if (fact.Kind != FactKind.Role || fact.Organization is not null || fact.Role is null || !IsOfficerRole(fact.Role))
            {
                continue;
            }

            counts ??= OrganizationMentions(analysis);
            var principal = PrincipalOrganization(counts, fact.Span.Start);
            if (principal is not null && seen.Add(fact.Person + "\u0001" + fact.Role + "\u0001" + principal))
            {
                facts[f] = fact with { Organization = principal };
            }
        }
    }

    private static bool IsOfficerRole(string role)
        => OfficerRoles.Contains(role) || (role.StartsWith("chief ", StringComparison.Ordinal) && role.EndsWith(" officer", StringComparison.Ordinal));

    private static Dictionary<Entity, (int Count, int FirstStart)> OrganizationMentions(EntityAnalysis analysis)
    {
        var counts = new Dictionary<Entity, (int Count, int FirstStart)>();
        foreach (var mention in analysis.Mentions)
        {
            if (mention.Entity.Kind == FactKind.Organization)
            {
                counts[mention.Entity] = counts.TryGetValue(mention.Entity, out var seen)
                    ? (seen.Count + 1, Math.Min(seen.FirstStart, mention.Start))
                    : (1, mention.Start);
            }
        }

        foreach (var entity in new List<Entity>(counts.Keys))
        {
            // "The company said ...": a description standing for the organization as a sentence's subject counts as a mention.
            var seen = counts[entity];
            counts[entity] = (seen.Count + entity.SubjectDescriptions, seen.FirstStart);
        }

        return counts;
    }

    /// <summary>
    /// The organization named before <paramref name="roleStart"/> with the most mentions in the document, if it has at least two
    /// and no other organization named before the role has as many.
    /// </summary>
    private static string? PrincipalOrganization(Dictionary<Entity, (int Count, int FirstStart)> counts, int roleStart)
    {
        Entity? best = null;
        var bestCount = 0;
        var tied = false;
        foreach (var pair in counts)
        {
            if (pair.Value.FirstStart >= roleStart || Coreference.IsPublicBody(pair.Key))
            {
                // A company officer does not serve a legislature or a ministry named around them.
                continue;
            }

            if (pair.Value.Count > bestCount)
            {
                (best, bestCount, tied) = (pair.Key, pair.Value.Count, false);
            }
            else if (pair.Value.Count == bestCount)
            {
                tied = true;
            }
        }

        return best is not null && bestCount >= 2 && !tied ? best.Name : null;
    }

    /// <summary>
    /// "X ... accepted an interview as a representative of Y": a role in which the sentence's first-named person acts. The
    /// sentence's "as" tokens are <paramref name="asWords"/>[<paramref name="asFirst"/>..<paramref name="asEnd"/>).
    /// </summary>
    private static void CapacityRoles(DocumentContext context, EntityAnalysis analysis, List<ExtractedFact> facts, HashSet<string> seen, int first, int end, List<int> asWords, int asFirst, int asEnd)
    {
        var tokens = context.TokenList;
        Entity? subject = analysis.ResolvedAt(first) is { Kind: FactKind.Person } pronoun ? pronoun : null;
        // The subject is the first person named up to the "as"; the tokens before `named` have been searched for one.
        var named = first;
        for (var a = asFirst; a < asEnd; a++)
        {
            var i = asWords[a];
            for (; subject is null && named <= i; named++)
            {
                if (analysis.StartingAt(named) is { Entity.Kind: FactKind.Person } mention)
                {
                    subject = mention.Entity;
                }
            }

            if (subject is null || i + 2 >= end || !tokens[i + 1].Text.Equals("a", StringComparison.OrdinalIgnoreCase) && !tokens[i + 1].IsWord("an"))
            {
                continue;
            }

            var length = analysis.Words.RoleLengthAt(tokens, i + 2, end);
            var after = i + 2 + length;
            if (length == 0 || after >= end || !(tokens[after].IsWord("of") || tokens[after].IsWord("at") || tokens[after].IsWord("for")))
            {
                continue;
            }

            var organization = OrganizationAt(analysis, after + 1, tokens);
            if (organization is not null)
            {
                var role = RoleLexicon.Normalize(context.TextOf(i + 2, after - 1));
                Emit(context, analysis, facts, seen, subject, new RoleSpan(i + 2, after - 1, role, organization));
            }
        }
    }

    /// <summary>"Y's chief executive X", "Y chairman X", "chairman X", "Y's chief executive, X,", "Y, whose chief executive, X,".</summary>
    private static void RolesBefore(DocumentContext context, EntityAnalysis analysis, Mention mention, List<RoleSpan> roles)
    {
        var tokens = context.TokenList;
        var roleEnd = mention.First - 1;
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

        var k = roleStart - 1;
        var its = false;
        while (k >= 0 && Modifiers.Contains(tokens[k].Text))
        {
            its |= tokens[k].IsWord("its");
            k--;
        }

        if (its)
        {
            // "Its chairman X": the organization named last before.
            roles.Add(new RoleSpan(roleStart, roleEnd, RoleLexicon.Normalize(context.TextOf(roleStart, roleEnd)), OrganizationBefore(analysis, roleStart)));
            return;
        }

        if (k >= 1 && tokens[k].IsWord("whose"))
        {
            // "Hanbit Semiconductor, whose chief executive ...": the organization the relative clause describes.
            k -= tokens[k - 1].Is(',') ? 2 : 1;
        }

        var organization = analysis.EndingAt(k);
        var name = organization is not null && organization.Entity.Kind == FactKind.Organization ? organization.Entity.Name : OrganizationRightAfter(tokens, analysis, mention);
        roles.Add(new RoleSpan(roleStart, roleEnd, RoleLexicon.Normalize(context.TextOf(roleStart, roleEnd)), name));
    }

    private const int MaxPortfolioWords = 2;

    /// <summary>
    /// "Investment Minister Bahlil Lahadalia": up to two capitalized words naming nothing, right before an office that takes a
    /// portfolio, belong to the role ("investment minister"); a nationality or a named organization does not.
    /// </summary>
    private static int WithPortfolio(TokenList tokens, EntityAnalysis analysis, int roleStart, int roleEnd)
    {
        if (roleStart != roleEnd || !RoleLexicon.TakesPortfolio(tokens[roleStart].Text))
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
            && !WordClasses.IsFunctionWord(token.Text) && !WordClasses.IsSentenceStarter(token.Text) && !Modifiers.Contains(token.Text) && !RoleAdjectives.Contains(token.Text)
            && !Gazetteer.Instance.Demonyms.Contains(token.Text) && !WordClasses.IsPossessive(token) && analysis.Words.RoleLengthAt(tokens, k, k + 1) == 0;
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

    /// <summary>", founder and CEO of Y", ", Y's chief executive", ", who chairs Y", " is the president of Y": added to <paramref name="result"/>.</summary>
    private static void RolesAfter(DocumentContext context, EntityAnalysis analysis, Mention mention, int end, List<RoleSpan> result)
    {
        var tokens = context.TokenList;
        var k = mention.Last + 1;
        if (k >= end || WordClasses.IsPossessive(tokens[mention.Last]))
        {
            return;
        }

        if (k + 3 < end && tokens[k].Is(',') && tokens.KindAt(k + 1) == TokenKind.Number && tokens[k + 2].Is(',') && Copulas.Contains(tokens[k + 3].Text))
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
                if (RoleVerbs.TryGetValue(tokens[k].Text, out var verbRole))
                {
                    var organization = OrganizationAt(analysis, k + 1, tokens);
                    if (organization is not null)
                    {
                        result.Add(new RoleSpan(k, k, verbRole, organization));
                    }

                    return;
                }

                while (k + 1 < end && Auxiliaries.Contains(tokens[k].Text))
                {
                    // "who will remain chairman", "who has been CEO".
                    k++;
                }

                if (!Copulas.Contains(tokens[k].Text))
                {
                    return;
                }

                k++;
            }
        }
        else if (Copulas.Contains(tokens[k].Text))
        {
            k++;
            if (k + 1 < end && AppointmentWords.Contains(tokens[k].Text))
            {
                // "was appointed president of Y", "was promoted to chief executive".
                k += tokens[k + 1].Text is "to" or "as" ? 2 : 1;
            }
        }
        else if (tokens[k].IsWord("as") && k + 1 < end)
        {
            // "appointed X as its new chief executive": the role a person is named to.
            var named = result.Count;
            RoleList(context, analysis, k + 1, end, result);
            if (tokens[k + 1].IsWord("its"))
            {
                var organization = OrganizationBefore(analysis, mention.First);
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

        RoleList(context, analysis, k, end, result);
    }

    private const int MaxRoleModifiers = 2;

    private const int MaxFieldWords = 3;

    /// <summary>"research at Huatai Securities", "global markets at Y": up to three lower-case words, then "at" or "of" and the organization.</summary>
    private static string? OrganizationAfterField(TokenList tokens, EntityAnalysis analysis, int field, int end)
    {
        for (var k = field; k < end && k <= field + MaxFieldWords; k++)
        {
            if (k > field && tokens[k].Text is "at" or "of")
            {
                return OrganizationAt(analysis, k + 1, tokens);
            }

            if (tokens.KindAt(k) != TokenKind.Word || tokens[k].IsCapitalized)
            {
                return null;
            }
        }

        return null;
    }

    // Participles that name a person to a role after "was" ("was appointed president of Y", "has been named chief executive").
    private static readonly HashSet<string> AppointmentWords = new(StringComparer.OrdinalIgnoreCase) { "appointed", "named", "elected", "promoted", "made" };

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

            if (!IsRoleModifier(tokens[role]))
            {
                return -1;
            }
        }

        return -1;
    }

    // Adjectives of scope and tenure, not part of the role's name ("global chief executive", "interim minister").
    private static readonly HashSet<string> RoleAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "global", "regional", "new", "former", "acting", "interim", "current", "incoming", "outgoing", "top", "longtime", "local", "national",
        "international", "joint", "sole", "first", "then", "future", "previous", "permanent", "temporary",
    };

    private static int AfterRoleAdjectives(TokenList tokens, int k, int end)
    {
        while (k < end && !tokens[k].IsCapitalized && RoleAdjectives.Contains(tokens[k].Text))
        {
            k++;
        }

        return k;
    }

    // A plain lower-case noun: not a function word, an adjective of scope, an adverb, a participle or a superlative ("global", "newly", "appointed", "largest").
    private static bool IsRoleModifier(Token token)
        => token.Kind == TokenKind.Word && !token.IsCapitalized && !WordClasses.IsFunctionWord(token.Text) && !RoleAdjectives.Contains(token.Text)
            && !token.Text.EndsWith("ly", StringComparison.Ordinal) && !token.Text.EndsWith("ed", StringComparison.Ordinal)
            && !token.Text.EndsWith("est", StringComparison.Ordinal) && !token.Text.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>"(the) [Y's] founder, chairman and CEO (of|at) Y": added to <paramref name="result"/>.</summary>
    private static void RoleList(DocumentContext context, EntityAnalysis analysis, int k, int end, List<RoleSpan> result)
    {
        var tokens = context.TokenList;
        // This list's roles are result[listFirst..]; their organization is set once it is known.
        var listFirst = result.Count;
        while (k < end && (WordClasses.IsDeterminer(tokens[k].Text) || Modifiers.Contains(tokens[k].Text)) && !WordClasses.IsPossessive(tokens[k]))
        {
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
            organization = OrganizationAt(analysis, k + 1, tokens);
        }

        if (organization is null && k < end && tokens[k].Text == "of")
        {
            // "head of research at Huatai Securities": the office's field, then the organization.
            organization = OrganizationAfterField(tokens, analysis, k + 1, end);
        }

        if (organization is not null)
        {
            for (var r = listFirst; r < result.Count; r++)
            {
                result[r] = result[r] with { Organization = organization };
            }
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
        while (role < end && (WordClasses.IsDeterminer(tokens[role].Text) || Modifiers.Contains(tokens[role].Text)))
        {
            role++;
        }

        return analysis.Words.RoleLengthAt(tokens, role, end) > 0 ? k + 1 : -1;
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
            RoleList(context, analysis, start, limit, roles);
        }
    }

    private const int ItsReach = 80;

    /// <summary>The organization whose mention ends last within a few dozen tokens before <paramref name="index"/>, if any.</summary>
    private static string? OrganizationBefore(EntityAnalysis analysis, int index)
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

    private static string? OrganizationAt(EntityAnalysis analysis, int index, TokenList tokens)
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
            if (k > index && RunClassifier.IsOrganizationNoun(tokens[k - 1].Text) && analysis.StartingAt(k) is { Entity.Kind: FactKind.Organization } named)
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

    /// <summary>"Professor Jane Doe": a capitalized honorific is part of the address, not a role.</summary>
    private static bool IsTitle(TokenList tokens, int roleStart, int roleEnd)
        => roleStart == roleEnd && tokens[roleStart].IsCapitalized && Gazetteer.Instance.Honorifics.Contains(tokens[roleStart].Text);

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

    private static void Emit(DocumentContext context, EntityAnalysis analysis, List<ExtractedFact> facts, HashSet<string> seen, Entity person, RoleSpan role)
    {
        for (var i = role.First; i <= role.Last; i++)
        {
            analysis.Consume(i);
        }

        analysis.PeopleByRole[role.Role] = person;

        if (!seen.Add(person.Name + "\u0001" + role.Role + "\u0001" + role.Organization))
        {
            return;
        }

        // Built whole rather than copied with "with": one object per fact.
        facts.Add(new ExtractedFact
        {
            Kind = FactKind.Role,
            Text = context.TextOf(role.First, role.Last),
            Span = context.SpanOf(role.First, role.Last),
            SentenceIndex = context.TokenList[role.First].Sentence,
            Person = person.Name,
            Role = role.Role,
            Organization = role.Organization,
        });
    }

    private static int SentenceEnd(DocumentContext context, int token)
    {
        var (first, count) = context.SentenceTokenList[context.TokenList[token].Sentence];
        return first + count;
    }

    private readonly record struct RoleSpan(int First, int Last, string Role, string? Organization);
}
