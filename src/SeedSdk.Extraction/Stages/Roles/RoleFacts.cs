using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Roles;

/// <summary>
/// Roles from appositives and titles around a person's mention: "X, founder, chairman and CEO of Y",
/// "X, Y's chief executive", "Y chairman X", "X, who chairs Y", "X is the president of Y". One fact per (person, role,
/// organization). The phrases before a name are read by <see cref="RolesBeforeName"/>, those after it by
/// <see cref="RolesAfterName"/>; roles left without an organization may get the document's own (<see cref="PrincipalOrganization"/>).
/// </summary>
internal static class RoleFacts
{
    /// <summary>Adds the role facts of the document and marks their tokens as consumed.</summary>
    public static void Recognize(DocumentContext context, EntityAnalysis analysis, CueTokens cues, List<ExtractedFact> facts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sites = new List<RoleSite>();
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
            RolesBeforeName.RolesBefore(context, analysis, mention, rolesBefore);
            foreach (var role in rolesBefore)
            {
                Emit(context, analysis, facts, seen, mention.Entity, role, sites, mention.Last);
            }

            rolesAfter.Clear();
            RolesAfterName.RolesAfter(context, analysis, mention, end, rolesAfter);
            foreach (var role in rolesAfter)
            {
                Emit(context, analysis, facts, seen, mention.Entity, role, sites, mention.Last);
            }
        }

        var asWords = cues.AsWords;
        var sentenceAs = 0;
        foreach (var (first, count) in context.SentenceTokenList)
        {
            var end = first + count;
            var (asFirst, asEnd) = CueTokens.Within(asWords, ref sentenceAs, first, end);
            if (asEnd > asFirst)
            {
                CapacityRoles(context, analysis, facts, seen, sites, first, end, asWords, asFirst, asEnd);
            }
        }

        PrincipalOrganization.Attach(analysis, context.TokenList, facts, sites, seen);
    }

    /// <summary>
    /// "X ... accepted an interview as a representative of Y": a role in which the sentence's first-named person acts. The
    /// sentence's "as" tokens are <paramref name="asWords"/>[<paramref name="asFirst"/>..<paramref name="asEnd"/>).
    /// </summary>
    private static void CapacityRoles(DocumentContext context, EntityAnalysis analysis, List<ExtractedFact> facts, HashSet<string> seen, List<RoleSite> sites, int first, int end, List<int> asWords, int asFirst, int asEnd)
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

            if (subject is null || i + 1 >= end)
            {
                continue;
            }

            var k = i + 1;
            var article = tokens[k].IsWord("a") || tokens[k].IsWord("an");
            var its = tokens[k].IsWord("its");
            var our = tokens[k].IsWord("our");
            k += article || its || our || tokens[k].IsWord("the") ? 1 : 0;
            var length = k < end ? analysis.Words.RoleLengthAt(tokens, k, end) : 0;
            var after = k + length;
            if (length == 0)
            {
                continue;
            }

            var role = RoleLexicon.Normalize(context.TextOf(k, after - 1));
            if (after < end && (tokens[after].IsWord("of") || tokens[after].IsWord("at") || tokens[after].IsWord("for")))
            {
                // "as a representative of Y".
                var complement = RoleOrganizations.OrganizationAt(analysis, after + 1, tokens);
                if (complement is not null && article)
                {
                    Emit(context, analysis, facts, seen, subject, new RoleSpan(k, after - 1, role, complement));
                }

                continue;
            }

            // "worked at Y as a product manager": the organization right before "as"; "joined as chief technology officer",
            // "as its chief executive": the company's own officer.
            var organization = its ? RoleOrganizations.OrganizationBefore(analysis, i) : analysis.EndingAt(i - 1) is { Entity.Kind: FactKind.Organization } before ? before.Entity.Name : null;
            if (organization is not null || our || PrincipalOrganization.IsOfficerRole(tokens.Lexicon, role))
            {
                Emit(context, analysis, facts, seen, subject, new RoleSpan(k, after - 1, role, organization, our), sites);
            }
        }
    }

    private static void Emit(DocumentContext context, EntityAnalysis analysis, List<ExtractedFact> facts, HashSet<string> seen, Entity person, RoleSpan role, List<RoleSite>? sites = null, int nameLast = -1)
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
        if (role.Organization is null)
        {
            sites?.Add(new RoleSite(facts.Count - 1, role.First, role.Last, role.OwnOrganization, nameLast));
        }
    }

    private static int SentenceEnd(DocumentContext context, int token)
    {
        var (first, count) = context.SentenceTokenList[context.TokenList[token].Sentence];
        return first + count;
    }
}
