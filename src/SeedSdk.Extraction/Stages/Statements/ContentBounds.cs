using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Statements;

/// <summary>Where reported content starts and ends around a reporting clause: token-level boundary rules.</summary>
internal static class ContentBounds
{
    private const int ThatWindow = 10;

    /// <summary>
    /// The last token of a reported clause starting at <paramref name="from"/>: before ", adding that", before a semicolon outside
    /// quotation marks ("would create 50,000 jobs; it is unclear ..." goes on in the writer's words), or at the sentence end.
    /// </summary>
    public static int ClauseEnd(TokenList tokens, EntityAnalysis analysis, int from, int end)
    {
        var words = analysis.Words;
        var quoted = false;
        for (var k = from; k + 1 < end; k++)
        {
            quoted ^= WordClasses.IsQuote(tokens[k]);
            if (tokens[k].Is(';') && !quoted && k > from)
            {
                return k - 1;
            }

            if (tokens[k].Is(',') && (words.ParticipleLength(tokens, k + 1) > 0 || OpensReportingClause(tokens, words, k + 1, end) || OpensContrast(tokens, analysis, k + 1, end)))
            {
                return k - 1;
            }
        }

        return end - 1;
    }

    /// <summary>
    /// ", while Panasonic is building ...", ", whereas its rival Posco said ...": a contrast about another named person or
    /// organization, the writer's addition rather than the speaker's words.
    /// </summary>
    private static bool OpensContrast(TokenList tokens, EntityAnalysis analysis, int k, int end)
    {
        if (!(tokens[k].IsWord("while") || tokens[k].IsWord("whereas")))
        {
            return false;
        }

        for (var j = k + 1; j < end && j <= k + 4; j++)
        {
            if (analysis.StartingAt(j) is { } mention)
            {
                return mention.Entity.Kind is FactKind.Person or FactKind.Organization;
            }

            if (tokens.KindAt(j) != TokenKind.Word || analysis.Words.IsVerb(tokens[j]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>", while he noted that ...", ", but Smith said ...": a conjunction opening another speaker's reporting clause.</summary>
    private static bool OpensReportingClause(TokenList tokens, DocumentWords words, int k, int end)
    {
        if (k + 2 >= end || !(tokens[k].IsWord("while") || tokens[k].IsWord("whereas") || tokens[k].IsWord("but") || tokens[k].IsWord("and")))
        {
            return false;
        }

        var subject = tokens[k + 1];
        if (words.IsPersonalSubjectPronoun(subject))
        {
            return words.ReportingVerbLength(tokens, k + 2) > 0;
        }

        for (var v = k + 2; v < end && v <= k + 4 && tokens[v - 1].IsCapitalized; v++)
        {
            if (words.ReportingVerbLength(tokens, v) > 0)
            {
                return subject.IsCapitalized;
            }
        }

        return false;
    }

    private const int AdverbialReach = 12;

    /// <summary>
    /// "said on Monday the company would ...", "said in a filing with the exchange the deal ...", "told reporters on Monday it
    /// would ...": where the content starts after prepositional phrases (and, for <paramref name="listener"/> verbs, the
    /// listener), at a subject (pronoun, article or name) that is not itself the object of a preposition or article;
    /// otherwise <paramref name="after"/>.
    /// </summary>
    public static int AfterAdverbialPhrase(TokenList tokens, EntityAnalysis analysis, int after, int end, bool listener)
    {
        var timed = AfterTimeAdverb(tokens, after, end);
        if (timed > after)
        {
            return timed;
        }

        var from = (tokens[after].IsWord("late") || tokens[after].IsWord("early")) && after + 1 < end ? after + 1 : after;
        if (!listener && !WordClasses.IsPreposition(tokens.Lexicon, tokens[from].Text))
        {
            return after;
        }

        for (var p = from + 1; p < end && p <= from + AdverbialReach; p++)
        {
            var t = tokens[p];
            if ((t.Is(',') || t.Is(':')) && IsQuoteNext(tokens, p + 1, end))
            {
                // "said on Monday, \u201CWe will ...\u201D"
                return p + 1;
            }

            if (t.Kind == TokenKind.Symbol && !(CharClasses.IsDash(t.Text[0]) && !t.SpaceBefore))
            {
                break;
            }

            var previous = tokens[p - 1];
            if (IsSubjectStart(t, analysis, p) && !WordClasses.IsPreposition(tokens.Lexicon, previous.Text) && !WordClasses.IsDeterminer(tokens.Lexicon, previous.Text) && !previous.IsWord("that"))
            {
                return p;
            }

            if (analysis.Words.IsVerb(t) || t.IsWord("that"))
            {
                break;
            }
        }

        return after;
    }

    /// <summary>A word that can open the reported clause: a subject pronoun, "the", "its" or a name.</summary>
    private static bool IsSubjectStart(Token token, EntityAnalysis analysis, int index)
        => token.IsWord("the") || token.IsWord("it") || token.IsWord("they") || token.IsWord("its") || token.IsWord("we") || token.IsWord("he") || token.IsWord("she")
            || analysis.StartingAt(index) is not null;

    // Words that alone say when: "said yesterday ...", "said Tuesday ..." (the weekday without "on", as US wires write it).
    private static readonly PerLexicon<HashSet<string>> TimeAdverbs = new(lexicon => new(lexicon.List("time-adverbs"), StringComparer.OrdinalIgnoreCase));

    private static readonly PerLexicon<HashSet<string>> TimeNouns = new(lexicon => new(lexicon.List("time-nouns"), StringComparer.OrdinalIgnoreCase));

    /// <summary>"said last month it would ...", "said Tuesday the plan ...": the content starts after a time adverb; else <paramref name="after"/>.</summary>
    private static int AfterTimeAdverb(TokenList tokens, int after, int end)
    {
        var next = AfterTimeWords(tokens, after, end);
        return next > after && next < end && tokens.KindAt(next) == TokenKind.Word ? next : after;
    }

    /// <summary>The token after a time adverb at <paramref name="index"/> ("yesterday", "Tuesday", "last month"), or <paramref name="index"/>.</summary>
    private static int AfterTimeWords(TokenList tokens, int index, int end)
    {
        if (index >= end)
        {
            return index;
        }

        if (TimeAdverbs.For(tokens.Lexicon).Contains(tokens[index].Text))
        {
            return index + 1;
        }

        var isRelative = tokens[index].IsWord("last") || tokens[index].IsWord("this") || tokens[index].IsWord("next");
        return isRelative && index + 1 < end && TimeNouns.For(tokens.Lexicon).Contains(tokens[index + 1].Text) ? index + 2 : index;
    }

    private const int TailWindow = 15;

    // Words that open a clause of the writer's own after an attribution: "..., the company said, as suppliers race to ...".
    private static readonly PerLexicon<HashSet<string>> TailClauseOpeners = new(lexicon => new(lexicon.List("tail-clause-openers"), StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// "..., Smith said on Friday in a speech." / "...,\u201D he told reporters." / "..., the company said, as ...": what
    /// follows the verb (after a listener for "told") is only prepositional phrases up to the sentence end or to a comma
    /// opening a clause of the writer's own, with no verb, "that" or quotation, so the content stands before the
    /// attribution. Returns the tail's exclusive end (that comma or <paramref name="end"/>), or -1.
    /// </summary>
    public static int AttributionTailEnd(TokenList tokens, DocumentWords words, int verb, int after, int end)
    {
        var last = end - 1;
        for (var c = after; c < end && c <= after + TailWindow; c++)
        {
            // "..., the company said, as ..." / "..., Li said Tuesday while delivering a speech ...".
            if ((tokens[c].Is(',') && c + 1 < end && OpensWritersClause(tokens.Lexicon, tokens[c + 1])) || (c > after && OpensParticipleClause(tokens, c, end)))
            {
                last = c - 1;
                break;
            }
        }

        var tailEnd = last == end - 1 ? end : last + 1;
        while (last >= after && (tokens[last].Is('.') || WordClasses.IsClosingQuote(tokens[last])))
        {
            last--;
        }

        if (last < after || last - after >= TailWindow)
        {
            return -1;
        }

        var k = after;
        if (ReportingVerbs.TakesListener(tokens, verb))
        {
            while (k <= last && k < after + 4 && tokens.KindAt(k) == TokenKind.Word && !words.IsPreposition(tokens[k]))
            {
                k++;
            }

            if (k == after)
            {
                return -1;
            }
        }

        k = AfterTimeWords(tokens, k, last + 1);
        if (k <= last && !words.IsPreposition(tokens[k]))
        {
            return -1;
        }

        for (var i = after; i <= last; i++)
        {
            if (tokens[i].IsWord("that") || WordClasses.IsQuote(tokens[i]) || words.IsVerb(tokens[i]) || tokens[i].Is(','))
            {
                return -1;
            }
        }

        return tailEnd;
    }

    /// <summary>"while delivering", "when speaking", "after meeting": a subordinating word and a participle at <paramref name="c"/>.</summary>
    private static bool OpensParticipleClause(TokenList tokens, int c, int end)
        => c + 1 < end && (tokens[c].IsWord("while") || tokens[c].IsWord("when") || tokens[c].IsWord("after") || tokens[c].IsWord("before"))
            && IsParticiple(tokens[c + 1]);

    /// <summary>A lower-case word of more than five letters ending in "-ing" ("delivering", "citing").</summary>
    private static bool IsParticiple(Token token)
        => token.Kind == TokenKind.Word && !token.IsCapitalized && token.Text.Length > 5 && token.Text.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>A subordinating word or a lower-case "-ing" participle ("citing", "adding") after the comma ending an attribution.</summary>
    private static bool OpensWritersClause(Lexicon lexicon, Token token)
        => token.Kind == TokenKind.Word && (TailClauseOpeners.For(lexicon).Contains(token.Text) || IsParticiple(token));

    private const int DatelineReach = 14;

    /// <summary>
    /// "SEOUL, March 12 (Reuters) - Acme will ...", "BRUSSELS -- The EU will ...": where the sentence starts after a dateline
    /// closed by a parenthesized agency name and a dash, or by a dash after a city in capitals; <paramref name="first"/> when there is none.
    /// </summary>
    public static int AfterDateline(DocumentContext context, int first, int before)
    {
        var tokens = context.TokenList;
        var datelineEnd = Datelines.DatelineEnd(context, tokens.SentenceAt(first));
        if (datelineEnd >= first && datelineEnd + 1 < before)
        {
            return datelineEnd + 1;
        }

        for (var k = first + 2; k + 1 < before && k <= first + DatelineReach; k++)
        {
            if (tokens[k].Is(')') && tokens[k - 2].Is('(') && tokens[k - 1].IsCapitalized && IsDash(tokens[k + 1]))
            {
                var start = k + 1;
                while (start < before && IsDash(tokens[start]))
                {
                    start++;
                }

                return start;
            }
        }

        return first;
    }

    /// <summary>A hyphen or dash token.</summary>
    private static bool IsDash(Token token) => token.Kind == TokenKind.Symbol && CharClasses.IsDash(token.Text[0]);

    private const int QuotationReach = 3;

    // A bound on the walk back, so the scan stays linear on sentences of any length.
    private const int QuotationTokens = 240;

    /// <summary>
    /// Where content ending in a closing quote starts: at <paramref name="first"/>, or, when the quotation opened in an
    /// earlier sentence ("\u201CWe cannot wait. The time is now,\u201D he said."), at that opening quote.
    /// </summary>
    public static int QuotationStart(TokenList tokens, int first, int contentEnd)
    {
        if (contentEnd <= first || !WordClasses.IsClosingQuote(tokens[contentEnd]) || HasOpeningQuote(tokens, first, contentEnd))
        {
            return first;
        }

        var sentence = tokens.SentenceAt(first);
        for (var k = first - 1; k >= 0 && k >= first - QuotationTokens && sentence - tokens.SentenceAt(k) <= QuotationReach; k--)
        {
            if (tokens[k].Is('\u201C') || (tokens[k].Is('"') && (k == 0 || tokens[k].SpaceBefore) && k + 1 < tokens.Count && !tokens[k + 1].SpaceBefore))
            {
                return k;
            }

            if (WordClasses.IsQuote(tokens[k]) && !(tokens[k].Is('\u2019') && !tokens[k].SpaceBefore))
            {
                return first;
            }
        }

        return first;
    }

    /// <summary>
    /// "\u201CWill prices fall?\u201D Chen Jing said.": the opening quote of a quotation ending in a question or exclamation mark
    /// right before <paramref name="first"/>, which the sentence splitter cut from its attribution; or -1.
    /// </summary>
    public static int QuestionBefore(TokenList tokens, int first)
    {
        var close = first - 1;
        if (close < 2 || !(tokens[close].Is('\u201D') || (tokens[close].Is('"') && !tokens[close].SpaceBefore)) || !(tokens[close - 1].Is('?') || tokens[close - 1].Is('!')))
        {
            return -1;
        }

        for (var k = close - 2; k >= 0 && k >= close - QuotationTokens; k--)
        {
            if (tokens[k].Is('\u201C') || (tokens[k].Is('"') && (k == 0 || tokens[k].SpaceBefore || tokens.SentenceAt(k) != tokens.SentenceAt(k - 1))))
            {
                return k;
            }

            if (WordClasses.IsQuote(tokens[k]) && !(tokens[k].Is('\u2019') && !tokens[k].SpaceBefore))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The next comma at or after <paramref name="from"/> within a few words, or where the search stopped.</summary>
    public static int NextComma(TokenList tokens, int from, int end)
    {
        var comma = from;
        while (comma < end && comma < from + 30 && !tokens[comma].Is(','))
        {
            comma++;
        }

        return comma;
    }

    /// <summary>
    /// "a researcher at ...", "a senior fellow at ...", "Acme's chief executive": an article or an organization's name, up to
    /// two more words, then a role phrase.
    /// </summary>
    public static bool StartsAppositive(TokenList tokens, EntityAnalysis analysis, int index, int end)
    {
        var k = index < end && WordClasses.IsDeterminer(tokens.Lexicon, tokens[index].Text) ? index + 1
            : index < end && analysis.StartingAt(index) is { Entity.Kind: FactKind.Organization } organization ? organization.Last + 1 : index;
        if (k > index && k < end && (tokens[k].Is('\'') || tokens[k].Is('\u2019') || tokens[k].IsWord("'s") || tokens[k].IsWord("\u2019s")))
        {
            // "Acme Robotics' chief executive": the possessive mark after the name.
            k++;
        }

        for (var limit = k + 2; k < end && k <= limit; k++)
        {
            if (analysis.Words.RoleLengthAt(tokens, k, end) > 0)
            {
                return true;
            }

            if (tokens.KindAt(k) != TokenKind.Word || WordClasses.IsFunctionWord(tokens.Lexicon, tokens[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a quotation opens inside the content, so its closing mark belongs to it.</summary>
    public static bool HasOpeningQuote(TokenList tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Is('\u201C') || (tokens[i].Is('"') && tokens[i].SpaceBefore))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The "that" opening the content within a few tokens after the verb ("said on Monday that"), before any other verb; or -1.</summary>
    public static int FindThat(TokenList tokens, DocumentWords words, int from, int end)
    {
        for (var k = from; k < end && k < from + ThatWindow; k++)
        {
            if (tokens[k].IsWord("that"))
            {
                return k;
            }

            // A verb before "that" means the content began already ("said the goal is a cell that works").
            if (tokens[k].Is('.') || tokens[k].Is(',') || WordClasses.IsQuote(tokens[k]) || words.ReportingVerbLength(tokens, k) > 0 || words.IsVerb(tokens[k]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether an opening quote stands at <paramref name="index"/>.</summary>
    public static bool IsQuoteNext(TokenList tokens, int index, int end) => index < end && WordClasses.IsOpeningQuote(tokens[index]);

    /// <summary>
    /// The comma or closing quote that ends the content before an attribution ("..., Sony Group president
    /// Hiroki Totoki said"): searched back from the speaker over at most a few words; -1 when there is none.
    /// </summary>
    public static int ContentEndBeforeSpeaker(TokenList tokens, EntityAnalysis analysis, int verb, int first)
    {
        var k = verb - 1;
        var floor = Math.Max(first, verb - 14);
        while (k > floor && analysis.EndingAt(k) is null && analysis.ResolvedAt(k) is null)
        {
            k--;
        }

        var start = analysis.EndingAt(k)?.First ?? k;
        for (var c = start - 1; c > first && c >= start - 8; c--)
        {
            if (tokens[c].Is(',') || WordClasses.IsClosingQuote(tokens[c]))
            {
                // "Jane Doe, an analyst at Acme, said.": the comma after the speaker's own name ends no content.
                return analysis.EndingAt(c - 1) is { } named && named.First <= first ? -1
                    : QuotationClose(tokens, first, c) is var close and >= 0 ? close : c;
            }
        }

        return -1;
    }

    /// <summary>
    /// "“...,” Jane Doe, chief executive of Acme, said": the quotation's closing mark after a comma, question or
    /// exclamation mark between <paramref name="first"/> and the comma found before an appositive speaker, which ends the
    /// content there; -1 when there is none.
    /// </summary>
    private static int QuotationClose(TokenList tokens, int first, int comma)
    {
        for (var q = comma - 1; q > first + 1 && q >= comma - 8; q--)
        {
            if ((tokens[q].Is('\u201D') || (tokens[q].Is('"') && !tokens[q].SpaceBefore))
                && (tokens[q - 1].Is(',') || tokens[q - 1].Is('?') || tokens[q - 1].Is('!')))
            {
                return q;
            }
        }

        return -1;
    }
}
