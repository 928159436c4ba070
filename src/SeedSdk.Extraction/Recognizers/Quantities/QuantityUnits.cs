using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Quantities;

/// <summary>
/// Tells a counted plural noun after a number and makes it singular, by the lexicon's irregular plurals and plural
/// endings (<see cref="UnitTable"/>); the word's shape (lower case, or an acronym before the plural mark: "EVs") is read here.
/// </summary>
internal static class QuantityUnits
{
    /// <summary>The lower-case singular of a counted plural noun, or false when <paramref name="word"/> is not one.</summary>
    public static bool TryGetCountedNoun(UnitTable units, string word, out string unit)
    {
        unit = string.Empty;
        if (units.TryGetIrregularPlural(word, out var irregular))
        {
            unit = irregular;
            return true;
        }

        if (word.Length < 3 || (word.Length < 4 && char.IsLower(word[0])) || units.NotCounted.Contains(word) || !IsLowerOrAcronymPlural(word, units.PluralMark))
        {
            return false;
        }

        return units.TryGetRegularSingular(ToLowerAscii(word), out unit);
    }

    // "vehicles", or an acronym plural such as "EVs".
    private static bool IsLowerOrAcronymPlural(string word, string mark)
    {
        if (!word.EndsWith(mark, StringComparison.Ordinal))
        {
            return false;
        }

        if (char.IsLower(word[0]))
        {
            for (var k = 1; k < word.Length; k++)
            {
                if (!char.IsLower(word[k]))
                {
                    return false;
                }
            }

            return true;
        }

        for (var k = 0; k < word.Length - mark.Length; k++)
        {
            if (!char.IsUpper(word[k]))
            {
                return false;
            }
        }

        return word.Length >= 3;
    }

    private static bool HasUpperAscii(string word)
    {
        foreach (var c in word)
        {
            if (c is >= 'A' and <= 'Z')
            {
                return true;
            }
        }

        return false;
    }

    private static string ToLowerAscii(string word)
    {
        if (!HasUpperAscii(word))
        {
            return word;
        }

        var chars = word.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            if (chars[k] is >= 'A' and <= 'Z')
            {
                chars[k] = (char)(chars[k] + 32);
            }
        }

        return new string(chars);
    }
}
