using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Tests.Corpora;
using SeedSdk.Testing;

namespace SeedSdk.Extraction.Tests.Gold;

/// <summary>
/// The seed article against its gold file, for the numeric and temporal kinds: every required gold fact is
/// found with the same value, unit, qualifier, text, line and column, and every numeric fact found is in the gold.
/// </summary>
public sealed class NumericGoldTests
{
    private static readonly string[] NumericKinds = { "money", "ratio", "quantity", "duration", "date", "period" };

    private const string SeedName = "000_8b5633673b5c9d83";

    [Fact]
    public void Every_required_numeric_gold_fact_is_found()
    {
        var found = ExtractSeed().Select(Describe).ToList();
        var missing = LoadGold().Where(g => !g.Optional).Select(g => g.Key).Where(key => !found.Contains(key)).ToList();

        Assert.True(missing.Count == 0, "missing:\n" + string.Join("\n", missing) + "\nfound:\n" + string.Join("\n", found));
    }

    [Fact]
    public void No_numeric_fact_is_spurious()
    {
        var gold = LoadGold().Select(g => g.Key).ToList();
        var spurious = ExtractSeed().Select(Describe).Where(key => !gold.Contains(key)).ToList();

        Assert.True(spurious.Count == 0, "spurious:\n" + string.Join("\n", spurious));
    }

    [Fact]
    public void The_gold_file_has_numeric_facts_to_check()
        => Assert.True(LoadGold().Count(g => !g.Optional) >= 6);

    private static List<ExtractedFact> ExtractSeed()
    {
        var text = File.ReadAllText(RepoFiles.PathOf("seeds/" + SeedName + ".txt"));
        return FactExtractor.Extract(text, "seeds/" + SeedName + ".txt").Facts
            .Where(f => NumericKinds.Contains(f.Kind.ContractName()))
            .ToList();
    }

    // One comparable line per fact: kind, text, line, column and the kind's normalized fields.
    private static string Describe(ExtractedFact fact)
    {
        var value = fact.Kind switch
        {
            FactKind.Date => fact.Date,
            FactKind.Period => fact.Start + ".." + fact.End,
            _ => fact.Value?.ToString(CultureInfo.InvariantCulture),
        };
        return Key(fact.Kind.ContractName(), fact.Text, fact.Span.Line, fact.Span.Column, value, fact.Unit, fact.Qualifier);
    }

    private static string Key(string kind, string text, int line, int column, string? value, string? unit, string? qualifier)
        => $"{kind} \"{text}\" @{line}:{column} value={value} unit={unit} qualifier={qualifier}";

    private static List<(string Key, bool Optional)> LoadGold()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoFiles.PathOf("tests/data/gold/" + SeedName + ".facts.json")));
        var result = new List<(string, bool)>();
        foreach (var doc in document.RootElement.GetProperty("documents").EnumerateArray())
        {
            foreach (var f in doc.GetProperty("facts").EnumerateArray())
            {
                var kind = f.GetProperty("kind").GetString()!;
                if (!NumericKinds.Contains(kind))
                {
                    continue;
                }

                var value = kind switch
                {
                    "date" => f.GetProperty("value").GetString(),
                    "period" => f.GetProperty("start").GetString() + ".." + f.GetProperty("end").GetString(),
                    _ => f.GetProperty("value").GetDecimal().ToString(CultureInfo.InvariantCulture),
                };
                var key = Key(kind, f.GetProperty("text").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(),
                    value, Optional(f, "unit"), Optional(f, "qualifier"));
                result.Add((key, f.TryGetProperty("optional", out var o) && o.GetBoolean()));
            }
        }

        return result;
    }

    private static string? Optional(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
