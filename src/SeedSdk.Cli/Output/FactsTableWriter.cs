using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using SeedSdk.Cli.Extraction;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Naming;

namespace SeedSdk.Cli.Output;

/// <summary>Writes documents as readable, aligned tables: kind, name, value, line:column, text.</summary>
internal static class FactsTableWriter
{
    private const int MaxValueWidth = 48;
    private const int MaxTextWidth = 64;
    private static readonly string[] Header = { "KIND", "NAME", "VALUE", "AT", "TEXT" };

    /// <summary>Writes one table per document to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<NamedDocument> documents, TextWriter output)
    {
        for (var d = 0; d < documents.Count; d++)
        {
            if (d > 0)
            {
                output.WriteLine();
            }

            WriteDocument(documents[d], output);
        }
    }

    private static void WriteDocument(NamedDocument named, TextWriter output)
    {
        var document = named.Document;
        output.WriteLine(document.Path + " (" + CSharpIdentifier.TypeNameFromPath(document.Path) + ")");
        output.WriteLine("Title: " + document.Title);
        if (named.Facts.Count == 0)
        {
            output.WriteLine("(no facts)");
            return;
        }

        var rows = new List<string[]> { Header };
        foreach (var (fact, memberName) in named.Facts)
        {
            rows.Add(new[]
            {
                fact.Kind.ContractName(),
                memberName ?? "-",
                Clip(FactText.Summary(fact), MaxValueWidth),
                fact.Span.Line.ToString(CultureInfo.InvariantCulture) + ":" + fact.Span.Column.ToString(CultureInfo.InvariantCulture),
                Clip(fact.Text, MaxTextWidth),
            });
        }

        var widths = new int[Header.Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Length; c++)
            {
                line.Append(c == row.Length - 1 ? row[c] : row[c].PadRight(widths[c] + 2));
            }

            output.WriteLine(line.ToString());
        }

        output.WriteLine("(" + named.Facts.Count.ToString(CultureInfo.InvariantCulture) + (named.Facts.Count == 1 ? " fact)" : " facts)"));
    }

    // One line, at most max characters: line breaks become spaces, a cut ends with "…".
    private static string Clip(string text, int max)
    {
        var single = text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
        return single.Length <= max ? single : single.Substring(0, max - 1) + "\u2026";
    }
}
