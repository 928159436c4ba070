using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Recognizers.Dates;
using SeedSdk.Extraction.Recognizers.Money;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Numeric;

/// <summary>What a word can start; words with no role are skipped with one dictionary look-up.</summary>
[Flags]
internal enum WordRole
{
    /// <summary>Starts nothing.</summary>
    None = 0,
    /// <summary>"from", "between", or a month name: may start a period.</summary>
    PeriodStart = 1,
    /// <summary>A spelled number or "a", "half", "quarter", "dozen".</summary>
    Number = 2,
    /// <summary>A fraction denominator ("third", "quarters").</summary>
    Denominator = 4,
    /// <summary>May start a currency written before a number ("USD", "HK" of "HK$", "Rs").</summary>
    CurrencyPrefix = 8,
    /// <summary>A scale word ("million", "billion"): starts nothing, but tells "a million" from a lone "a".</summary>
    Scale = 16,
}

/// <summary>The static table of word roles, built from the recognizers' own tables.</summary>
internal static class AnchorWords
{
    private static readonly WordMap<WordRole> Roles = Build();

    /// <summary>The roles of <paramref name="word"/> (case-insensitive).</summary>
    public static WordRole Of(string word) => MayHaveRole(word) && Roles.TryGetValue(word, out var role) ? role : WordRole.None;

    // Every distinct word of a document is looked up once, and most have no role: a small table of the
    // shapes (length, first letter folded) the role words have rules most of them out with one read.
    private const int MaxShapeLength = 16;
    private static readonly bool[] RoleShapes = Shapes();

    private static bool MayHaveRole(string word) => word.Length == 0 || word.Length >= MaxShapeLength || RoleShapes[ShapeOf(word)];

    // Words equal ignoring case fold their first letters alike (by upper case, as the map compares them);
    // a letter outside ASCII folds to one shared column.
    private static int ShapeOf(string word)
    {
        var c = word[0];
        var upper = c < 128 ? c : char.ToUpperInvariant(c);
        return (word.Length * 128) + (upper < 128 ? upper | 0x20 : 127);
    }

    private static bool[] Shapes()
    {
        var shapes = new bool[MaxShapeLength * 128];
        foreach (var word in Roles.Keys)
        {
            if (word.Length > 0 && word.Length < MaxShapeLength)
            {
                shapes[ShapeOf(word)] = true;
            }
        }

        return shapes;
    }

    private static WordMap<WordRole> Build()
    {
        var roles = new WordMap<WordRole>();
        void Add(string word, WordRole role) => roles[word] = (roles.TryGetValue(word, out var existing) ? existing : WordRole.None) | role;

        Add("from", WordRole.PeriodStart);
        Add("between", WordRole.PeriodStart);
        foreach (var month in MonthTable.AllNames())
        {
            Add(month, WordRole.PeriodStart);
        }

        foreach (var word in NumberWords.Units.Keys)
        {
            Add(word, WordRole.Number);
        }

        foreach (var word in NumberWords.Tens.Keys)
        {
            Add(word, WordRole.Number);
        }

        foreach (var word in new[] { "a", "an", "another", "half", "quarter", "quarters", "dozen" })
        {
            Add(word, WordRole.Number);
        }

        foreach (var word in NumberWords.Denominators.Keys)
        {
            Add(word, WordRole.Denominator);
        }

        foreach (var word in NumberWords.Scales.Keys)
        {
            Add(word, WordRole.Scale);
        }

        foreach (var word in CurrencyTable.PrefixStartWords())
        {
            Add(word, WordRole.CurrencyPrefix);
        }

        return roles;
    }
}
