using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// The words of one language the extractor reads, as data. Each list is a text file of <c>Lexicon/xx/</c> embedded
/// in the assembly (one entry a line; blank lines and lines starting with <c>#</c> left out; columns separated by
/// spaces), parsed once into the compact tables the recognizers receive with the document's tokens.
/// </summary>
public sealed class Lexicon
{
    private const string ResourcePrefix = "SeedSdk.Extraction.Lexicon.";

    private readonly Dictionary<string, string[]> _lists;

    private Lexicon(string language, Dictionary<string, string[]> lists)
    {
        Language = language;
        _lists = lists;
        Months = new MonthTable(this);
        Scales = new ScaleWords(this);
        Units = new UnitTable(this);
    }

    /// <summary>English, the default: the lists of <c>Lexicon/en/</c>.</summary>
    public static Lexicon English { get; } = FromResources("en");

    /// <summary>The language's code ("en").</summary>
    public string Language { get; }

    /// <summary>The names of the lists, in ordinal order.</summary>
    public IReadOnlyList<string> ListNames
    {
        get
        {
            var names = new List<string>(_lists.Keys);
            names.Sort(StringComparer.Ordinal);
            return names;
        }
    }

    /// <summary>The month and weekday names.</summary>
    internal MonthTable Months { get; }

    /// <summary>The scale words.</summary>
    internal ScaleWords Scales { get; }

    /// <summary>The measure units and the nouns of counted things.</summary>
    internal UnitTable Units { get; }

    /// <summary>The entries of list <paramref name="name"/>, in the file's order.</summary>
    public IReadOnlyList<string> List(string name)
        => _lists.TryGetValue(name, out var rows) ? rows : throw new KeyNotFoundException("The lexicon '" + Language + "' has no list '" + name + "'.");

    /// <summary>
    /// A copy of this lexicon whose list <paramref name="name"/> is <paramref name="text"/>, written as its file is.
    /// The other lists are shared; the tables are built again from the result.
    /// </summary>
    public Lexicon WithList(string name, string text)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var lists = new Dictionary<string, string[]>(_lists, StringComparer.Ordinal) { [name] = Parse(text) };
        return new Lexicon(Language, lists);
    }

    /// <summary>A copy of the entries of list <paramref name="name"/>.</summary>
    internal string[] Words(string name) => (string[])(_lists.TryGetValue(name, out var rows) ? rows : throw new KeyNotFoundException("The lexicon '" + Language + "' has no list '" + name + "'.")).Clone();

    /// <summary>The list <paramref name="name"/> of words and their numbers ("twenty 20") as a map.</summary>
    internal WordMap<int> NumberMap(string name)
    {
        var map = new WordMap<int>();
        foreach (var row in Rows(name))
        {
            map[row[0]] = int.Parse(row[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        }

        return map;
    }

    /// <summary>The entries of list <paramref name="name"/>, each split into its columns.</summary>
    internal IEnumerable<string[]> Rows(string name)
    {
        foreach (var entry in List(name))
        {
            yield return entry.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        }
    }

    private static readonly char[] Separators = { ' ', '\t' };

    private static Lexicon FromResources(string language)
    {
        var assembly = typeof(Lexicon).GetTypeInfo().Assembly;
        var prefix = ResourcePrefix + language + ".";
        var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException("Missing embedded lexicon list " + resource + ".");
            using var reader = new StreamReader(stream);
            lists[resource.Substring(prefix.Length, resource.Length - prefix.Length - ".txt".Length)] = Parse(reader.ReadToEnd());
        }

        return new Lexicon(language, lists);
    }

    private static string[] Parse(string text)
    {
        var entries = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                entries.Add(entry);
            }
        }

        return entries.ToArray();
    }
}
