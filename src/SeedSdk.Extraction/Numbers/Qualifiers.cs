using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Numbers;

/// <summary>Reads the qualifier written just before an amount ("up to", "at least", "about", "more than", "under"): the lexicon's list <c>qualifiers</c>.</summary>
internal static class Qualifiers
{
    /// <summary>The contract's qualifier strings.</summary>
    public const string UpTo = "up-to", AtLeast = "at-least", About = "about", Over = "over", Under = "under";

    private static readonly PerLexicon<QualifierPhrases> Tables = new(lexicon => new QualifierPhrases(lexicon));

    /// <summary>
    /// Finds a qualifier ending just before token <paramref name="first"/>; returns its first token index
    /// (or <paramref name="first"/> when there is none) and the qualifier (or null).
    /// </summary>
    public static int Find(TokenList tokens, int first, int claimedBefore, out string? qualifier)
    {
        qualifier = null;
        var phrases = Tables.For(tokens.Lexicon);
        var end = first - 1;
        if (end >= 0 && tokens[end].Is('.') && end - 1 >= 0 && phrases.TakesPeriod(tokens[end - 1].Text))
        {
            end--; // "approx."
        }

        if (end < 0 || !phrases.ByLastWord.TryGetValue(tokens[end].Text, out var candidates))
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

    /// <summary>The qualifier phrases of one lexicon, grouped by their last word (each group in the list's order): one look-up rules out most tokens.</summary>
    private sealed class QualifierPhrases
    {
        private readonly WordSet _takesPeriod = new();

        public QualifierPhrases(Lexicon lexicon)
        {
            foreach (var row in lexicon.Rows("qualifiers"))
            {
                var qualifier = Contract(row[0]);
                var words = new string[row.Length - 1];
                for (var k = 1; k < row.Length; k++)
                {
                    words[k - 1] = row[k].TrimEnd('.');
                }

                var last = row[row.Length - 1];
                if (words.Length == 1 && last.Length > 1 && last[last.Length - 1] == '.')
                {
                    _takesPeriod.Add(words[0]);
                }

                if (!ByLastWord.TryGetValue(words[words.Length - 1], out var group))
                {
                    ByLastWord[words[words.Length - 1]] = group = new List<(string[] Words, string Qualifier)>();
                }

                group.Add((words, qualifier));
            }
        }

        public WordMap<List<(string[] Words, string Qualifier)>> ByLastWord { get; } = new();

        /// <summary>Whether <paramref name="word"/> is a one-word qualifier that may be written with a period ("approx.").</summary>
        public bool TakesPeriod(string word) => _takesPeriod.Contains(word);

        private static string Contract(string qualifier) => qualifier switch
        {
            UpTo => UpTo,
            AtLeast => AtLeast,
            About => About,
            Over => Over,
            Under => Under,
            _ => throw new FormatException("Unknown qualifier '" + qualifier + "' in the list 'qualifiers'."),
        };
    }
}
