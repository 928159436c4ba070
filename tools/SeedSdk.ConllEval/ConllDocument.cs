using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SeedSdk.ConllEval;

/// <summary>One CoNLL-2003 story: its sentences as token lists and its annotated names.</summary>
internal sealed class ConllDocument
{
    public List<List<string>> Sentences { get; } = new();

    /// <summary>Distinct gold names per type ("PER", "ORG", "LOC"); MISC is not compared.</summary>
    public Dictionary<string, HashSet<string>> Names { get; } = new()
    {
        ["PER"] = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase),
        ["ORG"] = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase),
        ["LOC"] = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>Reads every "-DOCSTART-" delimited story of a CoNLL-2003 file (IOB1 or IOB2 tags).</summary>
    public static List<ConllDocument> ReadAll(string path)
    {
        var documents = new List<ConllDocument>();
        ConllDocument? current = null;
        var sentence = new List<string>();
        var tags = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("-DOCSTART-", System.StringComparison.Ordinal))
            {
                current?.AddSentence(sentence, tags);
                current = new ConllDocument();
                documents.Add(current);
                continue;
            }

            if (line.Length == 0)
            {
                current?.AddSentence(sentence, tags);
                continue;
            }

            var columns = line.Split(' ');
            sentence.Add(columns[0]);
            tags.Add(columns[columns.Length - 1]);
        }

        current?.AddSentence(sentence, tags);
        return documents;
    }

    private void AddSentence(List<string> tokens, List<string> tags)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        Sentences.Add(new List<string>(tokens));
        string? type = null;
        var name = new StringBuilder();
        for (var i = 0; i <= tokens.Count; i++)
        {
            var tag = i < tokens.Count ? tags[i] : "O";
            var tagType = tag.Length > 2 ? tag.Substring(2) : null;
            var begins = tag.StartsWith("B-", System.StringComparison.Ordinal) || tagType != type;
            if (type != null && begins)
            {
                if (Names.TryGetValue(type, out var set))
                {
                    set.Add(name.ToString());
                }

                type = null;
                name.Clear();
            }

            if (tagType != null)
            {
                if (name.Length > 0)
                {
                    name.Append(' ');
                }

                name.Append(tokens[i]);
                type = tagType;
            }
        }

        tokens.Clear();
        tags.Clear();
    }
}
