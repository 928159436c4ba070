using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;
using static SeedSdk.Extraction.Stages.Entities.NameTraits;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>Classification by words: what a run's own words, cues and suffixes and the gazetteers say it names (evidence for <see cref="RunClassifier"/>).</summary>
internal static class ClassificationByWords
{
    public static readonly PerLexicon<HashSet<string>> PlacePrepositions = new(lexicon => new(lexicon.List("place-prepositions"), StringComparer.Ordinal));

    /// <summary>"US$17.9 billion", "HK$": letters glued to a currency sign belong to the amount.</summary>
    public static bool IsCurrencyPrefix(TokenList tokens, NameRun run)
    {
        if (run.Last + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[run.Last + 1];
        return !next.SpaceBefore && (next.Is('$') || next.Is('\u00A5') || next.Is('\u20AC'));
    }

    /// <summary>"US dollars", "Singapore dollar": a place that only names a currency.</summary>
    public static bool IsCurrencyName(TokenList tokens, NameRun run)
    {
        if (run.Possessive || run.Last + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[run.Last + 1];
        return next.IsWord("dollars") || next.IsWord("dollar");
    }

    /// <summary>Whether <paramref name="form"/> is a place of the gazetteer of <paramref name="lexicon"/>.</summary>
    public static bool IsPlace(Lexicon lexicon, string form) => NameWordTraits.Has(lexicon, form, Place);

    /// <summary>A token that is one of a run's name words: a capitalized word.</summary>
    public static bool IsNameWordToken(Token token) => token.Kind is TokenKind.Word or TokenKind.Mixed && char.IsUpper(token.Text[0]);

    public static FactKind? ByCue(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        if (words.Count < 2)
        {
            return null;
        }

        var connector = FirstConnector(tokens, run);
        if (connector > run.First)
        {
            var head = tokens[connector - 1];
            if (lexicon.IsEventCue(head))
            {
                return FactKind.Event;
            }

            if (lexicon.IsOrganizationCue(head))
            {
                return FactKind.Organization;
            }
        }

        if (words.LastIs(EventCue) && !words.LastIs(OrganizationCue))
        {
            return FactKind.Event;
        }

        if (words.LastIs(OrganizationCue))
        {
            return FactKind.Organization;
        }

        // "VinFast Auto", "Hanbit Semiconductor": a name ending in a company's trade.
        if (words.LastIs(CompanyType) && !words.Is(0, Place | CommonCapital | GivenName))
        {
            return FactKind.Organization;
        }

        // "Goethe University Frankfurt": an organization word followed by its city.
        if (words.Count >= 3 && words.Is(words.Count - 2, OrganizationCue) && words.LastIs(Place))
        {
            return FactKind.Organization;
        }

        // "BNP Paribas", "CITIC Securities": a short name in capitals that is not a place, then one or two names.
        if (words.Count <= 3 && IsAcronym(words[0]) && !IsAcronym(words.Last) && !words.Is(0, Place | CommonCapital) && !words.LastIs(Place))
        {
            return FactKind.Organization;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (words.Is(i, LegalSuffix))
            {
                return FactKind.Organization;
            }
        }

        return null;
    }

    public static bool IsAcronym(string word)
    {
        if (word.Length is < 2 or > 5)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of the first connector ("of", "for", "on", "de") in the run, or -1.</summary>
    public static int FirstConnector(TokenList tokens, NameRun run)
    {
        for (var i = run.First + 1; i < run.Last; i++)
        {
            if (tokens[i].Text is "of" or "for" or "on" or "de")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"Kumamoto Prefecture", "Orange County": one or two names before a suffix that only places take.</summary>
    public static bool IsNamedWithPlaceSuffix(RunWords words)
    {
        if (words.Count is < 2 or > 3 || !words.LastIs(ProperPlaceSuffix))
        {
            return false;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words.Is(i, OrganizationCue | CommonCapital))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsPlaceWithSuffix(Lexicon lexicon, RunWords words, string form)
        => words.Count >= 2 && words.LastIs(PlaceSuffix) && IsPlace(lexicon, form.Substring(0, form.LastIndexOf(' ') < 0 ? form.Length : form.LastIndexOf(' ')));

    /// <summary>
    /// "Phil Simmons", "Jesper Parnevik": two or three name words, the first a given name or the last a family name of the
    /// generated tables, none a company's word (the decision also asks that the name is not coordinated with a company's).
    /// </summary>
    public static bool IsListedPersonName(NameRun run, RunWords words)
    {
        var givenFirst = words.Is(0, ListedGivenName) || (words.Is(0, ListedGivenNameWord) && !run.SentenceInitial);
        if (words.Count > 3 || run.Count != words.Count || !(givenFirst || words.LastIs(ListedFamilyName)))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            // "Bo Park": a family name that also ends places' names closes a given name's run as a person's.
            var familyAfterGiven = givenFirst && i == words.Count - 1 && i > 0 && words.Is(i, SurnameFirst | SurnameLast | ListedFamilyName);
            const NameTraits placeEnds = FacilityNoun | PlaceSuffix | ProperPlaceSuffix;
            if (words.Is(i, OrganizationCue | EventCue | CompanyType | LegalSuffix | CompanyNameWord | SectorWord) || (words.Is(i, placeEnds) && !familyAfterGiven))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Wang Chuanfu", "Lee Jae-yong": a family name of the table, then one or two short given-name words.</summary>
    public static bool IsSurnameFirstName(RunWords words)
    {
        if (words.Count > 3 || !words.Is(0, SurnameFirst))
        {
            return false;
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Length > 9 || words.Is(i, OrganizationCue | EventCue))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Only capitalized words, hyphens, initials' periods and hyphenated syllables: no connectors.</summary>
    public static bool HasOnlyNameTokens(TokenList tokens, NameRun run)
    {
        for (var i = run.First; i <= run.Last; i++)
        {
            var t = tokens[i];
            if (t.Is('-') || t.Is('.'))
            {
                continue;
            }

            if (t.Kind != TokenKind.Word || (!char.IsUpper(t.Text[0]) && !(i > run.First && tokens[i - 1].Is('-')) && !PersonalNameParts.IsNameParticle(tokens.Lexicon, t.Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the name is made of common words rather than a personal name's: an ordinal first ("Fourth Coffee"), a plural
    /// noun last ("Wingtip Toys", "Northwind Traders"), an "-ing" word last ("Lucerne Publishing"), or a company's trade or a
    /// common word of company names anywhere; family names of the table are not.
    /// </summary>
    public static bool HasCommonNounWord(Lexicon lexicon, RunWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (words.Is(i, SurnameLast | GivenName))
            {
                continue;
            }

            var last = i == words.Count - 1;
            if ((i == 0 && char.IsUpper(word[0]) && WordClasses.IsOrdinalWord(lexicon, word)) || words.Is(i, CompanyNameWord | CompanyType)
                || (last && (HasPluralNounEnding(lexicon, word) || (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)))))
            {
                return true;
            }
        }

        return false;
    }

    // Endings of plural nouns that family names rarely have ("Traders", "Toys", "Works", "Industries"; not "Reyes" or "Marques").
    private static readonly PerLexicon<string[]> PluralNounEndings = new(lexicon => lexicon.Words("plural-noun-endings"));

    private static bool HasPluralNounEnding(Lexicon lexicon, string word)
    {
        if (word.Length == 0 || word[word.Length - 1] != 's')
        {
            // Every ending is a plural's "s".
            return false;
        }

        foreach (var ending in PluralNounEndings.For(lexicon))
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "Toys", "Traders", "Works"; not "Ross", "Marcus", "Lewis", "Santos" or "Vargas".
    private static bool LooksPlural(string word)
        => word.Length >= 4 && word[word.Length - 1] == 's' && word[word.Length - 2] is not ('s' or 'u' or 'i' or 'o' or 'a') && !WordClasses.IsInCapitals(word);

    /// <summary>A lower-case noun for a kind of company ("firm", "carmaker", "startup"): the lexicon's <c>organization-nouns</c>.</summary>
    public static bool IsOrganizationNoun(Lexicon lexicon, string word) => NameWordTraits.Has(lexicon, word, CompanyNoun);

    /// <summary>"TotalEnergies", "BYD", "JinkoSolar": a capital after the first letter, which common words at a sentence start ("Revenue") lack.</summary>
    public static bool HasInnerCapital(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that can name a market sector rather than a company (the lexicon's <c>sector-words</c>), or that looks plural.</summary>
    public static bool IsSectorWord(RunWords words, int index)
        => words.Is(index, SectorWord | CompanyType | CompanyNameWord | OrganizationCue) || LooksPlural(words[index]);
}
