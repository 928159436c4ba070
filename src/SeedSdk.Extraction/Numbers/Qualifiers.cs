using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Numbers;

/// <summary>Reads the qualifier written just before an amount ("up to", "at least", "about", "more than", "under").</summary>
internal static class Qualifiers
{
    /// <summary>The contract's qualifier strings.</summary>
    public const string UpTo = "up-to", AtLeast = "at-least", About = "about", Over = "over", Under = "under";

    // Phrases as lower-case word sequences, longest first so "no more than" wins over "more than".
    private static readonly (string[] Words, string Qualifier)[] Phrases =
    {
        (new[] { "no", "more", "than" }, UpTo), (new[] { "not", "more", "than" }, UpTo), (new[] { "as", "much", "as" }, UpTo),
        (new[] { "as", "many", "as" }, UpTo), (new[] { "no", "less", "than" }, AtLeast), (new[] { "not", "less", "than" }, AtLeast),
        (new[] { "no", "fewer", "than" }, AtLeast), (new[] { "a", "minimum", "of" }, AtLeast), (new[] { "in", "excess", "of" }, Over),
        (new[] { "a", "maximum", "of" }, UpTo), (new[] { "up", "to" }, UpTo), (new[] { "at", "most" }, UpTo), (new[] { "at", "least" }, AtLeast),
        (new[] { "more", "than" }, Over), (new[] { "greater", "than" }, Over), (new[] { "higher", "than" }, Over),
        (new[] { "less", "than" }, Under), (new[] { "fewer", "than" }, Under), (new[] { "lower", "than" }, Under),
        (new[] { "close", "to" }, About), (new[] { "an", "estimated" }, About), (new[] { "some" }, About), (new[] { "about" }, About), (new[] { "around" }, About),
        (new[] { "roughly" }, About), (new[] { "nearly" }, About), (new[] { "almost" }, About), (new[] { "approximately" }, About),
        (new[] { "approx" }, About), (new[] { "circa" }, About), (new[] { "over" }, Over), (new[] { "above" }, Over),
        (new[] { "exceeding" }, Over), (new[] { "under" }, Under), (new[] { "below" }, Under),
    };

    // The phrases grouped by their last word, each group in the order above: one look-up rules out most tokens.
    private static readonly WordMap<List<(string[] Words, string Qualifier)>> PhrasesByLastWord = GroupByLastWord();

    private static WordMap<List<(string[] Words, string Qualifier)>> GroupByLastWord()
    {
        var groups = new WordMap<List<(string[] Words, string Qualifier)>>();
        foreach (var phrase in Phrases)
        {
            var last = phrase.Words[phrase.Words.Length - 1];
            if (!groups.TryGetValue(last, out var group))
            {
                groups[last] = group = new List<(string[] Words, string Qualifier)>();
            }

            group.Add(phrase);
        }

        return groups;
    }

    /// <summary>
    /// Finds a qualifier ending just before token <paramref name="first"/>; returns its first token index
    /// (or <paramref name="first"/> when there is none) and the qualifier (or null).
    /// </summary>
    public static int Find(TokenList tokens, int first, int claimedBefore, out string? qualifier)
    {
        qualifier = null;
        var end = first - 1;
        if (end >= 0 && tokens[end].Is('.') && end - 1 >= 0 && tokens[end - 1].IsWord("approx"))
        {
            end--; // "approx."
        }

        if (end < 0 || !PhrasesByLastWord.TryGetValue(tokens[end].Text, out var candidates))
        {
            return first;
        }

        foreach (var (words, value) in candidates)
        {
            var start = end - words.Length + 1;
            if (start <= claimedBefore || !TokenScan.InSentence(tokens, start, first))
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < words.Length && matches; k++)
            {
                matches = tokens[start + k].IsWord(words[k]);
            }

            if (matches)
            {
                qualifier = value;
                return start;
            }
        }

        return first;
    }
}
