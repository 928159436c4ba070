using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SeedSdk.Extraction.Model;
using SeedSdk.Testing;

namespace SeedSdk.Extraction.Tests.Gold;

/// <summary>The seed article against its gold file, for the entity-level kinds.</summary>
public sealed class EntityGoldTests
{
    private const string SeedName = "000_8b5633673b5c9d83";

    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "person", "organization", "location", "event", "role", "list", "statement",
    };

    [Fact]
    public void EveryRequiredGoldFactIsFound()
    {
        var (gold, facts) = Load();
        var missing = gold.Where(g => !g.Optional && !facts.Any(f => Matches(g, f))).Select(g => g.Describe()).ToList();
        Assert.True(missing.Count == 0, "Missing gold facts:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void NothingSpuriousIsFound()
    {
        var (gold, facts) = Load();
        var spurious = facts.Where(f => !gold.Any(g => Matches(g, f))).Select(Describe).ToList();
        Assert.True(spurious.Count == 0, "Facts not in the gold file:\n" + string.Join("\n", spurious));
    }

    [Fact]
    public void EachRequiredGoldFactIsFoundOnce()
    {
        var (gold, facts) = Load();
        foreach (var g in gold.Where(g => !g.Optional))
        {
            Assert.Equal(1, facts.Count(f => Matches(g, f)));
        }
    }

    private static (List<GoldFact> Gold, List<ExtractedFact> Facts) Load()
    {
        var seedPath = Path.Combine(AppContext.BaseDirectory, "seeds", SeedName + ".txt");
        var document = FactExtractor.Extract(File.ReadAllText(seedPath), "seeds/" + SeedName + ".txt");
        var facts = document.Facts.Where(f => Kinds.Contains(KindName(f.Kind))).ToList();
        var goldPath = RepoFiles.PathOf("tests/data/gold/" + SeedName + ".facts.json");
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var gold = json.RootElement.GetProperty("documents")[0].GetProperty("facts").EnumerateArray()
            .Select(GoldFact.From)
            .Where(g => Kinds.Contains(g.Kind))
            .ToList();
        Assert.NotEmpty(gold);
        return (gold, facts);
    }

    private static bool Matches(GoldFact gold, ExtractedFact fact)
    {
        if (gold.Kind != KindName(fact.Kind) || !PositionMatches(gold, fact))
        {
            return false;
        }

        return gold.Kind switch
        {
            "role" => gold.Person == fact.Person && gold.Role == fact.Role && gold.Organization == fact.Organization && TextMatches(gold, fact),
            "list" => gold.Head == fact.Head && gold.Items!.SequenceEqual(fact.Items),
            "statement" => gold.Speaker == fact.Speaker && gold.Text == fact.Text,
            _ => gold.Name == fact.EntityName && gold.Aliases!.SequenceEqual(fact.Aliases) && TextMatches(gold, fact),
        };
    }

    private static bool TextMatches(GoldFact gold, ExtractedFact fact) => gold.Text is null || gold.Text == fact.Text;

    private static bool PositionMatches(GoldFact gold, ExtractedFact fact)
        => (gold.Line is null || gold.Line == fact.Span.Line) && (gold.Column is null || gold.Column == fact.Span.Column);

    private static string KindName(FactKind kind) => kind.ToString().ToLowerInvariant();

    private static string Describe(ExtractedFact f)
        => $"{KindName(f.Kind)} line {f.Span.Line} col {f.Span.Column} text=\"{f.Text}\" name={f.EntityName} aliases={f.Aliases} "
            + $"person={f.Person} role={f.Role} org={f.Organization} head={f.Head} items={f.Items} speaker={f.Speaker}";

    private sealed record GoldFact(string Kind, bool Optional, string? Text, int? Line, int? Column)
    {
        public string? Name { get; init; }

        public string[]? Aliases { get; init; }

        public string? Person { get; init; }

        public string? Role { get; init; }

        public string? Organization { get; init; }

        public string? Head { get; init; }

        public string[]? Items { get; init; }

        public string? Speaker { get; init; }

        public static GoldFact From(JsonElement e) => new(
            e.GetProperty("kind").GetString()!,
            e.TryGetProperty("optional", out var optional) && optional.GetBoolean(),
            String(e, "text"),
            Int(e, "line"),
            Int(e, "column"))
        {
            Name = String(e, "name"),
            Aliases = Strings(e, "aliases"),
            Person = String(e, "person"),
            Role = String(e, "role"),
            Organization = String(e, "organization"),
            Head = String(e, "head"),
            Items = Strings(e, "items"),
            Speaker = String(e, "speaker"),
        };

        public string Describe() => $"{Kind} line {Line} col {Column} text=\"{Text}\" name={Name} person={Person} role={Role} head={Head} speaker={Speaker}";

        private static string? String(JsonElement e, string name)
            => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

        private static string[]? Strings(JsonElement e, string name)
            => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString()!).ToArray() : null;
    }
}
