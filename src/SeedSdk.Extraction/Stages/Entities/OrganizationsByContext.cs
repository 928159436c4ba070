using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;
using static SeedSdk.Extraction.Stages.Entities.NameTraits;
using static SeedSdk.Extraction.Stages.Entities.ClassificationByContext;
using static SeedSdk.Extraction.Stages.Entities.ClassificationByWords;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// Classification by context, for organizations: what around a run says it names a company (a company's office or
/// possession before or after it, shares, a report in its name, a description after a comma), for <see cref="RunClassifier"/>.
/// </summary>
internal static class OrganizationsByContext
{
    // How many tokens after a comma an appositive describing the run is read.
    private const int AppositiveReach = 8;

    /// <summary>
    /// A name, not a person's by the tables, that its neighbours make a company: an appositive naming a company or ", which"
    /// after it ("Stellantis, which makes ..."), a noun for a company before it ("carrier Straits Air", two words or more),
    /// "shares of" before it or "shares fell" after it.
    /// </summary>
    public static bool ActsAsOrganization(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        var first = words[0];
        if (run.AfterHonorific || words.Is(0, GivenName) || !HasOnlyNameTokens(tokens, run) || words.LastIs(FacilityNoun)
            || (words.Count == 1 && (words.Is(0, SurnameFirst | SurnameLast) || WordClasses.IsSentenceStarter(tokens.Lexicon, first))))
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
            || BeforeRoleAndName(lexicon, tokens, run, words) || AfterCompanyOffice(lexicon, tokens, run, words);
    }

    // Words that, after a town's name, make it a sports club's ("Manchester United", "Blackburn Rovers", "Porto FC").
    private static readonly PerLexicon<HashSet<string>> ClubWords = new(lexicon => new(lexicon.List("club-words"), StringComparer.Ordinal));

    /// <summary>
    /// "Manchester United", "Bolton Wanderers", "New York Yankees": a known place's name, then a word that names a club or a
    /// capitalized plural (a team's players, a paper's "Times").
    /// </summary>
    public static bool IsClubOfPlace(Lexicon lexicon, RunWords words)
    {
        var last = words.Count >= 2 ? words[words.Count - 1] : string.Empty;
        if (!ClubWords.For(lexicon).Contains(last) && !(last.Length > 3 && last[last.Length - 1] == 's' && last[last.Length - 2] != 's' && char.IsLower(last[last.Length - 2])))
        {
            return false;
        }

        var place = words[0];
        for (var i = 1; i < words.Count - 1; i++)
        {
            place += " " + words[i];
        }

        return IsPlace(lexicon, place);
    }

    // "I'm", "I've", "I'd", "I'll": the pronoun and a verb, capitalized as "I" always is.
    public static bool IsPronounContraction(string word) => word.Length > 2 && word[0] == 'I' && CharClasses.IsApostrophe(word[1]);

    /// <summary>"Harbour &amp; Hart", "Marks &amp; Spencer": names joined by a spaced ampersand, that no table makes a place, are a firm's.</summary>
    public static bool JoinsByAmpersand(TokenList tokens, NameRun run)
    {
        for (var k = run.First + 1; k < run.Last; k++)
        {
            if (tokens[k].Is('&') && tokens[k].SpaceBefore && tokens[k + 1].SpaceBefore)
            {
                return true;
            }
        }

        return false;
    }

    // The last words of the offices that companies have and places do not ("chief executive of", "founder of", "partner at").
    private static readonly PerLexicon<HashSet<string>> CompanyOfficeEnds = new(lexicon => new(lexicon.List("company-office-ends"), StringComparer.OrdinalIgnoreCase));

    /// <summary>"chief executive of Vastra Shipyards", "a partner at Kestrel Advisory": a name of two or more words right after a company's office and "of" or "at".</summary>
    private static bool AfterCompanyOffice(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        var office = run.First - 2;
        return words.Count >= 2 && office >= 0 && !run.Possessive && tokens.SentenceAt(office) == tokens.SentenceAt(run.First)
            && (tokens[office + 1].IsWord("of") || tokens[office + 1].IsWord("at")) && CompanyOfficeEnds.For(tokens.Lexicon).Contains(tokens[office].Text)
            && EndsRolePhrase(lexicon, tokens, office) && !IsSurnameFirstName(words) && !words.LastIs(SurnameLast);
    }

    /// <summary>"Wells Fargo economist Sarah House": a name of two or more words, not a person's by the tables, right before a role and a name.</summary>
    private static bool BeforeRoleAndName(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
    {
        var role = run.Last + 1;
        // "Former Tesla chief executive": a title's first word is no part of the company's name.
        if (run.Possessive || words.Count < 2 || IsSurnameFirstName(words) || words.LastIs(SurnameLast)
            || role >= tokens.Count || tokens[role].IsCapitalized || BareNameEvidence.IsTitleAdjective(tokens.Lexicon, words[0]))
        {
            return false;
        }

        var length = lexicon.RoleLengthAt(tokens, role, tokens.Count);
        var name = role + length;
        return length > 0 && name < tokens.Count && tokens.SentenceAt(name) == tokens.SentenceAt(run.Last) && NameRunScanner.IsNameWord(tokens[name]);
    }

    // What a company has and a person seldom does: "Maersk's shares", "Nvidia's revenue", "Acme Power's plant".
    private static readonly PerLexicon<HashSet<string>> CompanyPossessions = new(lexicon => new(lexicon.List("company-possessions"), StringComparer.Ordinal));

    /// <summary>"Maersk's shares fell", "Nordwind Cells' revenue": a name, not a person's by the tables, owning what companies own.</summary>
    private static bool PossessiveBeforeCompanyNoun(TokenList tokens, NameRun run, RunWords words)
    {
        var next = run.Last + 1;
        if (!run.Possessive || next >= tokens.Count || tokens.SentenceAt(next) != tokens.SentenceAt(run.Last) || !CompanyPossessions.For(tokens.Lexicon).Contains(tokens[next].Text))
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
    public static bool IsSubjectOfCompanyReport(DocumentWords lexicon, TokenList tokens, NameRun run, RunWords words)
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
    private static readonly PerLexicon<HashSet<string>> PersonVerbs = new(lexicon => new(lexicon.List("person-verbs"), StringComparer.Ordinal));

    /// <summary>Whether one of the three words from <paramref name="next"/> is a verb of a person's career ("will retire", "has been appointed").</summary>
    private static bool HasPersonVerb(TokenList tokens, int next)
    {
        for (var k = next; k < tokens.Count && k < next + 3 && tokens.SentenceAt(k) == tokens.SentenceAt(next); k++)
        {
            if (PersonVerbs.For(tokens.Lexicon).Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly PerLexicon<HashSet<string>> StockNouns = new(lexicon => new(lexicon.List("stock-nouns"), StringComparer.OrdinalIgnoreCase));

    // What a company's shares do: "Maersk shares fell 16%".
    private static readonly PerLexicon<HashSet<string>> ShareMoves = new(lexicon => new(lexicon.List("share-moves"), StringComparer.Ordinal));

    /// <summary>"Shares of Fourth Coffee", "a stake in Acme": the name right after "shares of/in" or "stake in".</summary>
    private static bool AfterSharesOf(TokenList tokens, int first)
    {
        var p = first - 1;
        if (p < 1 || tokens.SentenceAt(p) != tokens.SentenceAt(first) || !(tokens[p].IsWord("of") || tokens[p].IsWord("in")))
        {
            return false;
        }

        var noun = tokens[p - 1];
        return StockNouns.For(tokens.Lexicon).Contains(noun.Text) || (noun.IsWord("stake") && tokens[p].IsWord("in"));
    }

    /// <summary>"Maersk shares fell", "Acme stock rose": "shares" or "stock" and a verb of price after the name.</summary>
    private static bool BeforeSharesMove(TokenList tokens, int next)
        => next + 1 < tokens.Count && tokens.SentenceAt(next + 1) == tokens.SentenceAt(next) && (tokens[next].IsWord("shares") || tokens[next].IsWord("stock"))
            && ShareMoves.For(tokens.Lexicon).Contains(tokens[next + 1].Text);

    /// <summary>"regional carrier Straits Air", "battery maker Nordvolt Cells": a name right after a lower-case noun for a company.</summary>
    private static bool AfterOrganizationNoun(DocumentWords lexicon, TokenList tokens, int first)
        => first > 0 && tokens.SentenceAt(first - 1) == tokens.SentenceAt(first) && !tokens[first - 1].IsCapitalized && lexicon.IsCompanyNoun(tokens[first - 1]);

    /// <summary>"in Szeged", "near Oslo": the run right after a preposition of place.</summary>
    private static bool AfterPlacePreposition(TokenList tokens, int first) => first > 0 && PlacePrepositions.For(tokens.Lexicon).Contains(tokens[first - 1].Text);

    /// <summary>
    /// "Brenner Metallwerke, a supplier of steel parts", "Polar Air, the Oslo-based carrier", "Fjord Atlantic, which flies":
    /// a name followed by an appositive whose head noun names a company, by ", which" (people take "who") or ", whose president".
    /// </summary>
    private static bool DescribedAsOrganization(TokenList tokens, int comma)
    {
        if (comma + 1 >= tokens.Count || !tokens[comma].Is(',') || tokens.SentenceAt(comma + 1) != tokens.SentenceAt(comma))
        {
            return false;
        }

        var next = tokens[comma + 1];
        if (next.IsWord("which") || (next.IsWord("whose") && comma + 2 < tokens.Count && CompanyOfficeEnds.For(tokens.Lexicon).Contains(tokens[comma + 2].Text)))
        {
            // ", whose president": a company's officer (people take "who").
            return true;
        }

        if (!(next.IsWord("a") || next.IsWord("an") || next.IsWord("the")))
        {
            return false;
        }

        for (var k = comma + 2; k < tokens.Count && k <= comma + 1 + AppositiveReach && tokens.SentenceAt(k) == next.Sentence; k++)
        {
            var word = tokens[k].Text;
            if (IsOrganizationNoun(tokens.Lexicon, word))
            {
                // "in Braga, the company said": the subject of a reporting clause, not an appositive.
                return k + 1 >= tokens.Count || !ReportingVerbs.IsReportingVerb(tokens, k + 1);
            }

            if (tokens.KindAt(k) == TokenKind.Symbol && !tokens[k].Is('-') || WordClasses.IsFunctionWord(tokens.Lexicon, word))
            {
                return false;
            }
        }

        return false;
    }
}
