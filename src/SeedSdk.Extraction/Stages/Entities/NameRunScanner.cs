using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;
using static SeedSdk.Extraction.Stages.Entities.PersonalNameParts;
using static SeedSdk.Extraction.Stages.Entities.RunJoins;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// Finds <see cref="NameRun"/>s in one linear pass: capitalized words joined by "of", "for", "the",
/// "&amp;", ordinals, hyphens and initials, split at titles and role words, within one sentence.
/// Headings (short lines without closing punctuation) are skipped. This class is the scan and the run's extension;
/// <see cref="RunJoins"/> decides what joins two capitalized pieces, <see cref="PersonalNameParts"/> reads personal names
/// (particles, initials).
/// </summary>
internal static class NameRunScanner
{
    private static readonly PerLexicon<HashSet<string>> CommonPossessives = new(lexicon => new(lexicon.List("common-possessives"), StringComparer.OrdinalIgnoreCase));

    // Longer runs are not names; the bound also keeps the scan linear on pathological input.
    public const int MaxRunTokens = 16;

    private static readonly PerLexicon<HashSet<string>> CompoundSuffixes = new(lexicon => new(lexicon.List("compound-suffixes"), StringComparer.Ordinal));

    public static readonly PerLexicon<HashSet<string>> AbbreviatedSuffixes = new(lexicon => new(lexicon.List("abbreviated-name-suffixes"), StringComparer.Ordinal));

    /// <summary>All runs of the document in order.</summary>
    public static List<NameRun> Scan(DocumentContext context, DocumentWords words)
    {
        // Business prose has a name run every ten tokens or so: room for that many at once spares copying a growing list.
        var runs = new List<NameRun>(context.TokenList.Count / 8 + 16);
        for (var sentence = 0; sentence < context.SentenceTokens.Count; sentence++)
        {
            var (first, count) = context.SentenceTokens[sentence];
            var end = first + count;
            if (CapitalsLine.IsCapitalsLine(context.TokenList, first, end))
            {
                CapitalsLine.Scan(context.TokenList, first, end, runs);
                continue;
            }

            if (IsHeading(context, first, end))
            {
                continue;
            }

            ScanSentence(context.TokenList, words, first, end, Datelines.DatelineEnd(context, sentence), runs);
        }

        return runs;
    }

    /// <summary>A capitalized word that can be part of a name.</summary>
    public static bool IsNameWord(Token token)
        => token.Kind is TokenKind.Word or TokenKind.Mixed && token.Text.Length > 1 && char.IsUpper(token.Text[0]);

    /// <summary>A title or role word that ends a run ("Mr", "Chairman", "CEO").</summary>
    // A given name of the tables at k, with a name word right after it.
    private static bool IsGivenNameBeforeName(TokenList tokens, DocumentWords words, int k)
        => IsNameWord(tokens[k]) && IsNameWord(tokens[k + 1]) && (words.NameTraitsOf(tokens[k]) & (NameTraits.GivenName | NameTraits.ListedGivenName)) != 0;

    public static bool IsBreaker(TokenList tokens, DocumentWords words, int index, int end)
        => words.IsHonorific(tokens[index]) || words.RoleLengthAt(tokens, index, end) > 0;

    /// <summary>Scans one sentence; <paramref name="datelineEnd"/> is the dash that ends its dateline, or -1: the story starts after it.</summary>
    private static void ScanSentence(TokenList tokens, DocumentWords words, int first, int end, int datelineEnd, List<NameRun> runs)
    {
        var initial = true;
        var afterHonorific = false;
        var i = first;
        while (i < end)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && char.IsLower(token.Text[0])))
            {
                // Most tokens: a number or a lower-case word is no quote, title, role or name, and only ends what came before.
                initial = false;
                afterHonorific = false;
                i++;
                continue;
            }

            if (WordClasses.IsOpeningQuote(token) || token.Is('(') || token.Is('[') || token.Is(':'))
            {
                initial = initial || !token.Is('(');
                i++;
                continue;
            }

            if (token.Kind == TokenKind.Symbol)
            {
                // Any other mark ends what came before too; the dash after a dateline starts the story.
                initial = i == datelineEnd;
                afterHonorific = false;
                i++;
                continue;
            }

            if (token.IsCapitalized && words.IsHonorific(token))
            {
                i += i + 1 < end && tokens[i + 1].Is('.') && !tokens[i + 1].SpaceBefore ? 2 : 1;
                afterHonorific = true;
                initial = false;
                continue;
            }

            if (i + 2 < end && words.IsDemonym(token) && IsGivenNameBeforeName(tokens, words, i + 1))
            {
                // "beating American Oliver McCall": a nationality before a person's name describes the person.
                i++;
                initial = false;
                continue;
            }

            var roleLength = token.IsCapitalized ? words.RoleLengthAt(tokens, i, end) : 0;
            if (roleLength > 0 && !NamesAnEvent(tokens, words, i + roleLength, end))
            {
                i += roleLength;
                initial = false;
                afterHonorific = false;
                continue;
            }

            var initials = StartsWithInitials(tokens, i, end);
            var startsRun = IsNameWord(token) || (WordClasses.IsNumericOrdinal(token) && i + 1 < end && IsNameWord(tokens[i + 1])) || initials;
            // "A.P. Moller-Maersk said": a sentence's first "A" with a touching period is an initial, not the article.
            if (!startsRun || (initial && (words.IsSentenceStarter(token) || IsPluralNounBeforeName(tokens, i, end)) && !initials))
            {
                initial = false;
                afterHonorific = false;
                i++;
                continue;
            }

            var run = Extend(tokens, words, i, end, afterHonorific, initial);
            runs.Add(run);
            i = run.Last + 1;
            if (run.CompoundAdjective)
            {
                i += 2;
            }

            initial = false;
            afterHonorific = false;
        }
    }

    // Plural nouns for kinds of companies and people that open a sentence before a name ("Rivals Tata Motors and ...").
    private static readonly PerLexicon<HashSet<string>> PluralNounsBeforeNames = new(lexicon => new(lexicon.List("plural-nouns-before-names"), StringComparer.Ordinal));

    private static bool IsPluralNounBeforeName(TokenList tokens, int i, int end)
        => i + 1 < end && PluralNounsBeforeNames.For(tokens.Lexicon).Contains(tokens[i].Text) && IsNameWord(tokens[i + 1]);

    private static NameRun Extend(TokenList tokens, DocumentWords words, int start, int end, bool afterHonorific, bool initial)
    {
        var j = start;
        while (true)
        {
            if (IsPossessiveEnd(tokens.Lexicon, tokens[j]))
            {
                return new NameRun(start, j) { SentenceInitial = initial, AfterHonorific = afterHonorific, Possessive = true };
            }

            var k = j + 1;
            if (k >= end || k - start >= MaxRunTokens)
            {
                break;
            }

            var next = tokens[k];
            if (IsNameWord(next) && !IsBreaker(tokens, words, k, end))
            {
                if (j > start && IsPersonAfterOrganization(tokens, words, start, j, k, end))
                {
                    // "chairman of Changan Automobile Zhu Huarong": the person's name is a run of its own.
                    break;
                }

                j = k;
                continue;
            }

            var afterParticles = NameAfterParticles(tokens, words, start, k, end);
            if (afterParticles > k)
            {
                // "Ursula von der Leyen", "Vincent van Gogh".
                j = afterParticles;
                continue;
            }

            var afterInitials = NameAfterInitials(tokens, words, k, end);
            if (next.SpaceBefore && afterInitials > k)
            {
                // "John F. Kennedy": middle initials.
                j = afterInitials;
                continue;
            }

            if (IsTouchingHyphen(tokens, k, end))
            {
                if (IsNameWord(tokens[k + 1]))
                {
                    j = k + 1;
                    continue;
                }

                if (IsGivenNameSyllable(tokens, start, j, k + 1))
                {
                    j = k + 1;
                    continue;
                }

                return new NameRun(start, j) { SentenceInitial = initial, AfterHonorific = afterHonorific, CompoundAdjective = true };
            }

            if (next.Is('.') && !next.SpaceBefore && k + 1 < end && !tokens[k + 1].SpaceBefore && IsDomainSuffix(tokens.Lexicon, tokens[k + 1].Text))
            {
                j = k + 1;
                continue;
            }

            if (next.Is('.') && !next.SpaceBefore && IsAbbreviationOrInitial(tokens.Lexicon, tokens[j]))
            {
                j = k;
                if (k + 1 < end && tokens[j - 1].Text.Length == 1
                    && ((IsNameWord(tokens[k + 1]) && !IsBreaker(tokens, words, k + 1, end)) || IsInitial(tokens, k + 1, end)))
                {
                    j = k + 1;
                    continue;
                }

                j = IncludeLegalTail(tokens, j, end);
                break;
            }

            var joined = afterHonorific || LooksLikePersonalName(tokens, words, start, j) || (j == start && initial && !IsCue(words, tokens[start]) && !tokens[k].Is('&'))
                ? -1
                : JoinAfterConnector(tokens, words, start, j, k, end);
            if (joined < 0)
            {
                break;
            }

            j = joined;
        }

        return new NameRun(start, j) { SentenceInitial = initial, AfterHonorific = afterHonorific };
    }

    /// <summary>"JD.com", "Booking.com's": a web domain ending written as part of a company name.</summary>
    private static bool IsDomainSuffix(Lexicon lexicon, string word)
        => WebDomainEndings.For(lexicon).Contains(WordClasses.StripPossessive(word));

    private static readonly PerLexicon<HashSet<string>> WebDomainEndings = new(lexicon => new(lexicon.List("web-domain-endings"), StringComparer.Ordinal));

    private static bool IsCue(DocumentWords words, Token token) => words.IsOrganizationCue(token) || words.IsEventCue(token);

    /// <summary>"Lee Jae-yong": a short lower-case syllable hyphenated to the given name after a family name.</summary>
    private static bool IsGivenNameSyllable(TokenList tokens, int start, int j, int syllable)
        => j == start + 1 && Gazetteer.Of(tokens.Lexicon).SurnamesFirst.Contains(tokens[start].Text) && tokens[syllable].Text.Length <= 4
            && !CompoundSuffixes.For(tokens.Lexicon).Contains(tokens[syllable].Text);

    /// <summary>"Co., Ltd." : a comma and "Ltd"/"Limited" (with its period) after "Co.".</summary>
    private static int IncludeLegalTail(TokenList tokens, int j, int end)
    {
        if (j + 2 < end && tokens[j - 1].Text == "Co" && tokens[j + 1].Is(',') && tokens[j + 2].Text is "Ltd" or "Limited")
        {
            j += 2;
            if (j + 1 < end && tokens[j + 1].Is('.') && !tokens[j + 1].SpaceBefore)
            {
                j++;
            }
        }

        return j;
    }

    private static bool IsPossessiveEnd(Lexicon lexicon, Token token) => WordClasses.IsPossessive(token) && !CommonPossessives.For(lexicon).Contains(token.Text);

    private static bool IsTouchingHyphen(TokenList tokens, int k, int end)
    {
        if (k + 1 >= end)
        {
            return false;
        }

        var hyphen = tokens[k];
        if (!CharClasses.IsDash(hyphen.Text[0]) || hyphen.Text.Length != 1 || hyphen.SpaceBefore)
        {
            return false;
        }

        var next = tokens[k + 1];
        return !next.SpaceBefore && next.Kind == TokenKind.Word;
    }

    private static bool IsAbbreviationOrInitial(Lexicon lexicon, Token token)
        => AbbreviatedSuffixes.For(lexicon).Contains(token.Text) || (token.Text.Length == 1 && char.IsUpper(token.Text[0]));

    /// <summary>A short title-case line without closing punctuation: a title or section heading.</summary>
    private static bool IsHeading(DocumentContext context, int first, int end)
    {
        var last = context.TokenList[end - 1];
        if (end - first > 20 || last.Is('.') || last.Is('!') || last.Is('?') || last.Is(':') || last.Is(';') || WordClasses.IsClosingQuote(last) || last.Is(')'))
        {
            return false;
        }

        var text = context.Text;
        var lineEnd = last.End;
        while (lineEnd < text.Length && (text[lineEnd] == ' ' || text[lineEnd] == '\t'))
        {
            lineEnd++;
        }

        return (lineEnd >= text.Length || CharClasses.IsLineBreak(text[lineEnd])) && IsTitleCase(context.TokenList, first, end);
    }

    /// <summary>Most longer words capitalized, as in "Tesla Cuts Prices Across Europe" (a bullet in sentence case is not a heading).</summary>
    private static bool IsTitleCase(TokenList tokens, int first, int end)
    {
        var words = 0;
        var capitalized = 0;
        for (var i = first; i < end; i++)
        {
            if (tokens.KindAt(i) == TokenKind.Word && tokens[i].Text.Length > 3)
            {
                words++;
                capitalized += tokens[i].IsCapitalized ? 1 : 0;
            }
        }

        var bullet = tokens.KindAt(first) == TokenKind.Symbol && (tokens[first].Is('-') || tokens[first].Is('*') || tokens[first].Is('\u2022'));
        return !bullet && capitalized * 5 >= words * 4;
    }
}
