using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;
using static SeedSdk.Extraction.Stages.Entities.NameTraits;
using static SeedSdk.Extraction.Stages.Entities.ClassificationByContext;
using static SeedSdk.Extraction.Stages.Entities.ClassificationByWords;
using static SeedSdk.Extraction.Stages.Entities.OrganizationsByContext;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// What a <see cref="NameRun"/> names, judged from its words, the gazetteers and its neighbours: the decision, which weighs
/// the evidence of <see cref="ClassificationByWords"/> (the run's own words), <see cref="ClassificationByContext"/> (its
/// neighbours) and <see cref="OrganizationsByContext"/> (what around it says it names a company).
/// </summary>
internal static class RunClassifier
{
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
            return IsPlace(context.Lexicon, form) ? FactKind.Location : FactKind.Organization;
        }

        if (IsCurrencyPrefix(tokens, run) || IsCurrencyName(tokens, run) || WordClasses.IsUnitOrModelCode(tokens, run.First, run.Last))
        {
            return null;
        }

        if (run.Count == 1 && !run.Possessive)
        {
            // The run's one token is its name word and its form: the document's per-word answers apply.
            var token = tokens[run.First];
            if (lexicon.IsCommonCapital(token) || lexicon.IsDemonym(token) || lexicon.IsOrganizationCue(token) || lexicon.IsEventCue(token)
                || IsPronounContraction(token.Text) || tokens.Lexicon.Months.IsMonthName(token.Text))
            {
                // "I'm", "Oct": a pronoun or a month is never a name of its own.
                return null;
            }
        }
        else if (words.Count == 1 && words.Is(0, CommonCapital | Demonym | OrganizationCue | EventCue))
        {
            return null;
        }

        if (run.CompoundAdjective && !IsPlace(context.Lexicon, form))
        {
            return null;
        }

        // What the tables say of the whole form: of the run's one word when the run is one token, else one lookup of the form.
        var formTraits = run.Count == 1 && !run.Possessive ? lexicon.NameTraitsOf(tokens[run.First]) : lexicon.NameTraitsOf(form);
        if ((formTraits & Place) != 0 && IsSportsSide(tokens, run) && !Gazetteer.Of(context.Lexicon).IsCountry(form))
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

        if (IsClubOfPlace(tokens.Lexicon, words))
        {
            // "Manchester United", "Blackburn Rovers": a place's name and a club's word.
            return FactKind.Organization;
        }

        if ((formTraits & Place) != 0 || IsPlaceWithSuffix(tokens.Lexicon, words, form) || IsNamedWithPlaceSuffix(words) || IsPlaceBeforeItsCountry(tokens, run, words))
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

        if (ActsAsOrganization(lexicon, tokens, run, words) || IsSubjectOfCompanyReport(lexicon, tokens, run, words) || JoinsByAmpersand(tokens, run))
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

    /// <summary>The run's text as written, without a final possessive "'s".</summary>
    public static string FormText(DocumentContext context, NameRun run)
    {
        // A one-token run's text is its token's (pooled) string: no copy needed.
        var text = run.First == run.Last ? context.TokenList[run.First].Text : context.TextOf(run.First, run.Last);
        if (run.InCapitals)
        {
            return CapitalsLine.Spelling(context.Lexicon, text);
        }

        return run.Possessive ? WordClasses.StripPossessive(text) : text;
    }

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

        if (IsGivenNameAndTownName(tokens.Lexicon, words, run))
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

        return (IsListedPersonName(run, words) && !IsCoordinatedWithCompanyName(lexicon, tokens, run)) || HasPersonContext(lexicon, tokens, run, words);
    }
}
