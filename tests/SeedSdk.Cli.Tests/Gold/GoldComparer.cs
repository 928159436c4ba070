using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SeedSdk.Cli.Tests.Gold;

/// <summary>
/// Compares the facts of one document in <c>seedsdk/facts@2</c> JSON with its gold facts. A gold
/// fact matches an extracted fact of the same kind when the kind's key fields agree (money:
/// value, unit, qualifier; ratio, duration, date: value; quantity: value, unit; period: start, end;
/// entities: display name and aliases as a set; roles: person, role, organization; lists: items;
/// statements: speaker, text) and so do <c>text</c>, <c>line</c> and <c>column</c> where the gold
/// gives them. Gold facts marked <c>"optional": true</c> are neither required nor spurious.
/// </summary>
internal static class GoldComparer
{
    private const decimal NumberTolerance = 0.0001m;

    private static readonly Dictionary<string, string[]> KeyFields = new(StringComparer.Ordinal)
    {
        ["money"] = new[] { "value", "unit", "qualifier" },
        ["ratio"] = new[] { "value" },
        ["quantity"] = new[] { "value", "unit" },
        ["duration"] = new[] { "value" },
        ["date"] = new[] { "value" },
        ["period"] = new[] { "start", "end" },
        ["person"] = new[] { DisplayName, "aliases" },
        ["organization"] = new[] { DisplayName, "aliases" },
        ["location"] = new[] { DisplayName, "aliases" },
        ["event"] = new[] { DisplayName, "aliases" },
        ["role"] = new[] { "person", "role", "organization" },
        ["list"] = new[] { "items" },
        ["statement"] = new[] { "speaker", "text" },
    };

    // An entity's display name: "displayName" since facts@2; gold files in the facts@1 shape keep it in "name".
    private const string DisplayName = "displayName";

    private static readonly string[] PlaceFields = { "text", "line", "column" };

    /// <summary>Compares the <c>facts</c> arrays of two document objects, restricted to <paramref name="kind"/> when given.</summary>
    public static GoldComparison Compare(JsonElement goldDocument, JsonElement actualDocument, string? kind = null)
    {
        var gold = FactsOf(goldDocument, kind);
        var actual = FactsOf(actualDocument, kind);
        var used = new bool[actual.Count];
        var missing = new List<string>();
        var matched = 0;
        var requiredMatched = 0;

        // Required facts claim their match first, so an optional fact never steals one.
        foreach (var goldFact in gold.OrderBy(IsOptional))
        {
            var index = FindMatch(goldFact, actual, used);
            if (index >= 0)
            {
                used[index] = true;
                matched++;
                requiredMatched += IsOptional(goldFact) ? 0 : 1;
            }
            else if (!IsOptional(goldFact))
            {
                missing.Add(goldFact.GetRawText());
            }
        }

        var spurious = actual.Where((_, i) => !used[i]).Select(f => f.GetRawText()).ToList();
        return new GoldComparison(matched, missing, spurious) { RequiredMatched = requiredMatched };
    }

    /// <summary>The document whose <c>path</c> is <paramref name="path"/> in a facts JSON root.</summary>
    public static JsonElement Document(JsonElement root, string path)
    {
        foreach (var document in root.GetProperty("documents").EnumerateArray())
        {
            if (document.GetProperty("path").GetString() == path)
            {
                return document;
            }
        }

        throw new InvalidOperationException("no document with path " + path);
    }

    /// <summary>Whether a gold fact with these fields is matched by <paramref name="actual"/>.</summary>
    public static bool Matches(JsonElement gold, JsonElement actual)
    {
        var kind = gold.GetProperty("kind").GetString() ?? string.Empty;
        if (actual.GetProperty("kind").GetString() != kind || !KeyFields.TryGetValue(kind, out var keys))
        {
            return false;
        }

        return keys.Concat(PlaceFields).All(field => FieldMatches(gold, actual, field));
    }

    private static List<JsonElement> FactsOf(JsonElement document, string? kind)
        => document.GetProperty("facts").EnumerateArray()
            .Where(f => kind is null || f.GetProperty("kind").GetString() == kind)
            .ToList();

    private static int FindMatch(JsonElement gold, List<JsonElement> actual, bool[] used)
    {
        for (var i = 0; i < actual.Count; i++)
        {
            if (!used[i] && Matches(gold, actual[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsOptional(JsonElement fact)
        => fact.TryGetProperty("optional", out var optional) && optional.ValueKind == JsonValueKind.True;

    // A field the gold omits is not compared, except the money qualifier, whose absence means "exact".
    private static bool FieldMatches(JsonElement gold, JsonElement actual, string field)
    {
        if (field == DisplayName)
        {
            var expectedName = EntityDisplayName(gold);
            return expectedName is null || string.Equals(expectedName, EntityDisplayName(actual), StringComparison.Ordinal);
        }

        if (!gold.TryGetProperty(field, out var expected))
        {
            return field != "qualifier" || IsNullOrAbsent(actual, field);
        }

        if (expected.ValueKind == JsonValueKind.Null || IsNullOrAbsent(actual, field))
        {
            return expected.ValueKind == JsonValueKind.Null && IsNullOrAbsent(actual, field);
        }

        return SameValue(expected, actual.GetProperty(field), unordered: field == "aliases");
    }

    private static string? EntityDisplayName(JsonElement fact)
        => fact.TryGetProperty(DisplayName, out var name) || fact.TryGetProperty("name", out name) ? name.GetString() : null;

    private static bool IsNullOrAbsent(JsonElement fact, string field)
        => !fact.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null;

    private static bool SameValue(JsonElement expected, JsonElement actual, bool unordered)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return false;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Number:
                return Math.Abs(expected.GetDecimal() - actual.GetDecimal()) <= NumberTolerance;
            case JsonValueKind.String:
                return string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal);
            case JsonValueKind.Array:
                var left = expected.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList();
                var right = actual.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList();
                if (unordered)
                {
                    left.Sort(StringComparer.Ordinal);
                    right.Sort(StringComparer.Ordinal);
                }

                return left.SequenceEqual(right, StringComparer.Ordinal);
            default:
                return expected.ValueKind == actual.ValueKind;
        }
    }
}
