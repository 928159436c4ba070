using System;
using System.Collections.Generic;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>What the word lists say of one capitalized word of a name (see <see cref="NameWordTraits"/>).</summary>
[Flags]
internal enum NameTraits
{
    None = 0,
    GivenName = 1,
    SurnameFirst = 2,
    SurnameLast = 4,
    OrganizationCue = 8,
    EventCue = 16,
    CommonCapital = 32,
    Demonym = 64,
    Place = 128,
    KnownOrganization = 256,
    CompanyType = 512,
    LegalSuffix = 1024,
    PlaceSuffix = 2048,
    ProperPlaceSuffix = 4096,
    FacilityNoun = 8192,
    CompanyNameWord = 16384,
    SectorWord = 32768,
    CompanyNoun = 65536,
    ListedGivenName = 1 << 17,
    ListedFamilyName = 1 << 18,
    ListedGivenNameWord = 1 << 19,
    Known = 1 << 30,
}

/// <summary>
/// Every exact-case word list a name's words are checked against, in one table: one lookup answers them all for a word, and
/// <see cref="DocumentWords.NameTraitsOf"/> keeps the answer for each distinct word of a document.
/// </summary>
internal static class NameWordTraits
{
    private static readonly Dictionary<string, NameTraits> Table = Build();

    // Most capitalized words and names of several words are in no list: turned away before they are hashed.
    private static readonly WordFilter Filter = BuildFilter();

    /// <summary>The traits of <paramref name="word"/> as written.</summary>
    public static NameTraits Of(string word) => Filter.MayContain(word) && Table.TryGetValue(word, out var traits) ? traits : NameTraits.None;

    /// <summary>Whether <paramref name="word"/> as written has any of <paramref name="traits"/>.</summary>
    public static bool Has(string word, NameTraits traits) => (Of(word) & traits) != 0;

    /// <summary>Whether <paramref name="word"/> may be in any of the lists: false only for a word none of them holds.</summary>
    public static bool MayBeListed(string word) => Filter.MayContain(word);

    private static WordFilter BuildFilter()
    {
        var filter = new WordFilter(asciiAnyCase: false);
        foreach (var word in Table.Keys)
        {
            filter.Add(word);
        }

        return filter;
    }

    private static Dictionary<string, NameTraits> Build()
    {
        var g = Gazetteer.Instance;

        // Sized for the large generated tables at once: growing to some 60,000 words would rehash them a dozen times.
        var table = new Dictionary<string, NameTraits>(g.Places.Count + g.ListedGivenNames.Count + g.ListedFamilyNames.Count, StringComparer.Ordinal);
        Add(table, g.GivenNames, NameTraits.GivenName);
        Add(table, g.SurnamesFirst, NameTraits.SurnameFirst);
        Add(table, g.SurnamesLast, NameTraits.SurnameLast);
        Add(table, g.OrganizationCues, NameTraits.OrganizationCue);
        Add(table, g.EventCues, NameTraits.EventCue);
        Add(table, g.CommonCapitals, NameTraits.CommonCapital);
        Add(table, g.Demonyms, NameTraits.Demonym);
        Add(table, g.Places.Keys, NameTraits.Place);
        Add(table, g.KnownOrganizations, NameTraits.KnownOrganization);
        Add(table, g.ListedGivenNames, NameTraits.ListedGivenName);
        Add(table, g.ListedFamilyNames, NameTraits.ListedFamilyName);
        Add(table, g.ListedGivenNameWords, NameTraits.ListedGivenNameWord);
        Add(table, EntityTable.CompanyTypeWords, NameTraits.CompanyType);
        Add(table, RunClassifier.LegalSuffixWords, NameTraits.LegalSuffix);
        Add(table, RunClassifier.PlaceSuffixWords, NameTraits.PlaceSuffix);
        Add(table, RunClassifier.ProperPlaceSuffixWords, NameTraits.ProperPlaceSuffix);
        Add(table, RunClassifier.FacilityNounWords, NameTraits.FacilityNoun);
        Add(table, RunClassifier.CompanyNameWordList, NameTraits.CompanyNameWord);
        Add(table, RunClassifier.SectorWordList, NameTraits.SectorWord);
        // Lower case, never a name's word: here so that one lookup answers every exact-case question of a document's word.
        Add(table, RunClassifier.OrganizationNounWords, NameTraits.CompanyNoun);
        return table;
    }

    private static void Add(Dictionary<string, NameTraits> table, IEnumerable<string> words, NameTraits trait)
    {
        foreach (var word in words)
        {
            table[word] = (table.TryGetValue(word, out var known) ? known : NameTraits.None) | trait;
        }
    }
}
