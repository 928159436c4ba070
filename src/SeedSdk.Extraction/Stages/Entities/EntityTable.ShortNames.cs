using System;
using System.Collections.Generic;
using System.Text;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>The entity table's short names: the company-type words a name drops ("Group", "Inc.") and the initials it is known by.</summary>
internal sealed partial class EntityTable
{
    /// <summary>Whether <paramref name="word"/> names a company's type or trade ("Group", "Motors", "Automobile"): the lexicon's <c>company-type-words</c>.</summary>
    public static bool IsCompanyTypeWord(Lexicon lexicon, string word) => NameWordTraits.Has(lexicon, word, NameTraits.CompanyType);

    /// <summary>"Geely Holding Group" → "Geely"; "Toyota Motor Corporation" → "Toyota": the name without company-type words.</summary>
    private static string? ShortForm(Lexicon lexicon, List<string> words)
    {
        var end = words.Count;
        while (end > 1 && IsCompanyTypeWord(lexicon, words[end - 1]))
        {
            end--;
        }

        if (end == words.Count)
        {
            return null;
        }

        // "China Steel" does not make "China" a name of the company.
        var shortForm = string.Join(" ", words.GetRange(0, end));
        return end == 1 && NameWordTraits.Has(lexicon, shortForm, NameTraits.Place | NameTraits.Demonym | NameTraits.CommonCapital)
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
