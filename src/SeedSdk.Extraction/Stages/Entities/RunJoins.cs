using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;
using static SeedSdk.Extraction.Stages.Entities.NameRunScanner;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>The joins of the <see cref="NameRunScanner"/>: whether a connector ("of the", "&amp;", "and", a comma) continues a run.</summary>
internal static class RunJoins
{
    /// <summary>Where the run continues after a connector at <paramref name="k"/> ("of the", "for", "&amp;", "and"), or -1.</summary>
    public static int JoinAfterConnector(TokenList tokens, DocumentWords words, int start, int j, int k, int end)
    {
        var connector = tokens[k];
        var allowed = connector.Text is "of" or "for" or "de" or "&"
            || (connector.Text == "on" && words.IsEventCue(tokens[j]))
            || (connector.Text == "and" && JoinsAnd(tokens, start, j, k + 1, end))
            || (connector.Is(',') && JoinsCommaBeforeShortName(tokens, start, j, k + 1, end));
        if (!allowed || WordClasses.IsNumericOrdinal(tokens[j]) || (connector.Text == "of" && IsCompleteBeforeOf(tokens, words, start, j)))
        {
            return -1;
        }

        var m = k + 1;
        if (m < end && tokens[m].Text == "the" && connector.Text is not "&" and not "and")
        {
            m++;
        }

        if (connector.Text == "of" && (OpensNumberedSession(tokens, m, end) || (m < end && WordClasses.IsPossessive(tokens[m]))))
        {
            // "Yogesh Surendranath of MIT's Department of Chemistry": a possessive opens a name of its own.
            return -1;
        }

        if (m + 1 < end && WordClasses.IsNumericOrdinal(tokens[m]))
        {
            m++;
        }

        return m < end && IsNameWord(tokens[m]) && !IsBreaker(tokens, words, m, end) ? m : -1;
    }

    /// <summary>
    /// "Lynn Reaser of Barnett Banks", "Dow Chemical Co of the United States": a person's name (a given name and one or two
    /// more words) or a company's name closed by its legal suffix takes no "of": what follows is a name of its own.
    /// </summary>
    private static bool IsCompleteBeforeOf(TokenList tokens, DocumentWords words, int start, int j)
    {
        if (AbbreviatedSuffixes.For(tokens.Lexicon).Contains(tokens[j].Text) && tokens[j].Text is not ("St" or "Jr" or "Sr") && j > start)
        {
            return true;
        }

        const NameTraits givenName = NameTraits.GivenName | NameTraits.ListedGivenName;
        const NameTraits otherMeanings = NameTraits.OrganizationCue | NameTraits.EventCue | NameTraits.Place | NameTraits.CommonCapital
            | NameTraits.KnownOrganization | NameTraits.CompanyType;
        if (j - start is < 1 or > 2 || (words.NameTraitsOf(tokens[start]) & givenName) == 0)
        {
            return false;
        }

        for (var i = start; i <= j; i++)
        {
            if (!IsNameWord(tokens[i]) || (words.NameTraitsOf(tokens[i]) & otherMeanings) != 0)
            {
                return false;
            }
        }

        return true;
    }

    // "the Representative Channel": a role word before an event's cue word is part of the event's name, not a title.
    public static bool NamesAnEvent(TokenList tokens, DocumentWords words, int next, int end)
        => next < end && tokens[next].IsCapitalized && words.IsEventCue(tokens[next]);

    /// <summary>
    /// "the Representative Channel of the Third Session of the 14th ...": a numbered session is an event of its
    /// own, so what stands before its "of" is not part of its name.
    /// </summary>
    private static bool OpensNumberedSession(TokenList tokens, int m, int end)
        => m + 1 < end && WordClasses.IsOrdinalWord(tokens.Lexicon, tokens[m].Text) && char.IsUpper(tokens[m].Text[0])
        && (tokens[m + 1].Text is "Session" or "Plenary" || (tokens[m + 1].Text == "Plenary" && m + 2 < end && tokens[m + 2].Text == "Session"));

    /// <summary>
    /// "Engineering and Physical Sciences Research Council (EPSRC)": the name from <paramref name="start"/> through its cue word at
    /// <paramref name="cue"/> (and any name words after it) is closed by a parenthesized short name made of its capitals' initials.
    /// </summary>
    private static bool IsSpelledOutByAcronym(TokenList tokens, int start, int cue, int end)
    {
        var last = cue;
        while (last + 1 < end && IsNameWord(tokens[last + 1]))
        {
            last++;
        }

        if (last + 3 >= end || !tokens[last + 1].Is('(') || !tokens[last + 3].Is(')') || !WordClasses.IsInCapitals(tokens[last + 2].Text))
        {
            return false;
        }

        var acronym = tokens[last + 2].Text;
        var letter = 0;
        for (var k = start; k <= last; k++)
        {
            var word = tokens[k].Text;
            if (tokens.KindAt(k) != TokenKind.Word || !char.IsUpper(word[0]))
            {
                continue;
            }

            if (letter >= acronym.Length || acronym[letter] != word[0])
            {
                return false;
            }

            letter++;
        }

        return letter == acronym.Length;
    }

    /// <summary>
    /// "Ministry of Economy, Trade and Industry (METI)": a comma stays inside an organization word's "of" name when a
    /// coordination of capitalized words ending in "and" follows and the short name in parentheses closes it.
    /// </summary>
    private static bool JoinsCommaBeforeShortName(TokenList tokens, int start, int j, int next, int end)
    {
        if (!HasOfAfterCue(tokens, start, j))
        {
            return false;
        }

        var sawAnd = false;
        for (var m = next; m < end && m < next + MaxRunTokens; m++)
        {
            var token = tokens[m];
            if (token.Is('('))
            {
                return sawAnd && !tokens[m - 1].Is(',') && !tokens[m - 1].IsWord("and");
            }

            sawAnd |= token.IsWord("and");
            if (!(IsNameWord(token) || token.Is(',') || token.IsWord("and")))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the capitalized words from <paramref name="next"/> end in an organization word ("Kyoto University").</summary>
    private static bool NameEndsInCue(TokenList tokens, int next, int end)
    {
        var m = next;
        while (m < end && m < next + 4 && IsNameWord(tokens[m]))
        {
            m++;
        }

        return m > next && Gazetteer.Of(tokens.Lexicon).OrganizationCues.Contains(tokens[m - 1].Text);
    }

    private static bool HasOfAfterCue(TokenList tokens, int start, int j)
    {
        for (var i = start + 1; i <= j; i++)
        {
            if (tokens[i].Text == "of")
            {
                return Gazetteer.Of(tokens.Lexicon).OrganizationCues.Contains(tokens[i - 1].Text);
            }
        }

        return false;
    }

    /// <summary>
    /// "Ministry of Industry and Information Technology", "National Development and Reform Commission", "Belt and
    /// Road Initiative": "and" stays inside a name after an "of" headed by an organization word, or when what follows
    /// ends in an organization word and what precedes is two or more words without one, or ends in an event word.
    /// </summary>
    private static bool JoinsAnd(TokenList tokens, int start, int j, int next, int end)
    {
        var cues = Gazetteer.Of(tokens.Lexicon).OrganizationCues;
        for (var i = start + 1; i <= j; i++)
        {
            if (tokens[i].Text == "of")
            {
                // "University of Tokyo and Kyoto University": a place after "of", then another name of its own.
                return cues.Contains(tokens[i - 1].Text) && !(i == j - 1 && Gazetteer.Of(tokens.Lexicon).Places.ContainsKey(tokens[j].Text) && NameEndsInCue(tokens, next, end));
            }
        }

        var words = j - start + 1;
        for (var i = start; i <= j; i++)
        {
            // "Mahindra & Mahindra and Hyundai Motor": a name joined by "&" is complete before "and".
            if (cues.Contains(tokens[i].Text) || tokens[i].Is('&'))
            {
                return false;
            }
        }

        if (ShortNames.IsCompanyTypeWord(tokens.Lexicon, tokens[j].Text) || WordClasses.IsInCapitals(tokens[start].Text))
        {
            // "Hillhouse Investment and Lenovo Capital", "SK Hynix and Micron Technology": a company's name is complete before "and".
            return false;
        }

        if (j > start && NameWordTraits.Has(tokens.Lexicon, tokens[j].Text, NameTraits.SurnameLast))
        {
            // "Glass Lewis and Institutional Shareholder Services": a name that ends in a family name is complete before "and".
            return false;
        }

        if (j > start && Gazetteer.Of(tokens.Lexicon).Places.ContainsKey(tokens[j].Text) && !Gazetteer.Of(tokens.Lexicon).Places.ContainsKey(tokens[start].Text))
        {
            // "Sequoia China and Hillhouse Capital": a brand and the country it serves make a complete name.
            return false;
        }

        var m = next;
        while (m < end && m < next + 4 && IsNameWord(tokens[m]))
        {
            if (cues.Contains(tokens[m].Text))
            {
                // "Kestrel Vento and Hillhouse Capital": a company's type word closes a name of its own after "and".
                return (words >= 2 && !ShortNames.IsCompanyTypeWord(tokens.Lexicon, tokens[m].Text)) || IsSpelledOutByAcronym(tokens, start, m, end);
            }

            if (Gazetteer.Of(tokens.Lexicon).EventCues.Contains(tokens[m].Text))
            {
                // "Belt and Road Initiative"; but not "Germany and France Forum"-like pairs of known names.
                return !Gazetteer.Of(tokens.Lexicon).Places.ContainsKey(tokens[start].Text) && !Gazetteer.Of(tokens.Lexicon).KnownOrganizations.Contains(tokens[start].Text);
            }

            m++;
        }

        return false;
    }
}
