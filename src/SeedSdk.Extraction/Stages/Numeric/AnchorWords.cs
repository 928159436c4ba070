using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Recognizers.Money;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Numeric;

/// <summary>The table of word roles of one <see cref="Lexicon"/>, built from the recognizers' own tables.</summary>
internal sealed class AnchorWords
{
    private readonly WordMap<WordRole> _roles;

    /// <summary>Builds the roles of the words of <paramref name="lexicon"/>.</summary>
    public AnchorWords(Lexicon lexicon)
    {
        _roles = Build(lexicon);
        _roleShapes = Shapes(_roles);
    }

    /// <summary>The roles of <paramref name="word"/> (case-insensitive).</summary>
    public WordRole Of(string word) => MayHaveRole(word) && _roles.TryGetValue(word, out var role) ? role : WordRole.None;

    // Every distinct word of a document is looked up once, and most have no role: a small table of the
    // shapes (length, first letter folded) the role words have rules most of them out with one read.
    private const int MaxShapeLength = 16;
    private readonly bool[] _roleShapes;

    private bool MayHaveRole(string word) => word.Length == 0 || word.Length >= MaxShapeLength || _roleShapes[ShapeOf(word)];

    // Words equal ignoring case fold their first letters alike (by upper case, as the map compares them);
    // a letter outside ASCII folds to one shared column.
    private static int ShapeOf(string word)
    {
        var c = word[0];
        var upper = c < 128 ? c : char.ToUpperInvariant(c);
        return (word.Length * 128) + (upper < 128 ? upper | 0x20 : 127);
    }

    private static bool[] Shapes(WordMap<WordRole> roles)
    {
        var shapes = new bool[MaxShapeLength * 128];
        foreach (var word in roles.Keys)
        {
            if (word.Length > 0 && word.Length < MaxShapeLength)
            {
                shapes[ShapeOf(word)] = true;
            }
        }

        return shapes;
    }

    private static WordMap<WordRole> Build(Lexicon lexicon)
    {
        var roles = new WordMap<WordRole>();
        void Add(string word, WordRole role) => roles[word] = (roles.TryGetValue(word, out var existing) ? existing : WordRole.None) | role;

        var forms = FormWords.Of(lexicon);
        foreach (var word in Concat(forms.From, forms.Between))
        {
            Add(word, WordRole.PeriodStart);
        }

        foreach (var month in lexicon.Months.AllNames())
        {
            Add(month, WordRole.PeriodStart);
        }

        foreach (var word in SpelledNumbers.Of(lexicon).Units.Keys)
        {
            Add(word, WordRole.Number);
        }

        foreach (var word in SpelledNumbers.Of(lexicon).Tens.Keys)
        {
            Add(word, WordRole.Number);
        }

        foreach (var word in Concat(forms.Articles, forms.Another, forms.Half, forms.Quarter, forms.Quarters, forms.Dozen))
        {
            Add(word, WordRole.Number);
        }

        foreach (var word in SpelledNumbers.Of(lexicon).Denominators.Keys)
        {
            Add(word, WordRole.Denominator);
        }

        foreach (var word in lexicon.Scales.Words.Keys)
        {
            Add(word, WordRole.Scale);
        }

        foreach (var word in CurrencyTable.Of(lexicon).PrefixStartWords())
        {
            Add(word, WordRole.CurrencyPrefix);
        }

        return roles;
    }

    private static IEnumerable<string> Concat(params WordSet[] sets)
    {
        foreach (var set in sets)
        {
            foreach (var word in set)
            {
                yield return word;
            }
        }
    }
}
