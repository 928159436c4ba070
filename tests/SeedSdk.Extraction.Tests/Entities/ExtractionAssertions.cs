using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Tests.Entities;

/// <summary>Runs example sentences through <see cref="FactExtractor.Extract"/> and describes what came out, for readable failures.</summary>
internal static class ExtractionAssertions
{
    /// <summary>The facts of <paramref name="kind"/> extracted from <paramref name="text"/>.</summary>
    public static List<ExtractedFact> FactsOf(string text, FactKind kind)
        => FactExtractor.Extract(text, "corpus.txt").Facts.Where(f => f.Kind == kind).ToList();

    /// <summary>Splits a '|'-separated cell; an empty cell is no values.</summary>
    public static string[] Cells(string cell) => cell.Length == 0 ? Array.Empty<string>() : cell.Split('|');

    /// <summary>A one-line description of every fact, for assertion messages.</summary>
    public static string Describe(IEnumerable<ExtractedFact> facts)
        => string.Join("; ", facts.Select(f => $"{f.Kind}[{f.Text}] name={f.EntityName} aliases={f.Aliases} person={f.Person} role={f.Role} org={f.Organization} head={f.Head} items={f.Items} speaker={f.Speaker}"));
}
