using System;
using System.Collections.Generic;
using System.Reflection;
using System.Text;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// The words of one language the extractor reads, as data. Each list is a text file of <c>Lexicon/xx/</c> embedded
/// in the assembly (one entry a line; blank lines and lines starting with <c>#</c> left out; columns separated by
/// spaces), parsed once into the compact tables the recognizers receive with the document's tokens. The large tables of
/// <c>Lexicon/xx/gazetteer/</c> (names, places, organizations: some 60,000 lines) are lists too, named
/// <c>gazetteer/file</c>, but read only when a table is built from them (see <see cref="GazetteerText"/>).
/// </summary>
public sealed class Lexicon
{
    private const string ResourcePrefix = "SeedSdk.Extraction.Lexicon.";

    /// <summary>The folder of the gazetteers, and the start of their lists' names ("gazetteer/cities").</summary>
    private const string GazetteerFolder = "gazetteer";

    private readonly Dictionary<string, string[]> _lists;

    // The gazetteers by file name: the text given by WithList, or null for the embedded file, read when asked.
    private readonly Dictionary<string, string?> _gazetteers;

    private Lexicon(string language, Dictionary<string, string[]> lists, Dictionary<string, string?> gazetteers)
    {
        Language = language;
        _lists = lists;
        _gazetteers = gazetteers;
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
            foreach (var file in _gazetteers.Keys)
            {
                names.Add(GazetteerFolder + "/" + file);
            }

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
        => _lists.TryGetValue(name, out var rows) ? rows
            : GazetteerFile(name) is { } file ? Parse(GazetteerText(file))
            : throw new KeyNotFoundException("The lexicon '" + Language + "' has no list '" + name + "'.");

    /// <summary>
    /// The text of the gazetteer <paramref name="file"/> (<c>Lexicon/xx/gazetteer/file.txt</c>), read from the assembly on each
    /// call: its table is built once per lexicon, and the text is not kept.
    /// </summary>
    internal string GazetteerText(string file)
    {
        if (!_gazetteers.TryGetValue(file, out var text))
        {
            throw new KeyNotFoundException("The lexicon '" + Language + "' has no list '" + GazetteerFolder + "/" + file + "'.");
        }

        return text ?? ReadResource(ResourcePrefix + Language + "." + GazetteerFolder + "." + file + ".txt");
    }

    // "cities" for "gazetteer/cities" when the lexicon has that gazetteer, else null.
    private string? GazetteerFile(string name)
        => name.StartsWith(GazetteerFolder + "/", StringComparison.Ordinal) && _gazetteers.ContainsKey(name.Substring(GazetteerFolder.Length + 1))
            ? name.Substring(GazetteerFolder.Length + 1)
            : null;

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

        if (GazetteerFile(name) is { } file)
        {
            return new Lexicon(Language, _lists, new Dictionary<string, string?>(_gazetteers, StringComparer.Ordinal) { [file] = text });
        }

        var lists = new Dictionary<string, string[]>(_lists, StringComparer.Ordinal) { [name] = Parse(text) };
        return new Lexicon(Language, lists, _gazetteers);
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

    /// <summary>The list <paramref name="name"/> of words and their texts ("hk$ HKD") as a map.</summary>
    internal WordMap<string> TextMap(string name)
    {
        var map = new WordMap<string>();
        foreach (var row in Rows(name))
        {
            map[row[0]] = row[1];
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
        var gazetteerPrefix = prefix + GazetteerFolder + ".";
        var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var gazetteers = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal) || !resource.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            if (resource.StartsWith(gazetteerPrefix, StringComparison.Ordinal))
            {
                gazetteers[resource.Substring(gazetteerPrefix.Length, resource.Length - gazetteerPrefix.Length - ".txt".Length)] = null;
                continue;
            }

            lists[resource.Substring(prefix.Length, resource.Length - prefix.Length - ".txt".Length)] = Parse(ReadResource(resource));
        }

        return new Lexicon(language, lists, gazetteers);
    }

    private static string ReadResource(string resource)
    {
        using var stream = typeof(Lexicon).GetTypeInfo().Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing embedded lexicon list " + resource + ".");

        // The whole file in one read, decoded once: a reader's buffers would cost more than most lists hold.
        var bytes = new byte[stream.Length];
        var read = 0;
        for (int n; read < bytes.Length && (n = stream.Read(bytes, read, bytes.Length - read)) > 0;)
        {
            read += n;
        }

        var bom = read >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, bom, read - bom);
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
