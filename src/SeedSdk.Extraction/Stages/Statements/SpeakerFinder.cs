using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Stages.Roles;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Statements;

/// <summary>Finds who speaks around a reporting verb: a named person or organization, a resolved pronoun or description.</summary>
internal static class SpeakerFinder
{
    private static readonly PerLexicon<HashSet<string>> Adverbs = new(lexicon => new(lexicon.List("speaker-adverbs"), StringComparer.OrdinalIgnoreCase));

    /// <summary>The speaker whose name or reference ends right before <paramref name="verb"/>, skipping adverbs and an appositive; or null.</summary>
    public static Entity? Before(TokenList tokens, EntityAnalysis analysis, int verb, int sentenceFirst)
    {
        var k = verb - 1;
        while (k >= sentenceFirst && Adverbs.For(tokens.Lexicon).Contains(tokens[k].Text))
        {
            k--;
        }

        k = BeforeParentheses(tokens, k, sentenceFirst);

        if (k < sentenceFirst)
        {
            return null;
        }

        if ((tokens[k].IsWord("and") || tokens[k].IsWord("but")) && k > sentenceFirst)
        {
            // "He declined to comment and said that ...", "... but said talks were continuing": the subject of the sentence speaks.
            return Subject(analysis, sentenceFirst, k);
        }

        if (SpokespersonOf(tokens, analysis, k, sentenceFirst) is { } represented)
        {
            return represented;
        }

        var direct = At(analysis, k) ?? PersonByTitle(tokens, analysis, k, sentenceFirst);
        if (direct is not null && direct.Kind == FactKind.Organization)
        {
            var person = AffiliatedPerson(tokens, analysis, k, sentenceFirst);
            if (person is not null)
            {
                return person;
            }
        }

        if (direct is not null && !IsSubject(tokens, analysis, k))
        {
            return null;
        }

        if (direct is not null || !tokens[k].Is(','))
        {
            return direct;
        }

        // "Germany's finance minister, Markus Feldmann, told": the name set off by commas right before the verb.
        var named = At(analysis, k - 1);
        var nameMention = analysis.EndingAt(k - 1);
        if (named is not null && named.Kind == FactKind.Person && nameMention is not null && nameMention.First > sentenceFirst && tokens[nameMention.First - 1].Is(','))
        {
            return named;
        }

        // "X, founder and CEO of Y, said": walk back over the appositive to the comma after X.
        for (var c = k - 1; c >= sentenceFirst && c >= k - 25; c--)
        {
            if (tokens[c].Is(','))
            {
                var speaker = At(analysis, c - 1);
                if (speaker is not null && speaker.Kind == FactKind.Person)
                {
                    return speaker;
                }

                // "Professor Jane Roe of Keele University, who led the study, said": the person before the affiliation.
                if (speaker is not null && speaker.Kind == FactKind.Organization && AffiliatedPerson(tokens, analysis, c - 1, sentenceFirst) is { } affiliated)
                {
                    return affiliated;
                }

                // "Stellantis, which makes Jeep vehicles, said" / "The ministry, the sector's regulator, said": the organization
                // opening the clause, set off from the verb by a relative clause or an appositive.
                if (speaker is not null && speaker.Kind == FactKind.Organization && OpensAside(tokens, c + 1) && OpensClause(tokens, analysis, c - 1, sentenceFirst))
                {
                    return speaker;
                }
            }
        }

        return null;
    }

    private static readonly PerLexicon<HashSet<string>> SpokesWords = new(lexicon => new(lexicon.List("spokes-words"), StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// "A Contoso spokesperson said", "A spokeswoman for Contoso said": an unnamed spokesperson speaks for the organization,
    /// which is the speaker; the subject ends at <paramref name="k"/>.
    /// </summary>
    private static Entity? SpokespersonOf(TokenList tokens, EntityAnalysis analysis, int k, int sentenceFirst)
    {
        if (SpokesWords.For(tokens.Lexicon).Contains(tokens[k].Text))
        {
            return k - 1 >= sentenceFirst && analysis.EndingAt(k - 1) is { Entity.Kind: FactKind.Organization } before ? before.Entity : null;
        }

        if (analysis.EndingAt(k) is not { Entity.Kind: FactKind.Organization } after || after.First - 2 < sentenceFirst || !(tokens[after.First - 1].Text is "for" or "at" or "of"))
        {
            return null;
        }

        return SpokesWords.For(tokens.Lexicon).Contains(tokens[after.First - 2].Text) ? after.Entity : null;
    }

    /// <summary>"It said ...", "It also noted that ...": whether the sentence opens with "It" as the reporting verb's subject.</summary>
    public static bool IsOpeningIt(TokenList tokens, int verb, int sentenceFirst)
    {
        var k = verb - 1;
        while (k > sentenceFirst && Adverbs.For(tokens.Lexicon).Contains(tokens[k].Text))
        {
            k--;
        }

        return k == sentenceFirst && tokens[k].Text == "It";
    }

    /// <summary>The speaker named right after <paramref name="index"/> ("..., said Jane Doe"), or null.</summary>
    public static Entity? After(TokenList tokens, EntityAnalysis analysis, int index)
    {
        // "said He Xiaopeng": a name that begins with a pronoun's spelling is the name.
        if (index < tokens.Count && WordClasses.IsPersonalSubjectPronoun(tokens.Lexicon, tokens[index].Text) && analysis.StartingAt(index)?.Entity.Kind != FactKind.Person)
        {
            return analysis.ResolvedAt(index);
        }

        if (index + 1 < tokens.Count && tokens[index].IsCapitalized && Gazetteer.Of(tokens.Lexicon).Honorifics.Contains(tokens[index].Text))
        {
            // "said Dr. Wen Tao": skip the title and its period.
            index += tokens[index + 1].Is('.') && !tokens[index + 1].SpaceBefore ? 2 : 1;
        }

        var mention = analysis.StartingAt(index);
        if (mention is null && index + 1 < tokens.Count && tokens[index].IsWord("the"))
        {
            return analysis.ResolvedAt(index);
        }

        // "said Tata Steel chief executive Rahul Mehta", "said chief executive Rahul Mehta": the titled person speaks.
        var titled = TitledPerson(tokens, analysis, mention is { Entity.Kind: FactKind.Organization } ? mention.Last + 1 : index, tokens.Count);
        if (titled is not null && (mention is null || mention.Entity.Kind == FactKind.Organization))
        {
            return titled.Entity;
        }

        return mention is not null && mention.Entity.Kind is FactKind.Person or FactKind.Organization ? mention.Entity : null;
    }

    /// <summary>"chief executive Jane Doe" at <paramref name="index"/>: a role phrase and the person's name right after it; or null.</summary>
    public static Mention? TitledPerson(TokenList tokens, EntityAnalysis analysis, int index, int end)
    {
        var role = analysis.Words.RoleLengthAt(tokens, index, end);
        var person = role > 0 && index + role < end ? analysis.StartingAt(index + role) : null;
        return person is not null && person.Entity.Kind == FactKind.Person ? person : null;
    }

    /// <summary>"Sarah Chen of Stanford University said": the person before "of"/"at"/"from" the organization ending at <paramref name="k"/>.</summary>
    private static Entity? AffiliatedPerson(TokenList tokens, EntityAnalysis analysis, int k, int sentenceFirst)
    {
        var mention = analysis.EndingAt(k);
        if (mention is null)
        {
            return null;
        }

        var p = mention.First - 1;
        if (p > sentenceFirst && tokens[p].IsWord("the"))
        {
            p--;
        }

        if (p <= sentenceFirst || !(tokens[p].IsWord("of") || tokens[p].IsWord("at") || tokens[p].IsWord("from")))
        {
            return null;
        }

        var person = analysis.EndingAt(p - 1);
        return person is not null && person.Entity.Kind == FactKind.Person ? person.Entity : null;
    }

    /// <summary>"Lenovo Group Ltd (Lenovo) said": the token before a short parenthesized group ending at <paramref name="k"/>.</summary>
    private static int BeforeParentheses(TokenList tokens, int k, int sentenceFirst)
    {
        if (k <= sentenceFirst || !tokens[k].Is(')'))
        {
            return k;
        }

        for (var open = k - 1; open > sentenceFirst && open >= k - 8; open--)
        {
            if (tokens[open].Is('('))
            {
                return open - 1;
            }
        }

        return k;
    }

    /// <summary>"The chairman said": the person last named with that role, when a "the" opens the title.</summary>
    private static Entity? PersonByTitle(TokenList tokens, EntityAnalysis analysis, int k, int sentenceFirst)
    {
        for (var start = k; start >= sentenceFirst + 1 && start >= k - 3; start--)
        {
            if (analysis.Words.RoleLengthAt(tokens, start, k + 1) == k - start + 1 && tokens[start - 1].IsWord("the"))
            {
                return analysis.PeopleByRole.TryGetValue(RoleLexicon.Normalize(TextOf(tokens, start, k)), out var person) ? person : null;
            }
        }

        return null;
    }

    /// <summary>The tokens' text with single spaces where the source has space, as role names are written ("co-founder", "vice president").</summary>
    private static string TextOf(TokenList tokens, int first, int last)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first && tokens[i].SpaceBefore)
            {
                builder.Append(' ');
            }

            builder.Append(tokens[i].Text);
        }

        return builder.ToString();
    }

    /// <summary>The person opening the sentence: a resolved pronoun or a name among its first tokens.</summary>
    private static Entity? Subject(EntityAnalysis analysis, int sentenceFirst, int limit)
    {
        for (var i = sentenceFirst; i < limit && i <= sentenceFirst + 3; i++)
        {
            var entity = analysis.ResolvedAt(i) ?? analysis.StartingAt(i)?.Entity;
            if (entity is not null)
            {
                return entity.Kind == FactKind.Person ? entity : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Economists at Nomura and Goldman Sachs said": a name after a preposition or "and" is not the one speaking,
    /// unless ", and" opens a new clause ("..., and Nio said ...").
    /// </summary>
    private static bool IsSubject(TokenList tokens, EntityAnalysis analysis, int k)
    {
        var mention = analysis.EndingAt(k);
        if (mention is null || mention.First == 0)
        {
            return true;
        }

        var previous = tokens[mention.First - 1].Text;
        var opensClause = previous is "and" or "but" && mention.First >= 2 && tokens[mention.First - 2].Is(',');
        return opensClause || !(WordClasses.IsPreposition(tokens.Lexicon, previous) || previous is "and" or "or");
    }

    /// <summary>
    /// A relative pronoun, an article, a preposition or a participle: the first word of an aside after a subject ("which",
    /// "who", "the", "a", "in its latest outlook", "citing weak demand", "founded in 1990").
    /// </summary>
    private static bool OpensAside(TokenList tokens, int k)
        => tokens[k] is var token && (token.IsWord("which") || token.IsWord("who") || token.IsWord("the") || token.IsWord("a") || token.IsWord("an") || WordClasses.IsPreposition(tokens.Lexicon, token.Text)
            || (token.Kind == TokenKind.Word && !token.IsCapitalized && token.Text.Length > 4
                && (token.Text.EndsWith("ing", StringComparison.Ordinal) || token.Text.EndsWith("ed", StringComparison.Ordinal))));

    /// <summary>
    /// Whether the name or resolved description ending at <paramref name="k"/> opens its clause: at the sentence start or
    /// after a comma, with an optional "the" ("On Monday, the ministry, ...").
    /// </summary>
    private static bool OpensClause(TokenList tokens, EntityAnalysis analysis, int k, int sentenceFirst)
    {
        var first = analysis.EndingAt(k)?.First ?? k;
        if (first > sentenceFirst && tokens[first - 1].IsWord("the"))
        {
            first--;
        }

        return first == sentenceFirst || tokens[first - 1].Is(',');
    }

    private static Entity? At(EntityAnalysis analysis, int index)
    {
        var resolved = analysis.ResolvedAt(index);
        if (resolved is not null)
        {
            return resolved;
        }

        var mention = analysis.EndingAt(index);
        return mention is not null && mention.Entity.Kind is FactKind.Person or FactKind.Organization ? mention.Entity : null;
    }
}
