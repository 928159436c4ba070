using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// The fixed words a generated name adds of its own ("SharePrice", "Percent", "Billion"), as the lexicon list
/// "name-parts" writes them; every other word of a name comes from the document.
/// </summary>
internal sealed class NameParts
{
    /// <summary>The name parts of <paramref name="lexicon"/>.</summary>
    /// <exception cref="KeyNotFoundException">The list "name-parts" lacks a part the namer writes.</exception>
    public NameParts(Lexicon lexicon)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in lexicon.Rows("name-parts"))
        {
            parts[row[0]] = row.Length > 1 ? row[1] : string.Empty;
        }

        string Part(string key)
            => parts.TryGetValue(key, out var part) ? part : throw new KeyNotFoundException("The lexicon '" + lexicon.Language + "' has no part '" + key + "' in its list 'name-parts'.");

        SharePrice = Part("share-price");
        Previous = Part("previous");
        Period = Part("period");
        To = Part("to");
        From = Part("from");
        Year = Part("year");
        Percent = Part("percent");
        Amount = Part("amount");
        Count = Part("count");
        Unit = Part("unit");
        Plural = Part("plural");
        Minus = Part("minus");
        Point = Part("point");
        List = Part("list");
        Scales = new[]
        {
            (1_000_000_000_000m, Part("trillion")),
            (1_000_000_000m, Part("billion")),
            (1_000_000m, Part("million")),
        };
    }

    /// <summary>An amount of money a share trades at.</summary>
    public string SharePrice { get; }

    /// <summary>An earlier value of a measure.</summary>
    public string Previous { get; }

    /// <summary>A duration a measure runs over.</summary>
    public string Period { get; }

    /// <summary>Between the two ends of a period.</summary>
    public string To { get; }

    /// <summary>Before the start of a period named by its value.</summary>
    public string From { get; }

    /// <summary>Before a year named alone.</summary>
    public string Year { get; }

    /// <summary>A ratio named by its value.</summary>
    public string Percent { get; }

    /// <summary>An amount of money without a currency, named by its value.</summary>
    public string Amount { get; }

    /// <summary>A quantity without a unit, named by its value.</summary>
    public string Count { get; }

    /// <summary>A duration without a unit of time, named by its value.</summary>
    public string Unit { get; }

    /// <summary>The ending of a unit of time in a value name.</summary>
    public string Plural { get; }

    /// <summary>Before a negative number.</summary>
    public string Minus { get; }

    /// <summary>A decimal point.</summary>
    public string Point { get; }

    /// <summary>After the first item of a list that has no head.</summary>
    public string List { get; }

    /// <summary>The scales a large number is written with, largest first.</summary>
    public (decimal Scale, string Word)[] Scales { get; }
}
