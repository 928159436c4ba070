using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Roles;

/// <summary>
/// The organization a document is about, given to the roles that name none: "Chief financial officer Helen Smith said",
/// "President Jane Doe" of that company, "our chair", "chair of the audit committee". A company office (president, chair,
/// director, head) is not the company's when a place stands by it ("President Gabriel Rojas of Chile", "French President").
/// </summary>
internal static class PrincipalOrganization
{
    private static readonly PerLexicon<HashSet<string>> OfficerRoles = new(lexicon => new(lexicon.List("officer-roles"), StringComparer.Ordinal));

    // Offices that a company and a state or a city both have: the company's only when no place stands by the role.
    private static readonly PerLexicon<HashSet<string>> SharedOffices = new(lexicon => new(lexicon.List("shared-offices"), StringComparer.Ordinal));

    /// <summary>
    /// Gives the principal organization to the roles of <paramref name="sites"/> that name no organization, when the role is
    /// a company office and the document has an organization it is about, named before the role.
    /// </summary>
    public static void Attach(EntityAnalysis analysis, TokenList tokens, List<ExtractedFact> facts, List<RoleSite> sites, HashSet<string> seen)
    {
        Dictionary<Entity, (int Count, int FirstStart)>? counts = null;
        foreach (var site in sites)
        {
            var fact = facts[site.Fact];
            if (fact.Organization is not null || fact.Role is null || !(site.OwnOrganization || IsCompanyOffice(fact.Role, tokens, analysis, site)))
            {
                continue;
            }

            counts ??= OrganizationMentions(analysis);
            var principal = Principal(tokens.Lexicon, counts, fact.Span.Start, site.OwnOrganization);
            if (principal is not null && seen.Add(fact.Person + "\u0001" + fact.Role + "\u0001" + principal))
            {
                facts[site.Fact] = fact with { Organization = principal };
            }
        }
    }

    /// <summary>Whether <paramref name="role"/> is an office only companies have ("chief executive", "chief technology officer", "treasurer").</summary>
    public static bool IsOfficerRole(Lexicon lexicon, string role)
        => OfficerRoles.For(lexicon).Contains(role) || (role.StartsWith("chief ", StringComparison.Ordinal) && role.EndsWith(" officer", StringComparison.Ordinal));

    private static bool IsCompanyOffice(string role, TokenList tokens, EntityAnalysis analysis, RoleSite site)
    {
        if (IsOfficerRole(tokens.Lexicon, role))
        {
            return true;
        }

        var office = SharedOffices.For(tokens.Lexicon).Contains(role) || role.EndsWith(" director", StringComparison.Ordinal) || role.EndsWith(" manager", StringComparison.Ordinal);
        return office && !PlaceBeside(tokens, analysis, site);
    }

    /// <summary>"French President X", "Chile's president", "president of Chile", "President X of Chile": a place by the role or the name.</summary>
    private static bool PlaceBeside(TokenList tokens, EntityAnalysis analysis, RoleSite site)
    {
        var before = site.First - 1;
        while (before >= 0 && (tokens[before].IsWord("the") || tokens[before].IsWord("former")))
        {
            before--;
        }

        if (before >= 0 && (analysis.EndingAt(before) is { Entity.Kind: FactKind.Location } || Gazetteer.Of(tokens.Lexicon).Demonyms.Contains(tokens[before].Text)))
        {
            return true;
        }

        return PlaceAfterOf(tokens, analysis, site.Last + 1) || (site.NameLast >= 0 && PlaceAfterOf(tokens, analysis, site.NameLast + 1));
    }

    private static bool PlaceAfterOf(TokenList tokens, EntityAnalysis analysis, int k)
    {
        if (k + 1 >= tokens.Count || !(tokens[k].IsWord("of") || tokens[k].IsWord("for")))
        {
            return false;
        }

        var place = tokens[k + 1].IsWord("the") ? k + 2 : k + 1;
        return place < tokens.Count && analysis.StartingAt(place) is { Entity.Kind: FactKind.Location };
    }

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
    /// and no other organization named before the role has as many. When the text says the role is the speaker's own ("our
    /// chair"), one mention will do and a tie goes to the organization named first.
    /// </summary>
    private static string? Principal(Lexicon lexicon, Dictionary<Entity, (int Count, int FirstStart)> counts, int roleStart, bool own)
    {
        Entity? best = null;
        var bestCount = 0;
        var tied = false;
        foreach (var pair in counts)
        {
            if (pair.Value.FirstStart >= roleStart || Coreference.IsPublicBody(lexicon, pair.Key))
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
                if (own && pair.Value.FirstStart < counts[best!].FirstStart)
                {
                    best = pair.Key;
                }
            }
        }

        return best is not null && (own || (bestCount >= 2 && !tied)) ? best.Name : null;
    }
}

/// <summary>
/// A role fact emitted without an organization: its index in the facts, the role's tokens, whether the text gives it to the
/// speaker's own organization ("our chair", "chair of the audit committee"), and the last token of the person's name (or -1).
/// </summary>
internal readonly record struct RoleSite(int Fact, int First, int Last, bool OwnOrganization, int NameLast);
