using System;
using System.IO;
using System.Linq;
using SeedSdk.Cli.Output;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Cli.Tests;

public class FactsTableWriterTests
{
    [Fact]
    public void Columns_are_aligned_and_values_summarized()
    {
        var lines = Render(SampleDocuments.AllKinds());
        Assert.Equal("notes/q3 report.md (Q3Report)", lines[0]);
        Assert.Equal("Title: Q3 Report", lines[1]);
        var header = lines[2];
        var rows = lines.Skip(3).TakeWhile(l => !l.StartsWith("(", StringComparison.Ordinal)).ToList();
        Assert.Equal(13, rows.Count);
        foreach (var column in new[] { "NAME", "VALUE", "AT", "TEXT" })
        {
            var at = header.IndexOf(column, StringComparison.Ordinal);
            Assert.All(rows, row => Assert.NotEqual(' ', row[at]));
            Assert.All(rows, row => Assert.Equal(' ', row[at - 1]));
        }

        Assert.Contains(rows, r => r.StartsWith("money", StringComparison.Ordinal) && r.Contains("105000000000 CNY (up-to)") && r.Contains("4:81"));
        Assert.Contains(rows, r => r.Contains("2021..2025"));
        Assert.Contains(rows, r => r.Contains("Jane Doe / ceo"));
        Assert.Equal("(13 facts)", lines[^1]);
    }

    [Fact]
    public void Long_and_multi_line_text_is_clipped_to_one_line()
    {
        var fact = new ExtractedFact { Kind = FactKind.Statement, Name = "S", Text = "first line\nsecond " + new string('x', 200), Speaker = "Jane" };
        var lines = Render(SampleDocuments.With(fact));
        Assert.Equal(5, lines.Length);
        Assert.EndsWith("\u2026", lines[3]);
        Assert.Contains("first line second", lines[3]);
    }

    [Fact]
    public void A_document_without_facts_says_so()
        => Assert.Equal("(no facts)", Render(SampleDocuments.With())[2]);

    private static string[] Render(ExtractedDocument document)
    {
        using var output = new StringWriter { NewLine = "\n" };
        FactsTableWriter.Write(new[] { SeedSdk.Cli.Extraction.DocumentLoader.Named(document, System.Array.Empty<string>()) }, output);
        return output.ToString().TrimEnd('\n').Split('\n');
    }
}
