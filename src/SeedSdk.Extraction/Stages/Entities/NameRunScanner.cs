using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// Finds <see cref="NameRun"/>s in one linear pass: capitalized words joined by "of", "for", "the",
/// "&amp;", ordinals, hyphens and initials, split at titles and role words, within one sentence.
/// Headings (short lines without closing punctuation) are skipped.
/// </summary>
internal static class NameRunScanner
{
    private static readonly HashSet<string> CommonPossessives = new(Lexicon.English.List("common-possessives"), StringComparer.OrdinalIgnoreCase);

    // Longer runs are not names; the bound also keeps the scan linear on pathological input.
    private const int MaxRunTokens = 16;

    private static readonly HashSet<string> CompoundSuffixes = new(Lexicon.English.List("compound-suffixes"), StringComparer.Ordinal);

    private static readonly HashSet<string> AbbreviatedSuffixes = new(Lexicon.English.List("abbreviated-name-suffixes"), StringComparer.Ordinal);

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

            ScanSentence(context.TokenList, words, first, end, EntityTable.DatelineEnd(context, sentence), runs);
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

    private static bool IsBreaker(TokenList tokens, DocumentWords words, int index, int end)
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
    private static readonly HashSet<string> PluralNounsBeforeNames = new(Lexicon.English.List("plural-nouns-before-names"), StringComparer.Ordinal);

    private static bool IsPluralNounBeforeName(TokenList tokens, int i, int end)
        => i + 1 < end && PluralNounsBeforeNames.Contains(tokens[i].Text) && IsNameWord(tokens[i + 1]);

    private static NameRun Extend(TokenList tokens, DocumentWords words, int start, int end, bool afterHonorific, bool initial)
    {
        var j = start;
        while (true)
        {
            if (IsPossessiveEnd(tokens[j]))
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

            if (next.Is('.') && !next.SpaceBefore && k + 1 < end && !tokens[k + 1].SpaceBefore && IsDomainSuffix(tokens[k + 1].Text))
            {
                j = k + 1;
                continue;
            }

            if (next.Is('.') && !next.SpaceBefore && IsAbbreviationOrInitial(tokens[j]))
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

    /// <summary>Where the run continues after a connector at <paramref name="k"/> ("of the", "for", "&amp;", "and"), or -1.</summary>
    private static int JoinAfterConnector(TokenList tokens, DocumentWords words, int start, int j, int k, int end)
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
        if (AbbreviatedSuffixes.Contains(tokens[j].Text) && tokens[j].Text is not ("St" or "Jr" or "Sr") && j > start)
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
    private static bool NamesAnEvent(TokenList tokens, DocumentWords words, int next, int end)
        => next < end && tokens[next].IsCapitalized && words.IsEventCue(tokens[next]);

    /// <summary>
    /// "the Representative Channel of the Third Session of the 14th ...": a numbered session is an event of its
    /// own, so what stands before its "of" is not part of its name.
    /// </summary>
    private static bool OpensNumberedSession(TokenList tokens, int m, int end)
        => m + 1 < end && WordClasses.IsOrdinalWord(tokens[m].Text) && char.IsUpper(tokens[m].Text[0])
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

        return m > next && Gazetteer.Instance.OrganizationCues.Contains(tokens[m - 1].Text);
    }

    private static bool HasOfAfterCue(TokenList tokens, int start, int j)
    {
        for (var i = start + 1; i <= j; i++)
        {
            if (tokens[i].Text == "of")
            {
                return Gazetteer.Instance.OrganizationCues.Contains(tokens[i - 1].Text);
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
        var cues = Gazetteer.Instance.OrganizationCues;
        for (var i = start + 1; i <= j; i++)
        {
            if (tokens[i].Text == "of")
            {
                // "University of Tokyo and Kyoto University": a place after "of", then another name of its own.
                return cues.Contains(tokens[i - 1].Text) && !(i == j - 1 && Gazetteer.Instance.Places.ContainsKey(tokens[j].Text) && NameEndsInCue(tokens, next, end));
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

        if (EntityTable.IsCompanyTypeWord(tokens[j].Text) || WordClasses.IsInCapitals(tokens[start].Text))
        {
            // "Hillhouse Investment and Lenovo Capital", "SK Hynix and Micron Technology": a company's name is complete before "and".
            return false;
        }

        if (j > start && NameWordTraits.Has(tokens[j].Text, NameTraits.SurnameLast))
        {
            // "Glass Lewis and Institutional Shareholder Services": a name that ends in a family name is complete before "and".
            return false;
        }

        if (j > start && Gazetteer.Instance.Places.ContainsKey(tokens[j].Text) && !Gazetteer.Instance.Places.ContainsKey(tokens[start].Text))
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
                return (words >= 2 && !EntityTable.IsCompanyTypeWord(tokens[m].Text)) || IsSpelledOutByAcronym(tokens, start, m, end);
            }

            if (Gazetteer.Instance.EventCues.Contains(tokens[m].Text))
            {
                // "Belt and Road Initiative"; but not "Germany and France Forum"-like pairs of known names.
                return !Gazetteer.Instance.Places.ContainsKey(tokens[start].Text) && !Gazetteer.Instance.KnownOrganizations.Contains(tokens[start].Text);
            }

            m++;
        }

        return false;
    }

    /// <summary>"Sarah Chen" before "of Stanford University": a given name first, or a family name of the table with one or two syllables.</summary>
    private static readonly HashSet<string> NameParticles = new(Lexicon.English.List("name-particles"), StringComparer.Ordinal);

    // "Luiz Inacio Lula da Silva": up to three names, the first a given name, before the particles.
    private const int MaxWordsBeforeParticle = 3;

    /// <summary>
    /// An organization's name ends at <paramref name="j"/> (a company-type word) and a family name of the table with one
    /// short given-name word, ending the capitalized words, follows at <paramref name="k"/>.
    /// </summary>
    private static bool IsPersonAfterOrganization(TokenList tokens, DocumentWords words, int start, int j, int k, int end)
    {
        if (!words.IsSurnameFirst(tokens[k]) || !(words.IsOrganizationCue(tokens[j]) || EntityTable.IsCompanyTypeWord(tokens[j].Text) || FollowsRoleOf(tokens, words, start)))
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
    public static bool IsNameParticle(string word) => NameParticles.Contains(word);

    /// <summary>The name word after one or two lower-case particles following a given name ("Ursula von der Leyen"), or -1.</summary>
    private static int NameAfterParticles(TokenList tokens, DocumentWords words, int start, int k, int end)
    {
        if (k - start > MaxWordsBeforeParticle || !words.IsGivenName(tokens[start]))
        {
            return -1;
        }

        var m = k;
        while (m < end && m < k + 2 && NameParticles.Contains(tokens[m].Text))
        {
            m++;
        }

        return m > k && m < end && IsNameWord(tokens[m]) && !IsBreaker(tokens, words, m, end) ? m : -1;
    }

    private static bool LooksLikePersonalName(TokenList tokens, DocumentWords words, int start, int j)
    {
        var count = j - start + 1;
        return count is >= 2 and <= 3 && (words.IsGivenName(tokens[start]) || words.IsSurnameFirst(tokens[start]))
            && !words.IsOrganizationCue(tokens[j]) && !words.IsEventCue(tokens[j]);
    }

    /// <summary>"J.P. Nadda", "U.S.": initials (a capital letter and a touching period), two or more, or one before a name word.</summary>
    private static bool StartsWithInitials(TokenList tokens, int i, int end)
    {
        var k = i;
        while (IsInitial(tokens, k, end))
        {
            k += 2;
        }

        return k > i + 2 || (k > i && k < end && IsNameWord(tokens[k]));
    }

    /// <summary>The name word after one or more initials starting at <paramref name="k"/>, or -1.</summary>
    private static int NameAfterInitials(TokenList tokens, DocumentWords words, int k, int end)
    {
        var m = k;
        while (IsInitial(tokens, m, end))
        {
            m += 2;
        }

        return m > k && m < end && IsNameWord(tokens[m]) && !IsBreaker(tokens, words, m, end) ? m : -1;
    }

    /// <summary>A capital letter with a touching period ("F." in "John F. Kennedy", "S." in "U.S.").</summary>
    private static bool IsInitial(TokenList tokens, int k, int end)
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

    /// <summary>"JD.com", "Booking.com's": a web domain ending written as part of a company name.</summary>
    private static bool IsDomainSuffix(string word)
        => WordClasses.StripPossessive(word) is "com" or "net" or "org" or "io" or "cn" or "ai";

    private static bool IsCue(DocumentWords words, Token token) => words.IsOrganizationCue(token) || words.IsEventCue(token);

    /// <summary>"Lee Jae-yong": a short lower-case syllable hyphenated to the given name after a family name.</summary>
    private static bool IsGivenNameSyllable(TokenList tokens, int start, int j, int syllable)
        => j == start + 1 && Gazetteer.Instance.SurnamesFirst.Contains(tokens[start].Text) && tokens[syllable].Text.Length <= 4
            && !CompoundSuffixes.Contains(tokens[syllable].Text);

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

    private static bool IsPossessiveEnd(Token token) => WordClasses.IsPossessive(token) && !CommonPossessives.Contains(token.Text);

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

    private static bool IsAbbreviationOrInitial(Token token)
        => AbbreviatedSuffixes.Contains(token.Text) || (token.Text.Length == 1 && char.IsUpper(token.Text[0]));

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
