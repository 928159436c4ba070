using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// Resolves "he"/"she" to the person last mentioned and "the company" (and similar descriptions) to
/// the organization last mentioned that the noun fits ("the ministry" only to a ministry), in one pass. Every
/// resolved pronoun becomes an alias as written; a description does where it is a sentence's subject (also
/// after an introductory phrase, written "the company"); elsewhere it is only resolved, so a statement's
/// speaker can be found.
/// </summary>
internal static class Coreference
{
    // Nouns that name a kind of institution: "the ministry" refers only to an organization with that word in its name.
    private static readonly PerLexicon<HashSet<string>> InstitutionNouns = new(lexicon => new(lexicon.List("institution-nouns"), StringComparer.OrdinalIgnoreCase));

    private const int RecentOrganizations = 6;

    /// <summary>Fills <paramref name="analysis"/>'s resolutions and the entities' references.</summary>
    public static void Resolve(DocumentContext context, EntityAnalysis analysis)
    {
        var tokens = context.TokenList;
        var people = new RecentPeople(Gazetteer.Of(context.Lexicon));
        var subjectSentence = -1;
        var organizations = new List<Entity>(RecentOrganizations + 1);
        Entity? university = null;
        Entity? lastEvent = null;
        Entity? organizationSubject = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (analysis.StartsMention(i))
            {
                var mention = analysis.StartingAt(i)!;
                if (mention.Entity.Kind == FactKind.Person)
                {
                    people.Mentioned(mention.Entity);
                    if (mention.First == 0 || tokens.SentenceAt(mention.First) != subjectSentence)
                    {
                        people.Subject = mention.Entity;
                        subjectSentence = tokens.SentenceAt(mention.First);
                    }
                }
                else if (mention.Entity.Kind == FactKind.Organization && !Datelines.IsInDateline(context, mention.First) && !IsParenthetical(tokens, mention.First))
                {
                    Remember(organizations, mention.Entity);
                    if (NamesUniversity(mention.Entity) && (university is null || IsNamedMore(mention.Entity, university)))
                    {
                        university = mention.Entity;
                    }
                    if (StartsSentence(context, mention.First) || (mention.First > 0 && tokens[mention.First - 1].IsWord("the") && StartsSentence(context, mention.First - 1)))
                    {
                        organizationSubject = mention.Entity;
                    }
                }
                else if (mention.Entity.Kind == FactKind.Event)
                {
                    lastEvent = mention.Entity;
                }

                continue;
            }

            if (tokens.KindAt(i) != TokenKind.Word)
            {
                continue;
            }

            var token = tokens[i];
            var words = analysis.Words;
            if (token.Text.Length is not (2 or 3) || !words.MayReferBack(token))
            {
                // Only words refer back, all of two or three letters: "he", "she", "him", "her", "the company", "the event".
                continue;
            }

            if (words.IsPersonalSubjectPronoun(token))
            {
                var person = people.Resolve(words.IsShe(token));
                if (person is not null)
                {
                    analysis.Resolve(i, person);
                    person.AddReference(token.Text);
                }
            }
            else if (words.IsObjectPronoun(token) && IsAccordingToObjectPronoun(tokens, i))
            {
                // "According to him, ...": the speaker is the person last mentioned; "him" is no spelling of the name.
                if (people.Resolve(words.IsHer(token)) is { } person)
                {
                    analysis.Resolve(i, person);
                }
            }
            else if (!words.IsThe(token))
            {
                continue;
            }
            else if (lastEvent is not null && IsEventDescription(tokens, words, i) && StartsSentence(context, i) && StartsPredicate(tokens, i + 2))
            {
                // "The event runs until ...": an event named before, as the subject of a sentence.
                analysis.Resolve(i, lastEvent);
                analysis.Resolve(i + 1, lastEvent);
                lastEvent.AddDescription(tokens[i + 1].Text);
            }
            else if (i + 1 < tokens.Count && words.IsOrganizationNoun(tokens[i + 1])
                && !tokens[i + 1].IsCapitalized && !IsFollowedByName(tokens, i + 2)
                && Fitting(tokens.Lexicon, organizations, university, organizationSubject, WordClasses.StripPossessive(tokens[i + 1].Text)) is { } lastOrganization)
            {
                analysis.Resolve(i, lastOrganization);
                analysis.Resolve(i + 1, lastOrganization);
                if ((StartsSentence(context, i) || (AfterIntroductoryPhrase(tokens, i) && !IsAppositive(analysis, i, lastOrganization))) && !WordClasses.IsPossessive(tokens[i + 1]))
                {
                    lastOrganization.AddDescription(tokens[i + 1].Text);
                }
            }
        }
    }

    /// <summary>"the" and a lower-case noun for an event, not followed by a name ("the event", not "the forum Davos").</summary>
    private static bool IsEventDescription(TokenList tokens, DocumentWords words, int i)
        => words.IsThe(tokens[i]) && i + 1 < tokens.Count && words.IsEventNoun(tokens[i + 1]) && !tokens[i + 1].IsCapitalized && !IsFollowedByName(tokens, i + 2);

    /// <summary>
    /// "The event runs", "The forum will", "The summit, held ...": what follows the noun looks like a verb or punctuation,
    /// so the noun is the subject and not a modifier ("the exhibition area").
    /// </summary>
    private static bool StartsPredicate(TokenList tokens, int index)
    {
        if (index >= tokens.Count || tokens.KindAt(index) != TokenKind.Word)
        {
            return index < tokens.Count && tokens[index].Is(',');
        }

        var word = tokens[index].Text;
        return WordClasses.IsVerb(tokens.Lexicon, word) || ReportingVerbs.IsReportingVerb(tokens, index) || word.EndsWith("ed", StringComparison.Ordinal)
            || (word.EndsWith("s", StringComparison.Ordinal) && !IsPluralNoun(word)) || VerbAdverbs.For(tokens.Lexicon).Contains(word);
    }

    private static readonly PerLexicon<HashSet<string>> VerbAdverbs = new(lexicon => new(lexicon.List("verb-adverbs"), StringComparer.Ordinal));

    // "organizers", "visitors", "attendees", "business": endings of nouns rather than of verbs.
    private static bool IsPluralNoun(string word)
        => word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("ers", StringComparison.Ordinal) || word.EndsWith("ors", StringComparison.Ordinal)
            || word.EndsWith("ees", StringComparison.Ordinal) || word.EndsWith("ants", StringComparison.Ordinal);

    private static void Remember(List<Entity> organizations, Entity organization)
    {
        if (organizations.Count > 0 && organizations[0] == organization)
        {
            // Named again right away: already the most recent.
            return;
        }

        organizations.Remove(organization);
        organizations.Insert(0, organization);
        if (organizations.Count > RecentOrganizations)
        {
            organizations.RemoveAt(RecentOrganizations);
        }
    }

    /// <summary>
    /// The most recent organization a description fits: an institution noun ("the ministry") needs that word in the
    /// name; any other noun ("the company") takes the organization that last opened a sentence, else the most recent
    /// organization, but never a public body or an association ("the Commerce Department").
    /// </summary>
    private static Entity? Fitting(Lexicon lexicon, List<Entity> organizations, Entity? university, Entity? subject, string noun)
    {
        var institution = InstitutionNouns.For(lexicon).Contains(noun);
        if (!institution && subject is not null && organizations.Contains(subject) && !IsPublicBody(lexicon, subject))
        {
            // "Grab competes with GoTo Group ... The company": the organization that last opened a sentence.
            return subject;
        }

        if (noun.Equals("university", StringComparison.OrdinalIgnoreCase))
        {
            // "MIT's team ... with Seoul National University ... the university said": an article names its own university most.
            return university;
        }

        foreach (var organization in organizations)
        {
            var named = NamesInstitution(organization, noun);
            if (institution ? named : !IsPublicBody(lexicon, organization))
            {
                return organization;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="candidate"/> is named more often than <paramref name="best"/>, or as often and first.</summary>
    private static bool IsNamedMore(Entity candidate, Entity best)
        => candidate != best && (candidate.Forms.Count > best.Forms.Count
            || (candidate.Forms.Count == best.Forms.Count && candidate.CanonicalForm.Start < best.CanonicalForm.Start));

    // Words that make a name a public body or an association, never a company ("U.S. Commerce Department", "European Union").
    private static readonly PerLexicon<HashSet<string>> PublicBodyWords = new(lexicon => new(lexicon.List("public-body-words"), StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether the organization's name makes it a public body or an association ("Commerce Department", "National People's Congress").</summary>
    public static bool IsPublicBody(Lexicon lexicon, Entity organization) => organization.IsPublicBody ??= NamesPublicBody(lexicon, organization.Name);

    private static bool NamesPublicBody(Lexicon lexicon, string name)
    {
        foreach (var word in name.Split(' '))
        {
            if (PublicBodyWords.For(lexicon).Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>As <see cref="NamesInstitution"/> with "university", asked once per organization.</summary>
    private static bool NamesUniversity(Entity organization) => organization.NamesUniversity ??= NamesInstitution(organization, "university");

    private static bool NamesInstitution(Entity organization, string noun)
        => organization.Name.IndexOf(noun, StringComparison.OrdinalIgnoreCase) >= 0
            || (noun.Equals("university", StringComparison.OrdinalIgnoreCase) && organization.Name.IndexOf("Institute of Technology", StringComparison.Ordinal) >= 0);

    /// <summary>"Contoso Motors Inc. (NYSE: CTM)": a name in parentheses is an aside (a listing, a short name), not the company talked about.</summary>
    private static bool IsParenthetical(TokenList tokens, int first) => first > 0 && tokens[first - 1].Is('(');

    /// <summary>"In 2020, the company expanded": a subject after an introductory phrase (but not "..., X said, the company ...").</summary>
    private static bool AfterIntroductoryPhrase(TokenList tokens, int index)
        => index >= 2 && tokens[index - 1].Is(',') && tokens.SentenceAt(index - 1) == tokens.SentenceAt(index)
            && !ReportingVerbs.IsReportingVerb(tokens, index - 2);

    /// <summary>"Subaru, the maker of Outback wagons,": a description set off right after a name describes it; it is no alias.</summary>
    private static bool IsAppositive(EntityAnalysis analysis, int index, Entity organization)
        => index >= 2 && analysis.EndingAt(index - 2) is { } named && named.Entity == organization;

    // "according to him", "according to her": the pronoun at i is known to be "him" or "her".
    private static bool IsAccordingToObjectPronoun(TokenList tokens, int i)
        => i >= 2 && tokens[i - 1].IsWord("to") && tokens[i - 2].IsWord("according")
        && i + 1 < tokens.Count && (tokens[i + 1].Is(',') || tokens[i + 1].Is('.'));

    private static bool StartsSentence(DocumentContext context, int index)
    {
        var tokens = context.TokenList;
        var first = context.SentenceTokens[tokens.SentenceAt(index)].FirstToken;
        return index == first || (index == first + 1 && WordClasses.IsOpeningQuote(tokens[first]));
    }

    /// <summary>"the company Acme": an apposition naming another entity, not a back reference.</summary>
    private static bool IsFollowedByName(TokenList tokens, int index)
        => index < tokens.Count && tokens[index].IsCapitalized && tokens.KindAt(index) == TokenKind.Word && tokens.SentenceAt(index) == tokens.SentenceAt(index - 1);

    /// <summary>
    /// The last few people mentioned, most recent first, with the gender their given name or an earlier pronoun
    /// showed: a pronoun goes to the last sentence's subject unless known to be of the other gender, else to the
    /// most recent person of its gender, else to the most recent one not known to be of the other.
    /// </summary>
    private sealed class RecentPeople
    {
        private const int Capacity = 6;
        private readonly List<Entity> _recent = new(Capacity);
        private readonly Dictionary<Entity, bool> _female = new();
        // People whose first name word tells no gender: asked once, not at every mention.
        private readonly HashSet<Entity> _nameTellsNothing = new();
        private readonly Gazetteer _gazetteer;

        public RecentPeople(Gazetteer gazetteer) => _gazetteer = gazetteer;

        public void Mentioned(Entity person)
        {
            if (_recent.Count > 0 && _recent[0] == person)
            {
                // Named again right away: already the most recent, its gender already asked.
                return;
            }

            if (!_female.ContainsKey(person) && !_nameTellsNothing.Contains(person))
            {
                var name = person.Name;
                var space = name.IndexOf(' ');
                var female = space > 0 ? _gazetteer.IsFemaleGivenName(name.Substring(0, space)) : null;
                if (female is { } known)
                {
                    _female[person] = known;
                }
                else
                {
                    _nameTellsNothing.Add(person);
                }
            }

            _recent.Remove(person);
            _recent.Insert(0, person);
            if (_recent.Count > Capacity)
            {
                _recent.RemoveAt(Capacity);
            }
        }

        /// <summary>The person named first in the latest sentence that named anyone: a pronoun prefers that subject.</summary>
        public Entity? Subject { get; set; }

        public Entity? Resolve(bool female)
        {
            if (Subject is { } subject && (!_female.TryGetValue(subject, out var subjectFemale) || subjectFemale == female))
            {
                _female[subject] = female;
                return subject;
            }

            foreach (var person in _recent)
            {
                if (_female.TryGetValue(person, out var known) && known == female)
                {
                    return person;
                }
            }

            foreach (var person in _recent)
            {
                if (!_female.TryGetValue(person, out var known) || known == female)
                {
                    _female[person] = female;
                    return person;
                }
            }

            return null;
        }
    }
}
