using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Quantities;

/// <summary>The English rules that tell a counted plural noun after a number and make it singular; the words are the lexicon's (<see cref="UnitTable"/>).</summary>
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

        if (word.Length < 3 || (word.Length < 4 && char.IsLower(word[0])) || units.NotCounted.Contains(word) || !IsLowerOrAcronymPlural(word))
        {
            return false;
        }

        var lower = ToLowerAscii(word);
        if (lower.EndsWith("ss", StringComparison.Ordinal) || lower.EndsWith("us", StringComparison.Ordinal) || lower.EndsWith("is", StringComparison.Ordinal)
            || lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return false;
        }

        unit = Singular(lower);
        return true;
    }

    // "vehicles", or an acronym plural such as "EVs".
    private static bool IsLowerOrAcronymPlural(string word)
    {
        if (word[word.Length - 1] != 's')
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

        for (var k = 0; k < word.Length - 1; k++)
        {
            if (!char.IsUpper(word[k]))
            {
                return false;
            }
        }

        return word.Length >= 3;
    }

    private static string Singular(string lower)
    {
        if (lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4)
        {
            return lower.Substring(0, lower.Length - 3) + "y";
        }

        if (lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal)
            || lower.EndsWith("xes", StringComparison.Ordinal) || lower.EndsWith("zes", StringComparison.Ordinal) && lower.EndsWith("zzes", StringComparison.Ordinal))
        {
            return lower.Substring(0, lower.Length - 2);
        }

        return lower.Substring(0, lower.Length - 1);
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
