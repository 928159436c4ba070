using System;
using System.Collections.Generic;
using System.Globalization;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// The scale words of one <see cref="Lexicon"/> (its lists <c>scales</c> and <c>vague-scales</c>), one table read
/// by the number parser, the recognizers and the namer.
/// </summary>
internal sealed class ScaleWords
{
    private readonly List<string> _ofAmounts = new();

    /// <summary>Reads the scale lists of <paramref name="lexicon"/>.</summary>
    public ScaleWords(Lexicon lexicon)
    {
        foreach (var row in lexicon.Rows("scales"))
        {
            var word = row[0];
            var value = decimal.Parse(row[1], NumberStyles.None, CultureInfo.InvariantCulture);
            for (var i = 2; i < row.Length; i++)
            {
                switch (row[i])
                {
                    case "word":
                        Words[word] = value;
                        break;
                    case "spelled":
                        Spelled[word] = value;
                        break;
                    case "suffix":
                        Suffixes[word] = value;
                        break;
                    case "short":
                        Short[word] = value;
                        break;
                    case "amount":
                        _ofAmounts.Add(word);
                        break;
                    case "amount+s":
                        _ofAmounts.Add(word);
                        _ofAmounts.Add(word + "s");
                        break;
                    default:
                        throw new FormatException("Unknown form '" + row[i] + "' of the scale word '" + word + "'.");
                }
            }
        }

        Vague = new WordSet(lexicon.List("vague-scales"));
    }

    /// <summary>Multipliers written as words after a number ("3 billion", "35 lakh"): the spelled scales and their abbreviations.</summary>
    public WordMap<decimal> Words { get; } = new();

    /// <summary>The scale words spelled in full, "thousand".."trillion".</summary>
    public WordMap<decimal> Spelled { get; } = new();

    /// <summary>Multipliers written as letters glued to digits ("3.2bn", "10k", "5m").</summary>
    public WordMap<decimal> Suffixes { get; } = new();

    /// <summary>Short scale words that follow a number only in money ("$5 m", "$2 k").</summary>
    public WordMap<decimal> Short { get; } = new();

    /// <summary>Plural scale words that make an amount vague ("tens of billions", "hundreds of").</summary>
    public WordSet Vague { get; }

    /// <summary>Every word that scales an amount and so belongs to its number, not to what it counts ("1.2 million vehicles").</summary>
    public IReadOnlyList<string> OfAmounts => _ofAmounts;
}
