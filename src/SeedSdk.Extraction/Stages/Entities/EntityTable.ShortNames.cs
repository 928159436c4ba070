using System;
using System.Collections.Generic;
using System.Text;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>The entity table's short names: the company-type words a name drops ("Group", "Inc.") and the initials it is known by.</summary>
internal sealed partial class EntityTable
{
    private static readonly HashSet<string> ShortFormSuffixes = new(Lexicon.English.List("company-type-words"), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> names a company's type or trade ("Group", "Motors", "Automobile").</summary>
    public static bool IsCompanyTypeWord(string word) => ShortFormSuffixes.Contains(word);

    /// <summary>The words of <see cref="IsCompanyTypeWord"/>.</summary>
    public static IEnumerable<string> CompanyTypeWords => ShortFormSuffixes;

    /// <summary>"Geely Holding Group" → "Geely"; "Toyota Motor Corporation" → "Toyota": the name without company-type words.</summary>
    private static string? ShortForm(List<string> words)
    {
        var end = words.Count;
        while (end > 1 && ShortFormSuffixes.Contains(words[end - 1]))
        {
            end--;
        }

        if (end == words.Count)
        {
            return null;
        }

        // "China Steel" does not make "China" a name of the company.
        var shortForm = string.Join(" ", words.GetRange(0, end));
        return end == 1 && NameWordTraits.Has(shortForm, NameTraits.Place | NameTraits.Demonym | NameTraits.CommonCapital)
            ? null
            : shortForm;
    }

    /// <summary>"National Development and Reform Commission" → "NDRC".</summary>
    private static string Initials(List<string> words)
    {
        var builder = new StringBuilder(words.Count);
        foreach (var word in words)
        {
            builder.Append(word[0]);
        }

        return builder.ToString();
    }
}
