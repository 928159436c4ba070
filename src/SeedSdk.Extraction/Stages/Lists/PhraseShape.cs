using System.Collections.Generic;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;
using WordClass = SeedSdk.Extraction.Stages.Entities.WordClasses.WordClass;

namespace SeedSdk.Extraction.Stages.Lists;

/// <summary>Cheap noun-phrase shape tests over token ranges, enough to tell list items from clauses.</summary>
internal static class PhraseShape
{
    /// <summary>The most words an item or head may have.</summary>
    public const int MaxWords = 7;

    /// <summary>
    /// Whether tokens <paramref name="first"/>..<paramref name="last"/> look like one noun phrase: at most
    /// <see cref="MaxWords"/> words, no verb, conjunction, pronoun or "to", determiners only at the start or
    /// after a preposition, no preposition at either end, and no punctuation but touching hyphens and "&amp;".
    /// </summary>
    public static bool IsNounPhrase(TokenList tokens, int first, int last)
    {
        if (last < first)
        {
            return false;
        }

        var words = 0;
        for (var i = first; i <= last; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Symbol && ++words > MaxWords)
            {
                return false;
            }

            if (t.Kind == TokenKind.Symbol)
            {
                var touchingHyphen = CharClasses.IsDash(t.Text[0]) && !t.SpaceBefore && i < last && !tokens[i + 1].SpaceBefore;
                if (!(touchingHyphen || t.Is('&') || t.Is('%')))
                {
                    return false;
                }

                continue;
            }

            var classes = WordClasses.ClassesOf(tokens.Lexicon, t.Text);
            if ((classes & (WordClass.Verb | WordClass.Conjunction | WordClass.Pronoun)) != 0 || t.IsWord("to") || t.IsWord("not"))
            {
                return false;
            }

            if ((classes & WordClass.Determiner) != 0 && i != first && !WordClasses.IsPreposition(tokens.Lexicon, tokens[i - 1].Text))
            {
                return false;
            }

            if ((classes & WordClass.Preposition) != 0 && (i == first || i == last))
            {
                return false;
            }
        }

        return !WordClasses.IsDeterminer(tokens.Lexicon, tokens[last].Text);
    }

    /// <summary>
    /// The noun phrase ending at <paramref name="last"/>, scanning back over content words only (no function
    /// words, possessives or the word right after a named entity); returns its first token, or -1 when empty.
    /// </summary>
    public static int StartOfPhraseEndingAt(TokenList tokens, EntityAnalysis analysis, int last, int sentenceFirst)
    {
        var k = last;
        var words = 0;
        while (k >= sentenceFirst && words < 4)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Symbol)
            {
                // "full-time", "JD.com": a hyphen or period touching words on both sides stays inside the phrase.
                if (!t.SpaceBefore && k > sentenceFirst && k < last && (CharClasses.IsDash(t.Text[0]) || (t.Is('.') && !tokens[k + 1].SpaceBefore)))
                {
                    k--;
                    continue;
                }

                break;
            }

            if (WordClasses.IsFunctionWord(tokens.Lexicon, t.Text) || WordClasses.IsPossessive(t) || (k < last && IsPastTenseForm(t.Text)) || IsVerbAfterModal(tokens, k, last, sentenceFirst) || IsParticipleAfterVerb(tokens, k, sentenceFirst) || (k - 1 >= sentenceFirst && analysis.EndingAt(k - 1) is not null && analysis.EndingAt(k) is null && !WordClasses.IsPossessive(tokens[k - 1])))
            {
                break;
            }

            words++;
            k--;
        }

        if (k == last)
        {
            return -1;
        }

        return StartsClause(tokens, k, sentenceFirst) ? AfterPresentTenseVerb(tokens, k + 1, last) : k + 1;
    }

    /// <summary>"would offer land": a word right after a modal or "to", before the phrase's last word, is a verb.</summary>
    private static bool IsVerbAfterModal(TokenList tokens, int k, int last, int sentenceFirst)
        => k < last && k - 1 >= sentenceFirst && ModalWords.For(tokens.Lexicon).Contains(tokens[k - 1].Text);

    private static readonly PerLexicon<HashSet<string>> ModalWords = new(lexicon => new(lexicon.List("modal-words"), System.StringComparer.Ordinal));

    /// <summary>
    /// Whether the phrase begins its sentence, after at most an article or a possessive and two more words: "The (new) plan
    /// covers three sectors", "Beijing's plan covers three sectors".
    /// </summary>
    private static bool StartsClause(TokenList tokens, int before, int sentenceFirst)
    {
        if (before < sentenceFirst)
        {
            return true;
        }

        if (before - sentenceFirst > 2 || !(WordClasses.IsDeterminer(tokens.Lexicon, tokens[sentenceFirst].Text) || WordClasses.IsPossessive(tokens[sentenceFirst])))
        {
            return false;
        }

        for (var i = sentenceFirst + 1; i <= before; i++)
        {
            if (tokens.KindAt(i) != TokenKind.Word || WordClasses.IsFunctionWord(tokens.Lexicon, tokens[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// In a phrase that starts the sentence, the words after its last inner "-s" word, which is then most likely the
    /// verb ("plan covers three sectors" → "three sectors"); the whole phrase when there is none.
    /// </summary>
    private static int AfterPresentTenseVerb(TokenList tokens, int first, int last)
    {
        for (var k = last - 1; k > first; k--)
        {
            var word = tokens[k].Text;
            if (tokens.KindAt(k) == TokenKind.Word && word.Length > 3 && word[word.Length - 1] == 's' && word[word.Length - 2] != 's' && !char.IsUpper(word[0]))
            {
                return k + 1;
            }
        }

        return first;
    }

    /// <summary>"are hiring", "were closed": an "-ing" or "-ed" word right after a verb belongs to the verb group.</summary>
    private static bool IsParticipleAfterVerb(TokenList tokens, int k, int sentenceFirst)
    {
        var word = tokens[k].Text;
        return k > sentenceFirst && WordClasses.IsVerb(tokens.Lexicon, tokens[k - 1].Text)
            && (word.EndsWith("ing", System.StringComparison.Ordinal) || word.EndsWith("ed", System.StringComparison.Ordinal));
    }

    private static bool IsPastTenseForm(string word) => word.Length > 4 && word.EndsWith("ed", System.StringComparison.Ordinal);

    /// <summary>Whether the token ends an item: punctuation other than hyphens, or a quote (see <see cref="WordClasses.IsQuote"/>).</summary>
    public static bool IsItemBoundary(Token token)
    {
        var text = token.Text;
        return text.Length == 1
            && text[0] is ',' or ';' or ':' or '.' or '(' or ')' or '!' or '?' or '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u2014' or '\u2013';
    }

    /// <summary>
    /// A word a noun phrase cannot continue with: a verb (of the table, or an "-ed" form after a noun), a
    /// conjunction, pronoun, "to", a trailing adverb or a determiner not after a preposition.
    /// </summary>
    public static bool StopsLastItem(TokenList tokens, int k)
    {
        var token = tokens[k];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (IsFixedPair(tokens, k))
        {
            return false;
        }

        var classes = WordClasses.ClassesOf(tokens.Lexicon, token.Text);
        return (classes & (WordClass.Verb | WordClass.Conjunction | WordClass.Pronoun)) != 0 || token.IsWord("to")
            || (classes & WordClass.TrailingAdverb) != 0 || ((classes & WordClass.Determiner) != 0 && !WordClasses.IsPreposition(tokens.Lexicon, tokens[k - 1].Text))
            || IsPastTenseAfterNoun(tokens, k);
    }

    // Word pairs joined by "and" that name one thing ("small and medium-sized enterprises", "research and development").
    private static readonly PerLexicon<HashSet<string>> FixedPairs = new(lexicon => new(lexicon.List("fixed-pairs"), System.StringComparer.OrdinalIgnoreCase));

    /// <summary>The "and" at <paramref name="k"/> joins a fixed pair of words inside one item.</summary>
    private static bool IsFixedPair(TokenList tokens, int k)
        => tokens[k].IsWord("and") && k + 1 < tokens.Count && tokens.KindAt(k - 1) == TokenKind.Word && tokens.KindAt(k + 1) == TokenKind.Word
            && FixedPairs.For(tokens.Lexicon).Contains(tokens[k - 1].Text + " " + tokens[k + 1].Text);

    /// <summary>"glass slowed": an "-ed" word right after a content word (not after a hyphen) is most likely a verb.</summary>
    public static bool IsPastTenseAfterNoun(TokenList tokens, int k)
    {
        var word = tokens[k].Text;
        var previous = tokens[k - 1];
        return word.Length > 4 && word.EndsWith("ed", System.StringComparison.Ordinal) && previous.Kind == TokenKind.Word && !WordClasses.IsFunctionWord(tokens.Lexicon, previous.Text);
    }

    /// <summary>"and" or "or".</summary>
    public static bool IsCoordinator(Token token) => token.IsWord("and") || token.IsWord("or");

    /// <summary>The number of tokens of the coordinator at <paramref name="k"/>: 1 for "and"/"or", 3 for "as well as", else 0.</summary>
    public static int CoordinatorLength(TokenList tokens, int k, int end)
    {
        if (IsCoordinator(tokens[k]))
        {
            return 1;
        }

        return k + 3 < end && tokens[k].IsWord("as") && tokens[k + 1].IsWord("well") && tokens[k + 2].IsWord("as") ? 3 : 0;
    }
}
