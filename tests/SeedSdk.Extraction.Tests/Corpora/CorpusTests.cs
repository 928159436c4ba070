using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Testing;

namespace SeedSdk.Extraction.Tests.Corpora;

/// <summary>
/// Runs the example corpora beside the rules (duckling-style): one tab-separated file per dimension under
/// tests/SeedSdk.Extraction.Tests/Corpora. A "+" line expects a fact of the file's kind with the given text and
/// normalized value (and unit and qualifier when given, "-" meaning none); a "-" line expects no fact of that kind.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string[] Names = { "money", "ratio", "quantity", "duration", "date", "period" };

    public static readonly TheoryData<string> Dimensions = new(Names);

    [Theory]
    [MemberData(nameof(Dimensions))]
    public void Every_corpus_case_holds(string dimension)
    {
        var cases = CorpusFile.Load(dimension);
        var failures = cases.Select(c => c.Check()).Where(message => message is not null).ToList();

        Assert.NotEmpty(cases);
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} {dimension} cases fail:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void The_corpora_hold_at_least_300_cases_and_60_negatives()
    {
        var all = Names.SelectMany(CorpusFile.Load).ToList();

        Assert.True(all.Count >= 300, $"only {all.Count} cases");
        Assert.True(all.Count(c => !c.Positive) >= 60, $"only {all.Count(c => !c.Positive)} negative cases");
    }
}

/// <summary>One corpus line.</summary>
internal sealed record CorpusCase(FactKind Kind, bool Positive, string Sentence, string Text, string Value, string? Unit, string? Qualifier, int Line)
{
    /// <summary>Null when the case holds, else why not.</summary>
    public string? Check()
    {
        var facts = FactExtractor.Extract(Sentence, "corpus.txt").Facts.Where(f => f.Kind == Kind).ToList();
        var described = facts.Count == 0 ? "(none)" : string.Join("; ", facts.Select(Describe));
        if (!Positive)
        {
            return facts.Count == 0 ? null : $"line {Line}: expected no {Kind} in \"{Sentence}\", found {described}";
        }

        return facts.Any(Matches) ? null : $"line {Line}: expected {Kind} \"{Text}\" = {Value} {Unit} {Qualifier} in \"{Sentence}\", found {described}";
    }

    private bool Matches(ExtractedFact fact)
        => fact.Text == Text && ValueOf(fact) == Value
        && (Unit is null || (Unit == "-" ? fact.Unit is null : fact.Unit == Unit))
        && (Qualifier is null || (Qualifier == "-" ? fact.Qualifier is null : fact.Qualifier == Qualifier));

    private static string? ValueOf(ExtractedFact fact) => fact.Kind switch
    {
        FactKind.Date => fact.Date,
        FactKind.Period => fact.Start + ".." + fact.End,
        _ => fact.Value?.ToString(CultureInfo.InvariantCulture),
    };

    private static string Describe(ExtractedFact fact)
        => $"\"{fact.Text}\" = {ValueOf(fact)} {fact.Unit} {fact.Qualifier}".TrimEnd();
}

/// <summary>Reads a corpus file: "+", sentence, text, value[, unit[, qualifier]] or "-", sentence; '#' starts a comment line.</summary>
internal static class CorpusFile
{
    public static List<CorpusCase> Load(string dimension)
    {
        var kind = (FactKind)Enum.Parse(typeof(FactKind), dimension, ignoreCase: true);
        var lines = File.ReadAllLines(RepoFiles.PathOf("tests/SeedSdk.Extraction.Tests/Corpora/" + dimension + ".tsv"));
        var cases = new List<CorpusCase>();
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            var positive = cells[0] == "+";
            if (!positive && cells[0] != "-" || positive && cells.Length < 4)
            {
                throw new FormatException($"{dimension}.tsv line {n + 1}: {line}");
            }

            cases.Add(new CorpusCase(kind, positive, cells[1], positive ? cells[2] : string.Empty, positive ? cells[3] : string.Empty,
                Cell(cells, 4), Cell(cells, 5), n + 1));
        }

        return cases;
    }

    private static string? Cell(string[] cells, int index) => index < cells.Length && cells[index].Length > 0 ? cells[index] : null;
}
