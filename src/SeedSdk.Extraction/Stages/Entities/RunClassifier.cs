using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Statements;
using SeedSdk.Extraction.Text;
using static SeedSdk.Extraction.Stages.Entities.NameTraits;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>What a <see cref="NameRun"/> names, judged from its words, the gazetteers and its neighbours.</summary>
internal static class RunClassifier
{
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal) { "Inc", "Ltd", "Co", "Corp", "LLC", "PLC", "Plc", "GmbH", "AG" };

    private static readonly HashSet<string> PlaceSuffixes = new(StringComparer.Ordinal) { "Province", "City", "State", "County", "District", "Prefecture", "Region" };

    /// <summary>The legal suffixes that make a name a company's ("Inc", "GmbH").</summary>
    public static IEnumerable<string> LegalSuffixWords => LegalSuffixes;

    /// <summary>The suffixes that, after a known place, still name that place ("City", "Province").</summary>
    public static IEnumerable<string> PlaceSuffixWords => PlaceSuffixes;

    /// <summary>The suffixes that make any name before them a place ("Prefecture", "River").</summary>
    public static IEnumerable<string> ProperPlaceSuffixWords => ProperPlaceSuffixes;

    /// <summary>The last words of names of facilities ("Park", "Airport").</summary>
    public static IEnumerable<string> FacilityNounWords => FacilityNouns;

    /// <summary>The common words company names are made of ("Coffee", "Digital").</summary>
    public static IEnumerable<string> CompanyNameWordList => CompanyNameWords;

    /// <summary>The words that name a market sector ("Tech", "Property").</summary>
    public static IEnumerable<string> SectorWordList => SectorWords;

    // Suffixes that make any name before them a place ("Kumamoto Prefecture"); "City" or "State" may end other names.
    private static readonly HashSet<string> ProperPlaceSuffixes = new(StringComparer.Ordinal)
    {
        "Province", "Prefecture", "County", "Oblast", "Governorate", "Municipality",
        // Landforms and waters: "Tarim Corridor", "Sichuan Basin", "Pearl River Delta", "Malacca Strait".
        "Corridor", "Basin", "Delta", "Plateau", "Valley", "Peninsula", "Strait", "Desert", "River", "Gulf", "Sea", "Coast", "Bay", "Island", "Islands",
        "Mountains",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "at", "near", "from", "outside" };

    /// <summary>
    /// The kind of entity <paramref name="run"/> names, written <paramref name="form"/> (see <see cref="FormText"/>); null when it
    /// names nothing by itself (it may still be an alias). <paramref name="words"/> is a list to reuse for the run's name words.
    /// </summary>
    public static FactKind? Classify(DocumentContext context, DocumentWords lexicon, NameRun run, string form, RunWords words)
    {
        var tokens = context.TokenList;
        words.Fill(tokens, lexicon, run);
        if (words.Count == 0)
        {
            return null;
        }

        if (run.InCapitals)
        {
            // Found by a table's spelling (see CapitalsLine): a place or a known organization.
            return IsPlace(form) ? FactKind.Location : FactKind.Organization;
        }

        if (IsCurrencyPrefix(tokens, run) || IsCurrencyName(tokens, run) || WordClasses.IsUnitOrModelCode(tokens, run.First, run.Last))
        {
            return null;
        }

        if (run.Count == 1 && !run.Possessive)
        {
            // The run's one token is its name word and its form: the document's per-word answers apply.
            var token = tokens[run.First];
            if (lexicon.IsCommonCapital(token) || lexicon.IsDemonym(token) || lexicon.IsOrganizationCue(token) || lexicon.IsEventCue(token))
            {
                return null;
            }
        }
        else if (words.Count == 1 && words.Is(0, CommonCapital | Demonym | OrganizationCue | EventCue))
        {
            return null;
        }

        if (run.CompoundAdjective && !IsPlace(form))
        {
            return null;
        }

        // What the tables say of the whole form: of the run's one word when the run is one token, else one lookup of the form.
        var formTraits = run.Count == 1 && !run.Possessive ? lexicon.NameTraitsOf(tokens[run.First]) : NameWordTraits.Of(form);
        if ((formTraits & Place) != 0 && IsSportsSide(tokens, run) && !Gazetteer.Instance.IsCountry(form))
        {
            // "Leicestershire beat Somerset": a town or county that plays is its club.
            return FactKind.Organization;
        }

        if ((formTraits & (Place | KnownOrganization)) == Place)
        {
            // "West Bank", "Russian Federation": a place the tables know whole, though its last word may end organizations' names.
            return FactKind.Location;
        }

        var byCue = ByCue(lexicon, tokens, run, words);
        if (byCue is not null)
        {
            return byCue;
        }

        if ((formTraits & Place) != 0 || IsPlaceWithSuffix(words, form) || IsNamedWithPlaceSuffix(words) || IsPlaceBeforeItsCountry(tokens, run, words))
        {
            return FactKind.Location;
        }

        if ((formTraits & KnownOrganization) != 0)
        {
            return FactKind.Organization;
        }

        if (IsPlaceByPreposition(tokens, run, words))
        {
            return FactKind.Location;
        }

        if (ActsAsOrganization(lexicon, tokens, run, words) || IsSubjectOfCompanyReport(lexicon, tokens, run, words))
        {
            return FactKind.Organization;
        }

        if (words.Count == 1 && IsFamilyNameBeforeReport(lexicon, tokens, run, words))
        {
            return FactKind.Person;
        }

        if (run.SentenceInitial && words.Count == 1)
        {
            return null;
        }

        if (words.Count == 1 && AfterCapitalizedTitle(lexicon, tokens, run))
        {
            return FactKind.Person;
        }

        if (LooksLikePerson(lexicon, tokens, run, words))
        {
            return FactKind.Person;
        }

        return IsCompanySpeaker(lexicon, tokens, run, words) ? FactKind.Organization : null;
    }

    /// <summary>
    /// "according to Northwind Traders", "Lucerne Publishing said": a speaker of two to four name words, one of them a common
    /// word (see <see cref="HasCommonNounWord"/>), naming nothing else, is a company.
    /// </summary>
    private static bool IsCompanySpeaker(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        if (words.Count is < 2 or > 4 || run.AfterHonorific || (run.First > 0 && lexicon.IsDeterminer(tokens[run.First - 1])) || !HasOnlyNameTokens(tokens, run)
            || !HasCommonNounWord(words) || AnyWordNamesSomethingElse(words) || IsQuoted(tokens, run))
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

    /// <summary>The run's text as written, without a final possessive "'s".</summary>
    public static string FormText(DocumentContext context, NameRun run)
    {
        // A one-token run's text is its token's (pooled) string: no copy needed.
        var text = run.First == run.Last ? context.TokenList[run.First].Text : context.TextOf(run.First, run.Last);
        if (run.InCapitals)
        {
            return CapitalsLine.Spelling(text);
        }

        return run.Possessive ? WordClasses.StripPossessive(text) : text;
    }

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

    /// <summary>Whether <paramref name="form"/> is a place of the gazetteer.</summary>
    public static bool IsPlace(string form) => NameWordTraits.Has(form, Place);

    /// <summary>A token that is one of a run's name words: a capitalized word.</summary>
    public static bool IsNameWordToken(Token token) => token.Kind is TokenKind.Word or TokenKind.Mixed && char.IsUpper(token.Text[0]);

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

    private static FactKind? ByCue(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
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

    private static bool IsAcronym(string word)
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

    /// <summary>"Kumamoto Prefecture", "Orange County": one or two names before a suffix that only places take.</summary>
    private static bool IsNamedWithPlaceSuffix(RunWords words)
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

    /// <summary>"in Szeged, Hungary": a one- or two-word name after "in" and before a comma and a known country or province.</summary>
    private static bool IsPlaceBeforeItsCountry(TokenList tokens, NameRun run, RunWords words)
    {
        var comma = run.Last + 1;
        if (words.Count > 2 || run.Possessive || run.First == 0 || comma + 1 >= tokens.Count || !tokens[comma].Is(',')
            || !PlacePrepositions.Contains(tokens[run.First - 1].Text) || words.Is(0, SurnameFirst | GivenName))
        {
            return false;
        }

        var next = tokens[comma + 1];
        if (IsPlace(next.Text))
        {
            return true;
        }

        return comma + 2 < tokens.Count && IsPlace(next.Text + " " + tokens[comma + 2].Text);
    }

    private static readonly HashSet<string> ResultVerbs = new(StringComparer.Ordinal)
    {
        "beat", "beats", "defeated", "edged", "thrashed", "crushed", "routed", "drew", "v", "vs", "held",
    };

    /// <summary>"Leicestershire beat Somerset", "Durham drew with Kent", "lost to Essex": a side in a match's result.</summary>
    private static bool IsSportsSide(TokenList tokens, NameRun run)
    {
        var next = run.Last + 1;
        var before = run.First - 1;
        var sentence = tokens.SentenceAt(run.First);
        if (!run.Possessive && next < tokens.Count && tokens.SentenceAt(next) == sentence && ResultVerbs.Contains(tokens[next].Text))
        {
            return true;
        }

        if (before < 0 || tokens.SentenceAt(before) != sentence)
        {
            return false;
        }

        var previous = tokens[before].Text;
        return (ResultVerbs.Contains(previous) && previous != "drew" && previous != "held")
            || (before > 0 && ((previous == "with" && tokens[before - 1].Text == "drew") || (previous == "to" && tokens[before - 1].Text == "lost")));
    }

    // Nouns for places that name one after "of": "the city of Arbil", "the port of Rijeka".
    private static readonly HashSet<string> PlaceNounsBeforeOf = new(StringComparer.Ordinal)
    {
        "city", "town", "village", "port", "capital", "province", "region", "state", "island", "district", "suburb", "outskirts", "republic",
    };

    private const NameTraits NotPlaceWords = GivenName | SurnameFirst | OrganizationCue | EventCue | CommonCapital | Demonym | KnownOrganization
        | CompanyType | LegalSuffix | FacilityNoun | CompanyNameWord | SectorWord;

    /// <summary>
    /// "fighting in Tavildara", "a camp near Kabul", "the city of Arbil": a name of one or two words no table knows, right after
    /// "in", "near" or "outside" (not "at", which also takes employers) or after a place noun and "of".
    /// </summary>
    private static bool IsPlaceByPreposition(TokenList tokens, NameRun run, RunWords words)
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
            || (before.IsWord("of") && PlaceNounsBeforeOf.Contains(tokens[run.First - 2].Text));
    }

    private static bool IsPlaceWithSuffix(RunWords words, string form)
        => words.Count >= 2 && words.LastIs(PlaceSuffix) && IsPlace(form.Substring(0, form.LastIndexOf(' ') < 0 ? form.Length : form.LastIndexOf(' ')));

    private static bool LooksLikePerson(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        if (run.AfterHonorific)
        {
            return words.Count <= 4;
        }

        if (run.First > 0 && lexicon.IsDeterminer(tokens[run.First - 1]))
        {
            return false;
        }

        if (words.Count < 2 || words.Count > 4 || !HasOnlyNameTokens(tokens, run))
        {
            return false;
        }

        if (IsGivenNameAndTownName(words, run))
        {
            return true;
        }

        if (AnyWordNamesSomethingElse(words))
        {
            return false;
        }

        if (words.Is(0, GivenName))
        {
            return true;
        }

        if (words.LastIs(SurnameLast))
        {
            // "proxy advisers Institutional Shareholder Services and Glass Lewis": a family name alone does not make a
            // person of a name coordinated with a company's.
            return !IsCoordinatedWithCompanyName(lexicon, tokens, run);
        }

        if (IsSurnameFirstName(words))
        {
            return true;
        }

        return IsListedPersonName(lexicon, tokens, run, words) || HasPersonContext(lexicon, tokens, run, words);
    }

    /// <summary>
    /// "Phil Simmons", "Jesper Parnevik": two or three name words, the first a given name or the last a family name of the
    /// generated tables, none a company's word, the name not coordinated with a company's.
    /// </summary>
    private static bool IsListedPersonName(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        var givenFirst = words.Is(0, ListedGivenName) || (words.Is(0, ListedGivenNameWord) && !run.SentenceInitial);
        if (words.Count > 3 || run.Count != words.Count || !(givenFirst || words.LastIs(ListedFamilyName)))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (words.Is(i, OrganizationCue | EventCue | CompanyType | LegalSuffix | FacilityNoun | CompanyNameWord | SectorWord | PlaceSuffix | ProperPlaceSuffix))
            {
                return false;
            }
        }

        return !IsCoordinatedWithCompanyName(lexicon, tokens, run);
    }

    /// <summary>"Clinton said", "Parnevik told reporters": a person's name of the tables alone, right before a reporting verb.</summary>
    private static bool IsFamilyNameBeforeReport(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        var next = run.Last + 1;
        return !run.Possessive && words.Is(0, ListedFamilyName | SurnameLast | ListedGivenName | GivenName) && !words.Is(0, Place | KnownOrganization | CommonCapital | Demonym)
            && next < tokens.Count && tokens.SentenceAt(next) == tokens.SentenceAt(run.Last) && lexicon.ReportingVerbLength(tokens, next) > 0;
    }

    /// <summary>
    /// "Mike Atherton", "Matt Lawton": a given name, then one word that is only a place's name (many family names are
    /// also towns'), the two not a place together.
    /// </summary>
    private static bool IsGivenNameAndTownName(RunWords words, NameRun run)
    {
        const NameTraits otherMeanings = Place | Demonym | CommonCapital | KnownOrganization | OrganizationCue | EventCue | CompanyType;
        var givenFirst = words.Is(0, GivenName | ListedGivenName) || (words.Is(0, ListedGivenNameWord) && !run.SentenceInitial);
        if (words.Count != 2 || run.Count != 2 || !givenFirst || words.Is(0, otherMeanings)
            || !words.Is(1, Place) || words.Is(1, otherMeanings & ~Place))
        {
            return false;
        }

        return !IsPlace(words[0] + " " + words[1]);
    }

    // Longest company name read after "and" when looking for its cue word.
    private const int MaxCoordinatedNameWords = 5;

    /// <summary>
    /// Whether "and" or a comma joins the run to a name that ends in a company word, before it ("Acme Capital and Glass Lewis")
    /// or after it ("Glass Lewis and Acme Capital").
    /// </summary>
    private static bool IsCoordinatedWithCompanyName(DocumentWords lexicon, TokenList tokens, NameRun run)
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
    private static bool AnyWordNamesSomethingElse(RunWords words)
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
    private static bool HasOnlyNameTokens(TokenList tokens, NameRun run)
    {
        for (var i = run.First; i <= run.Last; i++)
        {
            var t = tokens[i];
            if (t.Is('-') || t.Is('.'))
            {
                continue;
            }

            if (t.Kind != TokenKind.Word || (!char.IsUpper(t.Text[0]) && !(i > run.First && tokens[i - 1].Is('-')) && !NameRunScanner.IsNameParticle(t.Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A role word right before ("chairman Wang Chuanfu"), ", role" or ", who" right after, or a reporting verb
    /// right before or after ("said Rene Haas", "Rene Haas said"), or "according to" before.
    /// </summary>
    private static bool HasPersonContext(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        // A speaker may be a company ("according to Northwind Traders", "Lucerne Publishing said"): speech is a person's evidence
        // only for a name not made of common words (asked only of a speaker).
        var before = run.First - 1;
        if (before >= 0 && tokens.SentenceAt(before) == tokens.SentenceAt(run.First)
            && (EndsRolePhrase(lexicon, tokens, before)
                || ((lexicon.ReportingVerbLength(tokens, before) > 0 || (before > 0 && tokens[before].IsWord("to") && tokens[before - 1].IsWord("according"))) && !HasCommonNounWord(words))))
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

        if (lexicon.ReportingVerbLength(tokens, after) > 0 && StartsClause(tokens, run.First) && !HasCommonNounWord(words))
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

        while (k < tokens.Count && k <= after + 3 && WordClasses.IsDeterminer(tokens[k].Text))
        {
            k++;
        }

        return k < tokens.Count && (lexicon.RoleLengthAt(tokens, k, tokens.Count) > 0 || IsOwnersRole(lexicon, tokens, k));
    }

    private const int MaxPossessorWords = 4;
    private const int MaxRoleModifiers = 2;

    // Roles that a company can hold as well as a person ("Harbor Freight, the region's largest investor").
    private static readonly HashSet<string> SharedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "partner", "investor", "leader", "owner", "member", "representative", "delegate", "principal", "consultant", "adviser", "advisor",
    };

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
                return !SharedRoles.Contains(tokens[role + length - 1].Text);
            }

            if (tokens.KindAt(role) != TokenKind.Word || tokens[role].IsCapitalized || WordClasses.IsFunctionWord(tokens[role].Text))
            {
                return false;
            }
        }

        return false;
    }

    // Capitalized common nouns and adjectives that company names are made of but personal names rarely are.
    private static readonly HashSet<string> CompanyNameWords = new(StringComparer.Ordinal)
    {
        "House", "Coffee", "Vineyard", "Design", "Research", "Travel", "Light", "Financial", "Digital", "Blue", "Green", "Red", "Black", "White",
        "Golden", "Silver", "Alpine", "World", "Wide", "Trust", "Fund", "Brands", "Foods", "Health", "Care", "Home", "Air", "Sky", "Star", "Sun",
        "Data", "Cloud", "Tech", "Net", "Web", "Oil", "Gas", "Water", "Rail", "Express", "Direct", "United", "Pacific", "Atlantic", "Western",
        "Eastern", "Northern", "Southern", "Central", "General", "National", "Royal", "Standard", "Premier", "Prime", "Smart", "Bright",
    };

    /// <summary>
    /// Whether the name is made of common words rather than a personal name's: an ordinal first ("Fourth Coffee"), a plural
    /// noun last ("Wingtip Toys", "Northwind Traders"), an "-ing" word last ("Lucerne Publishing"), or a company's trade or a
    /// common word of company names anywhere; family names of the table are not.
    /// </summary>
    private static bool HasCommonNounWord(RunWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (words.Is(i, SurnameLast | GivenName))
            {
                continue;
            }

            var last = i == words.Count - 1;
            if ((i == 0 && char.IsUpper(word[0]) && WordClasses.IsOrdinalWord(word)) || words.Is(i, CompanyNameWord | CompanyType)
                || (last && (HasPluralNounEnding(word) || (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)))))
            {
                return true;
            }
        }

        return false;
    }

    // Endings of plural nouns that family names rarely have ("Traders", "Toys", "Works", "Industries"; not "Reyes" or "Marques").
    private static readonly string[] PluralNounEndings = { "ers", "ors", "ies", "ions", "ucts", "ices", "orks", "oys", "ings", "ments", "ems", "abs", "ands", "oods", "ores", "ills" };

    private static bool HasPluralNounEnding(string word)
    {
        if (word.Length == 0 || word[word.Length - 1] != 's')
        {
            // Every ending is a plural's "s".
            return false;
        }

        foreach (var ending in PluralNounEndings)
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

    /// <summary>A lower-case noun for a kind of company ("firm", "carmaker", "startup").</summary>
    public static bool IsOrganizationNoun(string word) => OrganizationNouns.Contains(word);

    private static readonly HashSet<string> OrganizationNouns = new(StringComparer.Ordinal)
    {
        "company", "firm", "supplier", "maker", "manufacturer", "producer", "developer", "operator", "provider", "startup", "start-up",
        "carmaker", "automaker", "chipmaker", "lender", "bank", "insurer", "airline", "carrier", "retailer", "conglomerate", "subsidiary",
        "fund", "brokerage", "utility", "miner", "exporter", "importer", "distributor", "giant", "consultancy", "agency", "regulator",
    };

    private const int AppositiveReach = 8;

    // Last words of names of places built or run, not of organizations: "Kai Tak Sports Park, which opened in March".
    private static readonly HashSet<string> FacilityNouns = new(StringComparer.Ordinal)
    {
        "Park", "Stadium", "Arena", "Centre", "Center", "Airport", "Hall", "Bridge", "Tower", "Museum", "Station", "Terminal", "Plant",
        "Factory", "Mall", "Square", "Road", "Street", "Avenue", "Zone", "Port", "Harbour", "Harbor", "Canal", "Dam", "Line", "Railway", "Campus",
    };

    /// <summary>
    /// A name, not a person's by the tables, that its neighbours make a company: an appositive naming a company or ", which"
    /// after it ("Stellantis, which makes ..."), a noun for a company before it ("carrier Straits Air", two words or more),
    /// "shares of" before it or "shares fell" after it.
    /// </summary>
    private static bool ActsAsOrganization(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        var first = words[0];
        if (run.AfterHonorific || words.Is(0, GivenName) || !HasOnlyNameTokens(tokens, run) || words.LastIs(FacilityNoun)
            || (words.Count == 1 && (words.Is(0, SurnameFirst | SurnameLast) || WordClasses.IsSentenceStarter(first))))
        {
            return false;
        }

        // "the plant in Szeged, which opened in 2020": a place's description, not a company's.
        if (!run.Possessive && ((DescribedAsOrganization(tokens, run.Last + 1) && !AfterPlacePreposition(tokens, run.First))
            || (words.Count >= 2 && AfterOrganizationNoun(lexicon, tokens, run.First))))
        {
            return true;
        }

        // A single word in capitals may be a short name of a company named otherwise ("Norbrook ... NB shares fell"): left to linking.
        var mayAbbreviate = words.Count == 1 && WordClasses.IsInCapitals(first);
        // "Tech shares rose": a sentence's first word before "shares" may name a sector.
        var maySector = words.Count == 1 && run.SentenceInitial && IsSectorWord(words, 0);
        return (!mayAbbreviate && (AfterSharesOf(tokens, run.First) || (!maySector && BeforeSharesMove(tokens, run.Last + 1))))
            || PossessiveBeforeRole(lexicon, tokens, run, words) || PossessiveBeforeCompanyNoun(tokens, run, words)
            || BeforeRoleAndName(lexicon, tokens, run, words);
    }

    /// <summary>"Wells Fargo economist Sarah House": a name of two or more words, not a person's by the tables, right before a role and a name.</summary>
    private static bool BeforeRoleAndName(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        var role = run.Last + 1;
        // "Former Tesla chief executive": a title's first word is no part of the company's name.
        if (run.Possessive || words.Count < 2 || IsSurnameFirstName(words) || words.LastIs(SurnameLast)
            || role >= tokens.Count || tokens[role].IsCapitalized || BareNameEvidence.IsTitleAdjective(words[0]))
        {
            return false;
        }

        var length = lexicon.RoleLengthAt(tokens, role, tokens.Count);
        var name = role + length;
        return length > 0 && name < tokens.Count && tokens.SentenceAt(name) == tokens.SentenceAt(run.Last) && NameRunScanner.IsNameWord(tokens[name]);
    }

    // What a company has and a person seldom does: "Maersk's shares", "Nvidia's revenue", "Acme Power's plant".
    private static readonly HashSet<string> CompanyPossessions = new(StringComparer.Ordinal)
    {
        "shares", "stock", "profit", "profits", "revenue", "revenues", "sales", "earnings", "subsidiary", "subsidiaries", "shareholders",
        "bonds", "deliveries", "output", "plant", "plants", "factory", "factories", "stores", "workforce", "headquarters", "market",
    };

    /// <summary>"Maersk's shares fell", "Nordwind Cells' revenue": a name, not a person's by the tables, owning what companies own.</summary>
    private static bool PossessiveBeforeCompanyNoun(TokenList tokens, NameRun run, RunWords words)
    {
        var next = run.Last + 1;
        if (!run.Possessive || next >= tokens.Count || tokens.SentenceAt(next) != tokens.SentenceAt(run.Last) || !CompanyPossessions.Contains(tokens[next].Text))
        {
            return false;
        }

        return !IsSurnameFirstName(words) && !words.LastIs(SurnameLast | SurnameFirst | GivenName)
            && !(words.Count == 1 && IsSectorWord(words, words.Count - 1));
    }

    /// <summary>"Fourth Coffee's chief executive": a name of two or more words, not a person's by the tables, owning a role.</summary>
    private static bool PossessiveBeforeRole(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
        => run.Possessive && words.Count >= 2 && !words.LastIs(SurnameLast) && !IsSurnameFirstName(words)
            && lexicon.RoleLengthAt(tokens, run.Last + 1, tokens.Count) > 0 && tokens.SentenceAt(run.Last + 1) == tokens.SentenceAt(run.Last);

    /// <summary>
    /// "Aker Vindkraft will spend $1 billion on turbines, the company said": the name that opens a sentence (or follows a
    /// dateline's dash), right before a lower-case word, when the sentence ends in ", the company said"; a single word needs
    /// a capital inside ("TotalEnergies"), as a sentence's first word is often a common noun ("Revenue rose 5%, the company said").
    /// </summary>
    private static bool IsSubjectOfCompanyReport(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        var first = run.First;
        var next = run.Last + 1;
        if (run.Possessive || run.AfterHonorific || next >= tokens.Count)
        {
            return false;
        }

        var sentence = tokens.SentenceAt(first);
        var previous = first == 0 ? default : tokens[first - 1];
        var opensSentence = first == 0 || previous.Sentence != sentence
            || (previous.Kind == TokenKind.Symbol && CharClasses.IsDash(previous.Text[0]) && previous.SpaceBefore);
        var following = tokens[next];
        if (!opensSentence || following.Sentence != sentence
            || following.Kind != TokenKind.Word || !char.IsLower(following.Text[0]) || words.Is(0, GivenName)
            || words.LastIs(SurnameLast) || IsSurnameFirstName(words)
            || (words.Count == 1 && !HasInnerCapital(words[0])) || HasPersonVerb(tokens, next))
        {
            return false;
        }

        for (var k = next + 1; k + 3 < tokens.Count && tokens.SentenceAt(k + 3) == sentence; k++)
        {
            if (tokens[k].Is(',') && tokens[k + 1].IsWord("the") && lexicon.IsOrganizationNoun(tokens[k + 2]) && !tokens[k + 2].IsCapitalized
                && lexicon.ReportingVerbLength(tokens, k + 3) > 0)
            {
                return true;
            }
        }

        return false;
    }

    // What people do in company news: "X will retire, the company said".
    private static readonly HashSet<string> PersonVerbs = new(StringComparer.Ordinal)
    {
        "retire", "retires", "retired", "resign", "resigns", "resigned", "step", "steps", "stepped", "join", "joins", "joined", "succeed",
        "succeeds", "succeeded", "appointed", "named", "become", "becomes", "became", "promoted", "died", "leave", "leaves", "left", "replace",
        "replaces", "replaced", "hired", "elected",
    };

    /// <summary>Whether one of the three words from <paramref name="next"/> is a verb of a person's career ("will retire", "has been appointed").</summary>
    private static bool HasPersonVerb(TokenList tokens, int next)
    {
        for (var k = next; k < tokens.Count && k < next + 3 && tokens.SentenceAt(k) == tokens.SentenceAt(next); k++)
        {
            if (PersonVerbs.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"TotalEnergies", "BYD", "JinkoSolar": a capital after the first letter, which common words at a sentence start ("Revenue") lack.</summary>
    private static bool HasInnerCapital(string word)
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

    // Sectors whose shares move together: "Tech shares rose", "Property stocks fell".
    private static readonly HashSet<string> SectorWords = new(StringComparer.Ordinal)
    {
        "Tech", "Bank", "Banking", "Property", "Retail", "Chip", "Healthcare", "Consumer", "Defence", "Defense", "Luxury", "Industrial",
        "Utility", "Airline", "Oil", "Gold", "Copper", "Lithium", "Real", "Bond", "Stock", "Growth", "Value", "Export", "Shipping", "Food",
    };

    /// <summary>A word that can name a market sector rather than a company (see <see cref="SectorWords"/>), or that looks plural.</summary>
    private static bool IsSectorWord(RunWords words, int index)
        => words.Is(index, SectorWord | CompanyType | CompanyNameWord | OrganizationCue) || LooksPlural(words[index]);

    private static readonly HashSet<string> StockNouns = new(StringComparer.OrdinalIgnoreCase) { "shares", "stock", "stocks", "bonds" };

    // What a company's shares do: "Maersk shares fell 16%".
    private static readonly HashSet<string> ShareMoves = new(StringComparer.Ordinal)
    {
        "fell", "rose", "jumped", "slid", "dropped", "climbed", "gained", "tumbled", "surged", "plunged", "sank", "soared", "slumped", "rallied",
        "closed", "ended", "traded", "edged", "declined", "advanced", "dipped", "lost", "added", "were", "have", "are",
    };

    /// <summary>"Shares of Fourth Coffee", "a stake in Acme": the name right after "shares of/in" or "stake in".</summary>
    private static bool AfterSharesOf(TokenList tokens, int first)
    {
        var p = first - 1;
        if (p < 1 || tokens.SentenceAt(p) != tokens.SentenceAt(first) || !(tokens[p].IsWord("of") || tokens[p].IsWord("in")))
        {
            return false;
        }

        var noun = tokens[p - 1];
        return StockNouns.Contains(noun.Text) || (noun.IsWord("stake") && tokens[p].IsWord("in"));
    }

    /// <summary>"Maersk shares fell", "Acme stock rose": "shares" or "stock" and a verb of price after the name.</summary>
    private static bool BeforeSharesMove(TokenList tokens, int next)
        => next + 1 < tokens.Count && tokens.SentenceAt(next + 1) == tokens.SentenceAt(next) && (tokens[next].IsWord("shares") || tokens[next].IsWord("stock"))
            && ShareMoves.Contains(tokens[next + 1].Text);

    /// <summary>"regional carrier Straits Air", "battery maker Nordvolt Cells": a name right after a lower-case noun for a company.</summary>
    private static bool AfterOrganizationNoun(DocumentWords lexicon, TokenList tokens, int first)
        => first > 0 && tokens.SentenceAt(first - 1) == tokens.SentenceAt(first) && !tokens[first - 1].IsCapitalized && lexicon.IsCompanyNoun(tokens[first - 1]);

    /// <summary>"in Szeged", "near Oslo": the run right after a preposition of place.</summary>
    private static bool AfterPlacePreposition(TokenList tokens, int first) => first > 0 && PlacePrepositions.Contains(tokens[first - 1].Text);

    /// <summary>The words of <see cref="IsOrganizationNoun"/>.</summary>
    public static IEnumerable<string> OrganizationNounWords => OrganizationNouns;

    /// <summary>
    /// "Brenner Metallwerke, a supplier of steel parts", "Polar Air, the Oslo-based carrier", "Fjord Atlantic, which flies":
    /// a name followed by an appositive whose head noun names a company, or by ", which" (people take "who").
    /// </summary>
    private static bool DescribedAsOrganization(TokenList tokens, int comma)
    {
        if (comma + 1 >= tokens.Count || !tokens[comma].Is(',') || tokens.SentenceAt(comma + 1) != tokens.SentenceAt(comma))
        {
            return false;
        }

        var next = tokens[comma + 1];
        if (next.IsWord("which"))
        {
            return true;
        }

        if (!(next.IsWord("a") || next.IsWord("an") || next.IsWord("the")))
        {
            return false;
        }

        for (var k = comma + 2; k < tokens.Count && k <= comma + 1 + AppositiveReach && tokens.SentenceAt(k) == next.Sentence; k++)
        {
            var word = tokens[k].Text;
            if (OrganizationNouns.Contains(word))
            {
                // "in Braga, the company said": the subject of a reporting clause, not an appositive.
                return k + 1 >= tokens.Count || !ReportingVerbs.IsReportingVerb(tokens, k + 1);
            }

            if (tokens.KindAt(k) == TokenKind.Symbol && !tokens[k].Is('-') || WordClasses.IsFunctionWord(word))
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
    private static bool AfterCapitalizedTitle(DocumentWords lexicon, TokenList tokens, NameRun run)
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

    private static bool EndsRolePhrase(DocumentWords lexicon, TokenList tokens, int index)
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
