using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;
using static SeedSdk.Extraction.Stages.Entities.NameRunScanner;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>The personal names of the <see cref="NameRunScanner"/>: particles ("von der"), initials ("J.P."), a person after an organization.</summary>
internal static class PersonalNameParts
{
    // Lower-case particles inside a personal name ("von", "van", "der").
    private static readonly PerLexicon<HashSet<string>> NameParticles = new(lexicon => new(lexicon.List("name-particles"), StringComparer.Ordinal));

    // "Luiz Inacio Lula da Silva": up to three names, the first a given name, before the particles.
    private const int MaxWordsBeforeParticle = 3;

    /// <summary>
    /// An organization's name ends at <paramref name="j"/> (a company-type word) and a family name of the table with one
    /// short given-name word, ending the capitalized words, follows at <paramref name="k"/>.
    /// </summary>
    public static bool IsPersonAfterOrganization(TokenList tokens, DocumentWords words, int start, int j, int k, int end)
    {
        if (!words.IsSurnameFirst(tokens[k]) || !(words.IsOrganizationCue(tokens[j]) || ShortNames.IsCompanyTypeWord(tokens.Lexicon, tokens[j].Text) || FollowsRoleOf(tokens, words, start)))
        {
            return false;
        }

        var given = k + 1;
        return given < end && IsNameWord(tokens[given]) && tokens[given].Text.Length <= 9 && !words.IsOrganizationCue(tokens[given])
            && (given + 1 >= end || !IsNameWord(tokens[given + 1]));
    }

    private const int MaxRoleWordsBeforeOf = 3;

    /// <summary>"chairwoman of Gree Electric Appliances ...", "chief executive at ...": the run starts after a role and "of" or "at".</summary>
    private static bool FollowsRoleOf(TokenList tokens, DocumentWords words, int start)
    {
        var of = start - 1;
        if (of < 1 || !(tokens[of].Text is "of" or "at"))
        {
            return false;
        }

        for (var m = Math.Max(0, of - MaxRoleWordsBeforeOf); m < of; m++)
        {
            if (words.RoleLengthAt(tokens, m, of) == of - m)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lower-case particle inside a personal name ("von", "van", "der").</summary>
    public static bool IsNameParticle(Lexicon lexicon, string word) => NameParticles.For(lexicon).Contains(word);

    /// <summary>The name word after one or two lower-case particles following a given name ("Ursula von der Leyen"), or -1.</summary>
    public static int NameAfterParticles(TokenList tokens, DocumentWords words, int start, int k, int end)
    {
        if (k - start > MaxWordsBeforeParticle || !words.IsGivenName(tokens[start]))
        {
            return -1;
        }

        var m = k;
        while (m < end && m < k + 2 && NameParticles.For(tokens.Lexicon).Contains(tokens[m].Text))
        {
            m++;
        }

        return m > k && m < end && IsNameWord(tokens[m]) && !IsBreaker(tokens, words, m, end) ? m : -1;
    }

    public static bool LooksLikePersonalName(TokenList tokens, DocumentWords words, int start, int j)
    {
        var count = j - start + 1;
        return count is >= 2 and <= 3 && (words.IsGivenName(tokens[start]) || words.IsSurnameFirst(tokens[start]))
            && !words.IsOrganizationCue(tokens[j]) && !words.IsEventCue(tokens[j]);
    }

    /// <summary>"J.P. Nadda", "U.S.": initials (a capital letter and a touching period), two or more, or one before a name word.</summary>
    public static bool StartsWithInitials(TokenList tokens, int i, int end)
    {
        var k = i;
        while (IsInitial(tokens, k, end))
        {
            k += 2;
        }

        return k > i + 2 || (k > i && k < end && IsNameWord(tokens[k]));
    }

    /// <summary>The name word after one or more initials starting at <paramref name="k"/>, or -1.</summary>
    public static int NameAfterInitials(TokenList tokens, DocumentWords words, int k, int end)
    {
        var m = k;
        while (IsInitial(tokens, m, end))
        {
            m += 2;
        }

        return m > k && m < end && IsNameWord(tokens[m]) && !IsBreaker(tokens, words, m, end) ? m : -1;
    }

    /// <summary>A capital letter with a touching period ("F." in "John F. Kennedy", "S." in "U.S.").</summary>
    public static bool IsInitial(TokenList tokens, int k, int end)
    {
        if (k + 1 >= end)
        {
            return false;
        }

        var letter = tokens[k];
        if (letter.Kind != TokenKind.Word || letter.Text.Length != 1 || !char.IsUpper(letter.Text[0]))
        {
            return false;
        }

        var period = tokens[k + 1];
        return period.Is('.') && !period.SpaceBefore;
    }
}
