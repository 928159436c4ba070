using System.Collections.Generic;
using System.Text;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// The short names an organization's full name gives: the name without the company-type words it may drop ("Geely" of
/// "Geely Holding Group") and its initials ("NDRC"). The entity table registers them as the organization's aliases.
/// </summary>
internal static class ShortNames
{
    /// <summary>Whether <paramref name="word"/> names a company's type or trade ("Group", "Motors", "Automobile"): the lexicon's <c>company-type-words</c>.</summary>
    public static bool IsCompanyTypeWord(Lexicon lexicon, string word) => NameWordTraits.Has(lexicon, word, NameTraits.CompanyType);

    /// <summary>"Geely Holding Group" → "Geely"; "Toyota Motor Corporation" → "Toyota": the name without company-type words, or null.</summary>
    public static string? ShortForm(Lexicon lexicon, List<string> words)
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
    public static string Initials(List<string> words)
    {
        var builder = new StringBuilder(words.Count);
        foreach (var word in words)
        {
            builder.Append(word[0]);
        }

        return builder.ToString();
    }
}
