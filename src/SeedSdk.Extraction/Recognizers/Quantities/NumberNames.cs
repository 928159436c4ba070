using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Quantities;

/// <summary>Names written with a spelled number ("the two sessions"), each as its words and the place of the number.</summary>
internal sealed class NumberNames
{
    private static readonly PerLexicon<NumberNames> Tables = new(lexicon => new NumberNames(lexicon));

    private readonly List<(string[] Words, int Number)> _names = new();

    private NumberNames(Lexicon lexicon)
    {
        foreach (var row in lexicon.Rows("names-with-numbers"))
        {
            var number = Array.FindIndex(row, word => word.Length > 2 && word[0] == '[' && word[word.Length - 1] == ']');
            if (number < 0)
            {
                throw new FormatException("A row of the list 'names-with-numbers' has no number in brackets: '" + string.Join(" ", row) + "'.");
            }

            var words = (string[])row.Clone();
            words[number] = words[number].Substring(1, words[number].Length - 2);
            _names.Add((words, number));
        }
    }

    /// <summary>The names of <paramref name="lexicon"/> (its list <c>names-with-numbers</c>).</summary>
    public static NumberNames Of(Lexicon lexicon) => Tables.For(lexicon);

    /// <summary>Whether the number at <paramref name="i"/> is the number of one of the names.</summary>
    public bool Matches(TokenList tokens, int i)
    {
        foreach (var (words, number) in _names)
        {
            var start = i - number;
            if (start < 0 || start + words.Length > tokens.Count)
            {
                continue;
            }

            // The number first: it rules out most rows at once.
            var matches = tokens[i].IsWord(words[number]);
            for (var k = 0; k < words.Length && matches; k++)
            {
                matches = k == number || tokens[start + k].IsWord(words[k]);
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }
}
