using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;

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
/// Every exact-case word list of a lexicon a name's words are checked against, in one table built once per lexicon: one
/// lookup answers them all for a word, and <see cref="DocumentWords.NameTraitsOf(Token)"/> keeps the answer for each distinct word
/// of a document.
/// </summary>
internal sealed class NameWordTraits
{
    private static readonly PerLexicon<NameWordTraits> Tables = new(lexicon => new NameWordTraits(lexicon));

    private readonly Dictionary<string, NameTraits> _table;

    // Most capitalized words and names of several words are in no list: turned away before they are hashed.
    private readonly WordFilter _filter;

    private NameWordTraits(Lexicon lexicon)
    {
        _table = Build(lexicon);
        _filter = new WordFilter(asciiAnyCase: false);
        foreach (var word in _table.Keys)
        {
            _filter.Add(word);
        }
    }

    /// <summary>The table of <paramref name="lexicon"/>.</summary>
    public static NameWordTraits For(Lexicon lexicon) => Tables.For(lexicon);

    /// <summary>The traits of <paramref name="word"/> as written, by the lists of <paramref name="lexicon"/>.</summary>
    public static NameTraits Of(Lexicon lexicon, string word) => Tables.For(lexicon).Of(word);

    /// <summary>Whether <paramref name="word"/> as written has any of <paramref name="traits"/>.</summary>
    public static bool Has(Lexicon lexicon, string word, NameTraits traits) => (Of(lexicon, word) & traits) != 0;

    /// <summary>Whether <paramref name="word"/> may be in any of the lists: false only for a word none of them holds.</summary>
    public static bool MayBeListed(Lexicon lexicon, string word) => Tables.For(lexicon)._filter.MayContain(word);

    /// <summary>The traits of <paramref name="word"/> as written.</summary>
    public NameTraits Of(string word) => _filter.MayContain(word) && _table.TryGetValue(word, out var traits) ? traits : NameTraits.None;

    private static Dictionary<string, NameTraits> Build(Lexicon lexicon)
    {
        var g = Gazetteer.Of(lexicon);
        var listedGivenNames = Gazetteer.ReadListedGivenNames(lexicon);
        var listedFamilyNames = Gazetteer.ReadListedFamilyNames(lexicon);

        // Sized for the large generated tables at once: growing to some 60,000 words would rehash them a dozen times.
        var table = new Dictionary<string, NameTraits>(g.Places.Count + listedGivenNames.Count + listedFamilyNames.Count, StringComparer.Ordinal);
        Add(table, g.GivenNames, NameTraits.GivenName);
        Add(table, g.SurnamesFirst, NameTraits.SurnameFirst);
        Add(table, g.SurnamesLast, NameTraits.SurnameLast);
        Add(table, g.OrganizationCues, NameTraits.OrganizationCue);
        Add(table, g.EventCues, NameTraits.EventCue);
        Add(table, g.CommonCapitals, NameTraits.CommonCapital);
        Add(table, g.Demonyms, NameTraits.Demonym);
        Add(table, g.Places.Keys, NameTraits.Place);
        Add(table, g.KnownOrganizations, NameTraits.KnownOrganization);
        Add(table, listedGivenNames, NameTraits.ListedGivenName);
        Add(table, listedFamilyNames, NameTraits.ListedFamilyName);
        Add(table, Gazetteer.ReadListedGivenNameWords(lexicon), NameTraits.ListedGivenNameWord);
        // The words of a company's type or trade ("Group", "Motors"), which a short name drops (see ShortNames.ShortForm).
        Add(table, lexicon.List("company-type-words"), NameTraits.CompanyType);
        // The legal suffixes that make a name a company's ("Inc", "GmbH").
        Add(table, lexicon.List("legal-suffixes"), NameTraits.LegalSuffix);
        // The suffixes that, after a known place, still name that place ("City", "Province").
        Add(table, lexicon.List("place-suffixes"), NameTraits.PlaceSuffix);
        // The suffixes that make any name before them a place ("Kumamoto Prefecture"); "City" or "State" may end other names.
        Add(table, lexicon.List("proper-place-suffixes"), NameTraits.ProperPlaceSuffix);
        // The last words of names of places built or run, not of organizations ("Kai Tak Sports Park").
        Add(table, lexicon.List("facility-nouns"), NameTraits.FacilityNoun);
        // Capitalized common nouns and adjectives that company names are made of but personal names rarely are ("Coffee", "Digital").
        Add(table, lexicon.List("company-name-words"), NameTraits.CompanyNameWord);
        // Sectors whose shares move together: "Tech shares rose", "Property stocks fell".
        Add(table, lexicon.List("sector-words"), NameTraits.SectorWord);
        // Lower case, never a name's word: here so that one lookup answers every exact-case question of a document's word.
        Add(table, lexicon.List("organization-nouns"), NameTraits.CompanyNoun);
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
