using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// The name, place, organization and role tables of a lexicon (its gazetteers, <c>Lexicon/xx/gazetteer/*.txt</c>), built once
/// per lexicon on first use. Lines starting with '#' are comments; a line may list variants separated by '|', the first
/// being the group key (so "US" and "United States" are one place).
/// </summary>
internal sealed class Gazetteer
{
    private static readonly PerLexicon<Gazetteer> Tables = new(Load);

    private Gazetteer()
    {
    }

    /// <summary>The tables of <paramref name="lexicon"/>.</summary>
    public static Gazetteer Of(Lexicon lexicon) => Tables.For(lexicon);

    /// <summary>Every spelling of a country, region, province or city, mapped to its group key.</summary>
    public Dictionary<string, string> Places { get; } = new(StringComparer.Ordinal);

    /// <summary>Nationality adjectives ("Chinese"): never places.</summary>
    public HashSet<string> Demonyms { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that end or head an organization name.</summary>
    public HashSet<string> OrganizationCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that end or head an event name.</summary>
    public HashSet<string> EventCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Family names written first (Chinese, Korean, Vietnamese).</summary>
    public HashSet<string> SurnamesFirst { get; } = new(StringComparer.Ordinal);

    /// <summary>Family names written last (Japanese in English order, Western).</summary>
    public HashSet<string> SurnamesLast { get; } = new(StringComparer.Ordinal);

    /// <summary>Given names written first.</summary>
    public HashSet<string> GivenNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Given names of women (the others of <see cref="GivenNames"/>, but unisex ones, are men's).</summary>
    public HashSet<string> FemaleGivenNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Given names used for both women and men.</summary>
    public HashSet<string> UnisexGivenNames { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Given names of the large generated table (tools/gazetteer): weaker evidence than <see cref="GivenNames"/>, as many are
    /// also companies' or places' names, so they only make a person of a name of two or three words. Read once, by
    /// <see cref="NameWordTraits"/>, straight into its table (no set of their own: some 25,000 names).
    /// </summary>
    public static List<string> ReadListedGivenNames(Lexicon lexicon) => ReadWords(lexicon, "names-given");

    /// <summary>Given names of the generated table that are also English words ("Dean", "Will"): not trusted at a sentence's start.</summary>
    public static List<string> ReadListedGivenNameWords(Lexicon lexicon) => ReadWords(lexicon, "names-given-words");

    /// <summary>Family names of the large generated table, used as <see cref="ReadListedGivenNames"/> are.</summary>
    public static List<string> ReadListedFamilyNames(Lexicon lexicon) => ReadWords(lexicon, "names-family");

    /// <summary>Titles stripped from names ("Mr", "Professor").</summary>
    public HashSet<string> Honorifics { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Organizations known without a cue word.</summary>
    public HashSet<string> KnownOrganizations { get; } = new(StringComparer.Ordinal);

    /// <summary>Capitalized words that are not entities by themselves (months, acronyms of common nouns).</summary>
    public HashSet<string> CommonCapitals { get; } = new(StringComparer.Ordinal);

    /// <summary>Role phrases, lower case, each as its words.</summary>
    public Dictionary<string, List<string[]>> RolesByFirstWord { get; } = new(StringComparer.OrdinalIgnoreCase);

    private static Gazetteer Load(Lexicon lexicon)
    {
        var g = new Gazetteer();
        Fill(g.Demonyms, lexicon, "demonyms");
        Fill(g.OrganizationCues, lexicon, "org-cues");
        Fill(g.EventCues, lexicon, "event-cues");
        Fill(g.SurnamesFirst, lexicon, "surnames-east-asian");
        Fill(g.SurnamesLast, lexicon, "surnames-western");
        Fill(g.GivenNames, lexicon, "given-names");
        Fill(g.FemaleGivenNames, lexicon, "female-given-names");
        Fill(g.UnisexGivenNames, lexicon, "unisex-given-names");
        Fill(g.Honorifics, lexicon, "honorifics");
        Fill(g.KnownOrganizations, lexicon, "known-organizations");
        AddDottedAcronyms(g.KnownOrganizations);
        Fill(g.CommonCapitals, lexicon, "common-capitals");
        LoadPlaces(g, lexicon);
        foreach (var place in new List<KeyValuePair<string, string>>(g.Places))
        {
            if (Dotted(place.Key) is { } dotted && !g.Places.ContainsKey(dotted))
            {
                g.Places.Add(dotted, place.Value);
            }
        }

        var demonymEndings = lexicon.List("demonym-endings");
        AddDerivedDemonyms(g, lexicon, "countries", demonymEndings);
        AddDerivedDemonyms(g, lexicon, "geo-countries", demonymEndings);
        foreach (var variants in ReadLines(lexicon, "roles"))
        {
            var words = RoleWords(variants[0]);
            if (!g.RolesByFirstWord.TryGetValue(words[0], out var list))
            {
                list = new List<string[]>();
                g.RolesByFirstWord.Add(words[0], list);
            }

            list.Add(words);
        }

        foreach (var list in g.RolesByFirstWord.Values)
        {
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }

        return g;
    }

    /// <summary>
    /// The curated place tables, then the generated ones (geo-*, built by tools/gazetteer): the curated group keys win, and a
    /// generated city or region that a curated table gives another meaning ("Toyota", "Yuki") is left out.
    /// </summary>
    private static void LoadPlaces(Gazetteer g, Lexicon lexicon)
    {
        foreach (var file in new[] { "countries", "regions", "provinces", "cities", "geo-countries", "geo-regions", "geo-cities" })
        {
            var generated = file is "geo-regions" or "geo-cities";
            foreach (var variants in ReadLines(lexicon, file))
            {
                foreach (var variant in variants)
                {
                    if (!g.Places.ContainsKey(variant) && !(generated && g.HasOtherMeaning(variant)))
                    {
                        g.Places.Add(variant, variants[0]);
                        if (file.EndsWith("countries", StringComparison.Ordinal))
                        {
                            g.CountryKeys.Add(variants[0]);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Whether <paramref name="place"/> is a spelling of a country (of the curated or generated country tables).</summary>
    public bool IsCountry(string place) => Places.TryGetValue(place, out var key) && CountryKeys.Contains(key);

    private HashSet<string> CountryKeys { get; } = new(StringComparer.Ordinal);

    private bool HasOtherMeaning(string word)
        => GivenNames.Contains(word) || SurnamesFirst.Contains(word) || SurnamesLast.Contains(word) || KnownOrganizations.Contains(word)
            || CommonCapitals.Contains(word) || Demonyms.Contains(word) || OrganizationCues.Contains(word) || EventCues.Contains(word);

    /// <summary>Adds "U.N." for "UN": news writes short names in capitals with or without periods.</summary>
    private static void AddDottedAcronyms(HashSet<string> names)
    {
        foreach (var name in new List<string>(names))
        {
            if (Dotted(name) is { } dotted)
            {
                names.Add(dotted);
            }
        }
    }

    /// <summary>"U.N." for an acronym of two to four capitals ("UN"), else null.</summary>
    private static string? Dotted(string name)
    {
        if (name.Length is < 2 or > 4)
        {
            return null;
        }

        var dotted = new char[name.Length * 2];
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] is < 'A' or > 'Z')
            {
                return null;
            }

            dotted[2 * i] = name[i];
            dotted[2 * i + 1] = '.';
        }

        return new string(dotted);
    }

    /// <summary>
    /// Adds the regular demonyms (the lexicon's <c>demonym-endings</c>) of the one-word countries of <paramref name="file"/>, singular and plural, so that
    /// "Tanzanian" or "Palestinians" is never read as an unknown organization; a derived word already naming
    /// something else (a place, a given name) is not added.
    /// </summary>
    private static void AddDerivedDemonyms(Gazetteer g, Lexicon lexicon, string file, IReadOnlyList<string> demonymEndings)
    {
        foreach (var variants in ReadLines(lexicon, file))
        {
            foreach (var country in variants)
            {
                if (country.IndexOf(' ') >= 0 || country.Length < 4)
                {
                    continue;
                }

                var stem = "aeiouy".IndexOf(country[country.Length - 1]) >= 0 && country[country.Length - 1] != 'a' ? country.Substring(0, country.Length - 1) : country;
                foreach (var ending in demonymEndings)
                {
                    foreach (var word in new[] { country + ending, stem + ending })
                    {
                        if (!g.Places.ContainsKey(word) && !g.GivenNames.Contains(word) && !g.SurnamesLast.Contains(word))
                        {
                            g.Demonyms.Add(word);
                            g.Demonyms.Add(word + "s");
                        }
                    }
                }
            }
        }
    }

    /// <summary>Whether a person's first word tells the gender: true for women, false for men, null when unknown.</summary>
    public bool? IsFemaleGivenName(string word)
    {
        if (FemaleGivenNames.Contains(word))
        {
            return true;
        }

        return GivenNames.Contains(word) && !UnisexGivenNames.Contains(word) ? false : null;
    }

    /// <summary>Splits a role phrase into the words the tokenizer yields ("co-founder" is "co", "-", "founder").</summary>
    private static string[] RoleWords(string phrase)
    {
        var words = new List<string>();
        foreach (var part in phrase.Split(' '))
        {
            var pieces = part.Split('-');
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0)
                {
                    words.Add("-");
                }

                words.Add(pieces[i]);
            }
        }

        return words.ToArray();
    }

    // Every variant of every line of file, in a list sized by the file's lines.
    private static List<string> ReadWords(Lexicon lexicon, string file)
    {
        var text = lexicon.GazetteerText(file);
        var words = new List<string>(LineCount(text));
        foreach (var variants in Lines(text))
        {
            words.AddRange(variants);
        }

        return words;
    }

    private static int LineCount(string text)
    {
        var count = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            count++;
        }

        return count;
    }

    private static void Fill(HashSet<string> set, Lexicon lexicon, string file)
    {
        foreach (var variants in ReadLines(lexicon, file))
        {
            foreach (var variant in variants)
            {
                set.Add(variant);
            }
        }
    }

    // The variants of each line of file, in one list reused for every line (callers read it before asking for the next):
    // the tables hold some 60,000 lines, read at the first extraction, so a line costs its variants' strings only.
    private static IEnumerable<List<string>> ReadLines(Lexicon lexicon, string file) => Lines(lexicon.GazetteerText(file));

    private static IEnumerable<List<string>> Lines(string text)
    {
        var variants = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var (first, last) = Trimmed(text, start, end);
            start = end + 1;
            if (first >= last || text[first] == '#')
            {
                continue;
            }

            variants.Clear();
            for (var from = first; ;)
            {
                var bar = text.IndexOf('|', from, last - from);
                variants.Add(text.Substring(from, (bar < 0 ? last : bar) - from));
                if (bar < 0)
                {
                    break;
                }

                from = bar + 1;
            }

            yield return variants;
        }
    }

    // The bounds of text[start..end) without the white space around it (as string.Trim).
    private static (int First, int Last) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
