using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;
using static SeedSdk.Extraction.Stages.Entities.NameTraits;
using static SeedSdk.Extraction.Stages.Entities.ClassificationByWords;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>Classification by context: what a run's neighbours say it names (a role, a reporting verb, a preposition, a possessive, a coordination), for <see cref="RunClassifier"/>.</summary>
internal static class ClassificationByContext
{
    /// <summary>
    /// "according to Northwind Traders", "Lucerne Publishing said": a speaker of two to four name words, one of them a common
    /// word (see <see cref="HasCommonNounWord"/>), naming nothing else, is a company.
    /// </summary>
    public static bool IsCompanySpeaker(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        if (words.Count is < 2 or > 4 || run.AfterHonorific || (run.First > 0 && lexicon.IsDeterminer(tokens[run.First - 1])) || !HasOnlyNameTokens(tokens, run)
            || !HasCommonNounWord(tokens.Lexicon, words) || AnyWordNamesSomethingElse(words) || IsQuoted(tokens, run))
        {
            return false;
        }

        var before = run.First - 1;
        if (before >= 0 && tokens.SentenceAt(before) == tokens.SentenceAt(run.First)
            && (lexicon.ReportingVerbLength(tokens, before) > 0 || (before > 0 && tokens[before].IsWord("to") && tokens[before - 1].IsWord("according"))))
        {
            return true;
        }

        var after = run.Last + 1;
        return !run.Possessive && after < tokens.Count && tokens.SentenceAt(after) == tokens.SentenceAt(run.Last) && lexicon.ReportingVerbLength(tokens, after) > 0
            && StartsClause(tokens, run.First);
    }

    /// <summary>"in Szeged, Hungary": a one- or two-word name after "in" and before a comma and a known country or province.</summary>
    public static bool IsPlaceBeforeItsCountry(TokenList tokens, NameRun run, RunWords words)
    {
        var comma = run.Last + 1;
        if (words.Count > 2 || run.Possessive || run.First == 0 || comma + 1 >= tokens.Count || !tokens[comma].Is(',')
            || !PlacePrepositions.For(tokens.Lexicon).Contains(tokens[run.First - 1].Text) || words.Is(0, SurnameFirst | GivenName))
        {
            return false;
        }

        var next = tokens[comma + 1];
        if (IsPlace(tokens.Lexicon, next.Text))
        {
            return true;
        }

        return comma + 2 < tokens.Count && IsPlace(tokens.Lexicon, next.Text + " " + tokens[comma + 2].Text);
    }

    private static readonly PerLexicon<HashSet<string>> ResultVerbs = new(lexicon => new(lexicon.List("result-verbs"), StringComparer.Ordinal));

    /// <summary>"Leicestershire beat Somerset", "Durham drew with Kent", "lost to Essex": a side in a match's result.</summary>
    public static bool IsSportsSide(TokenList tokens, NameRun run)
    {
        var next = run.Last + 1;
        var before = run.First - 1;
        var sentence = tokens.SentenceAt(run.First);
        if (!run.Possessive && next < tokens.Count && tokens.SentenceAt(next) == sentence && ResultVerbs.For(tokens.Lexicon).Contains(tokens[next].Text))
        {
            return true;
        }

        if (before < 0 || tokens.SentenceAt(before) != sentence)
        {
            return false;
        }

        var previous = tokens[before].Text;
        return (ResultVerbs.For(tokens.Lexicon).Contains(previous) && previous != "drew" && previous != "held")
            || (before > 0 && ((previous == "with" && tokens[before - 1].Text == "drew") || (previous == "to" && tokens[before - 1].Text == "lost")));
    }

    // Nouns for places that name one after "of": "the city of Arbil", "the port of Rijeka".
    private static readonly PerLexicon<HashSet<string>> PlaceNounsBeforeOf = new(lexicon => new(lexicon.List("place-nouns-before-of"), StringComparer.Ordinal));

    private const NameTraits NotPlaceWords = GivenName | SurnameFirst | OrganizationCue | EventCue | CommonCapital | Demonym | KnownOrganization
        | CompanyType | LegalSuffix | FacilityNoun | CompanyNameWord | SectorWord;

    /// <summary>
    /// "fighting in Tavildara", "a camp near Kabul", "the city of Arbil": a name of one or two words no table knows, right after
    /// "in", "near" or "outside" (not "at", which also takes employers) or after a place noun and "of".
    /// </summary>
    public static bool IsPlaceByPreposition(TokenList tokens, NameRun run, RunWords words)
    {
        if (words.Count > 2 || run.Possessive || run.AfterHonorific || run.First < 2 || !HasOnlyNameTokens(tokens, run))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (words.Is(i, NotPlaceWords) || IsAcronym(words[i]))
            {
                return false;
            }
        }

        var before = tokens[run.First - 1];
        return before.IsWord("in") || before.IsWord("near") || before.IsWord("outside")
            || (before.IsWord("of") && PlaceNounsBeforeOf.For(tokens.Lexicon).Contains(tokens[run.First - 2].Text));
    }

    /// <summary>"Clinton said", "Parnevik told reporters": a person's name of the tables alone, right before a reporting verb.</summary>
    public static bool IsFamilyNameBeforeReport(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        var next = run.Last + 1;
        return !run.Possessive && words.Is(0, ListedFamilyName | SurnameLast | ListedGivenName | GivenName) && !words.Is(0, Place | KnownOrganization | CommonCapital | Demonym)
            && next < tokens.Count && tokens.SentenceAt(next) == tokens.SentenceAt(run.Last) && lexicon.ReportingVerbLength(tokens, next) > 0;
    }

    /// <summary>
    /// "Mike Atherton", "Matt Lawton": a given name, then one word that is only a place's name (many family names are
    /// also towns'), the two not a place together.
    /// </summary>
    public static bool IsGivenNameAndTownName(Lexicon lexicon, RunWords words, NameRun run)
    {
        const NameTraits otherMeanings = Place | Demonym | CommonCapital | KnownOrganization | OrganizationCue | EventCue | CompanyType;
        var givenFirst = words.Is(0, GivenName | ListedGivenName) || (words.Is(0, ListedGivenNameWord) && !run.SentenceInitial);
        if (words.Count != 2 || run.Count != 2 || !givenFirst || words.Is(0, otherMeanings)
            || !words.Is(1, Place) || words.Is(1, otherMeanings & ~Place))
        {
            return false;
        }

        return !IsPlace(lexicon, words[0] + " " + words[1]);
    }

    // Longest company name read after "and" when looking for its cue word.
    private const int MaxCoordinatedNameWords = 5;

    /// <summary>
    /// Whether "and" or a comma joins the run to a name that ends in a company word, before it ("Acme Capital and Glass Lewis")
    /// or after it ("Glass Lewis and Acme Capital").
    /// </summary>
    public static bool IsCoordinatedWithCompanyName(DocumentWords lexicon, TokenList tokens, NameRun run)
    {
        var before = run.First - 1;
        if (before >= 1 && WordClasses.IsCommaOrAnd(tokens[before]) && tokens.SentenceAt(before - 1) == tokens.SentenceAt(run.First)
            && NameRunScanner.IsNameWord(tokens[before - 1]) && lexicon.IsOrganizationCue(tokens[before - 1]))
        {
            return true;
        }

        var after = run.Last + 1;
        if (run.Possessive || after + 1 >= tokens.Count || !WordClasses.IsCommaOrAnd(tokens[after]))
        {
            return false;
        }

        var last = -1;
        for (var k = after + 1; k < tokens.Count && k <= after + MaxCoordinatedNameWords && tokens.SentenceAt(k) == tokens.SentenceAt(run.Last) && NameRunScanner.IsNameWord(tokens[k]); k++)
        {
            last = k;
        }

        return last >= 0 && lexicon.IsOrganizationCue(tokens[last]);
    }

    /// <summary>Whether any of the run's name words is a nationality, a common capital, a place or a known organization.</summary>
    public static bool AnyWordNamesSomethingElse(RunWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words.Is(i, Demonym | CommonCapital | Place | KnownOrganization))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A role word right before ("chairman Wang Chuanfu"), ", role" or ", who" right after, or a reporting verb
    /// right before or after ("said Rene Haas", "Rene Haas said"), or "according to" before.
    /// </summary>
    public static bool HasPersonContext(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        // A speaker may be a company ("according to Northwind Traders", "Lucerne Publishing said"): speech is a person's evidence
        // only for a name not made of common words (asked only of a speaker).
        var before = run.First - 1;
        if (before >= 0 && tokens.SentenceAt(before) == tokens.SentenceAt(run.First)
            && (EndsRolePhrase(lexicon, tokens, before)
                || ((lexicon.ReportingVerbLength(tokens, before) > 0 || (before > 0 && tokens[before].IsWord("to") && tokens[before - 1].IsWord("according"))) && !HasCommonNounWord(tokens.Lexicon, words))))
        {
            return true;
        }

        var after = run.Last + 1;
        if (after >= tokens.Count || tokens.SentenceAt(after) != tokens.SentenceAt(run.Last) || run.Possessive)
        {
            return false;
        }

        // "Tesla's chief financial officer, Vaibhav Taneja, said": a name set off by commas right after a role.
        if (before >= 1 && tokens[before].Is(',') && tokens.SentenceAt(before - 1) == tokens.SentenceAt(run.First) && EndsRolePhrase(lexicon, tokens, before - 1)
            && (tokens[after].Is(',') || lexicon.ReportingVerbLength(tokens, after) > 0))
        {
            return true;
        }

        if (lexicon.ReportingVerbLength(tokens, after) > 0 && StartsClause(tokens, run.First) && !HasCommonNounWord(tokens.Lexicon, words))
        {
            return true;
        }

        if (!tokens[after].Is(','))
        {
            return false;
        }

        var k = after + 1;
        if (k < tokens.Count && tokens[k].IsWord("who"))
        {
            return true;
        }

        while (k < tokens.Count && k <= after + 3 && WordClasses.IsDeterminer(tokens.Lexicon, tokens[k].Text))
        {
            k++;
        }

        return k < tokens.Count && (lexicon.RoleLengthAt(tokens, k, tokens.Count) > 0 || IsOwnersRole(lexicon, tokens, k));
    }

    private const int MaxPossessorWords = 4;
    private const int MaxRoleModifiers = 2;

    // Roles that a company can hold as well as a person ("Harbor Freight, the region's largest investor").
    private static readonly PerLexicon<HashSet<string>> SharedRoles = new(lexicon => new(lexicon.List("shared-roles"), StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// "the EU's trade commissioner", "Nigeria's finance minister": a possessive name, up to two lower-case words and a role
    /// that only a person holds, starting at <paramref name="k"/>.
    /// </summary>
    private static bool IsOwnersRole(DocumentWords lexicon, TokenList tokens, int k)
    {
        var sentence = tokens.SentenceAt(k);
        var possessive = k;
        while (possessive < tokens.Count && possessive < k + MaxPossessorWords && tokens.SentenceAt(possessive) == sentence && IsNameWordToken(tokens[possessive])
            && !WordClasses.IsPossessive(tokens[possessive]))
        {
            possessive++;
        }

        if (possessive >= tokens.Count || tokens.SentenceAt(possessive) != sentence || !IsNameWordToken(tokens[possessive]) || !WordClasses.IsPossessive(tokens[possessive]))
        {
            return false;
        }

        for (var role = possessive + 1; role <= possessive + 1 + MaxRoleModifiers && role < tokens.Count && tokens.SentenceAt(role) == sentence; role++)
        {
            var length = lexicon.RoleLengthAt(tokens, role, tokens.Count);
            if (length > 0)
            {
                return !SharedRoles.For(tokens.Lexicon).Contains(tokens[role + length - 1].Text);
            }

            if (tokens.KindAt(role) != TokenKind.Word || tokens[role].IsCapitalized || WordClasses.IsFunctionWord(tokens.Lexicon, tokens[role].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the run opens a clause (sentence start, after a comma, quote or "that"), as a speaker's name does.</summary>
    private static bool StartsClause(TokenList tokens, int first)
    {
        if (first == 0 || tokens.SentenceAt(first - 1) != tokens.SentenceAt(first))
        {
            return true;
        }

        var previous = tokens[first - 1];
        return previous.Is(',') || WordClasses.IsQuote(previous) || previous.IsWord("that") || previous.Is(':');
    }

    /// <summary>"Chief Minister Siddaramaiah": a one-word name right after a capitalized role title.</summary>
    public static bool AfterCapitalizedTitle(DocumentWords lexicon, TokenList tokens, NameRun run)
        => run.First > 1 && tokens[run.First - 1].IsCapitalized && tokens.SentenceAt(run.First - 1) == tokens.SentenceAt(run.First)
            && EndsRolePhrase(lexicon, tokens, run.First - 1) && !run.Possessive && !IsQuoted(tokens, run);

    /// <summary>A run inside quotation marks ("Innovation Channel") is a title or a label, not a name.</summary>
    private static bool IsQuoted(TokenList tokens, NameRun run)
    {
        for (var i = run.First - 1; i >= 0 && i >= run.First - 4; i--)
        {
            if (WordClasses.IsQuote(tokens[i]))
            {
                return true;
            }
        }

        return run.Last + 1 < tokens.Count && WordClasses.IsQuote(tokens[run.Last + 1]);
    }

    public static bool EndsRolePhrase(DocumentWords lexicon, TokenList tokens, int index)
    {
        for (var start = index; start >= 0 && start >= index - 3; start--)
        {
            if (lexicon.RoleLengthAt(tokens, start, index + 1) == index - start + 1)
            {
                return true;
            }
        }

        return false;
    }
}
