using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SeedSdk.Cli.Output;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Cli.Tests;

public class FactsJsonWriterTests
{
    private static readonly Dictionary<string, string[]> KindFields = new()
    {
        ["money"] = new[] { "value", "unit", "qualifier" },
        ["ratio"] = new[] { "value" },
        ["quantity"] = new[] { "value", "unit" },
        ["duration"] = new[] { "value", "unit" },
        ["date"] = new[] { "value" },
        ["period"] = new[] { "start", "end" },
        ["person"] = new[] { "aliases" },
        ["organization"] = new[] { "aliases" },
        ["location"] = new[] { "aliases" },
        ["event"] = new[] { "aliases" },
        ["role"] = new[] { "person", "role", "organization" },
        ["list"] = new[] { "head", "items" },
        ["statement"] = new[] { "speaker" },
    };

    [Fact]
    public void Writes_the_schema_and_the_document_fields()
    {
        var root = Parse(SampleDocuments.AllKinds());
        Assert.Equal("seedsdk/facts@2", root.GetProperty("schema").GetString());
        var document = root.GetProperty("documents")[0];
        Assert.Equal(new[] { "path", "typeName", "title", "facts" }, document.EnumerateObject().Select(p => p.Name));
        Assert.Equal("notes/q3 report.md", document.GetProperty("path").GetString());
        Assert.Equal("Q3Report", document.GetProperty("typeName").GetString());
        Assert.Equal("Q3 Report", document.GetProperty("title").GetString());
    }

    [Fact]
    public void Every_kind_has_the_common_fields_then_exactly_its_own()
    {
        var facts = Parse(SampleDocuments.AllKinds()).GetProperty("documents")[0].GetProperty("facts").EnumerateArray().ToList();
        Assert.Equal(KindFields.Keys.OrderBy(k => k), facts.Select(f => f.GetProperty("kind").GetString()!).OrderBy(k => k));
        foreach (var fact in facts)
        {
            var kind = fact.GetProperty("kind").GetString()!;
            var common = IsEntity(kind) ? new[] { "kind", "name", "displayName", "text", "line", "column" } : new[] { "kind", "name", "text", "line", "column" };
            var expected = common.Concat(KindFields[kind]);
            Assert.Equal(expected, fact.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public void Values_are_normalized_as_the_contract_says()
    {
        var facts = Parse(SampleDocuments.AllKinds()).GetProperty("documents")[0].GetProperty("facts");
        JsonElement Of(string kind) => facts.EnumerateArray().First(f => f.GetProperty("kind").GetString() == kind);

        Assert.Equal("RdBudget2025", Of("money").GetProperty("name").GetString());
        Assert.Equal("up-to", Of("money").GetProperty("qualifier").GetString());
        Assert.Equal("2025-03", Of("date").GetProperty("value").GetString());
        Assert.Equal("JaneDoe", Of("person").GetProperty("name").GetString());
        Assert.Equal("Jane Doe", Of("person").GetProperty("displayName").GetString());
        Assert.Equal("AcmeGroup", Of("organization").GetProperty("name").GetString());
        Assert.Equal("Acme Group", Of("organization").GetProperty("displayName").GetString());
        Assert.Equal(new[] { "She" }, Of("person").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(JsonValueKind.Null, Of("list").GetProperty("head").ValueKind);
        Assert.Equal(JsonValueKind.Null, Of("role").GetProperty("organization").ValueKind);
        Assert.Equal("sales will double", Of("statement").GetProperty("text").GetString());
        Assert.Equal(4, Of("money").GetProperty("line").GetInt32());
        Assert.Equal(81, Of("money").GetProperty("column").GetInt32());
    }

    [Fact]
    public void Numbers_are_printed_invariantly_without_exponent_or_trailing_zeros()
    {
        var json = FactsJsonWriter.Write(new[] { SampleDocuments.NamedAllKinds() });
        Assert.Contains("\"value\": 105000000000,", json);
        Assert.Contains("\"value\": 0.25\n", json);
        Assert.Contains("\"value\": 1200000,", json);
        Assert.Equal("0.3333", FactText.Number(0.333300m));
        Assert.Equal("100", FactText.Number(1E2m));
        Assert.Equal("-7.5", FactText.Number(-7.50m));
    }

    [Fact]
    public void A_money_fact_without_qualifier_has_no_qualifier_field()
    {
        var exact = new ExtractedFact { Kind = FactKind.Money, Name = "Price", Text = "$5", Value = 5m, Unit = "USD" };
        var fact = Parse(SampleDocuments.With(exact)).GetProperty("documents")[0].GetProperty("facts")[0];
        Assert.False(fact.TryGetProperty("qualifier", out _));
    }

    [Fact]
    public void Text_stays_readable_and_valid_json()
    {
        var tricky = new ExtractedFact { Kind = FactKind.Statement, Name = "S", Text = "\"quoted\" — naïve <b> \\ \u0001 line\nbreak", Speaker = "Zoë" };
        var json = FactsJsonWriter.Write(new[] { SampleDocuments.Named(tricky) });
        Assert.Contains("naïve <b>", json);
        Assert.Contains("Zoë", json);
        var text = JsonDocument.Parse(json).RootElement.GetProperty("documents")[0].GetProperty("facts")[0].GetProperty("text").GetString();
        Assert.Equal(tricky.Text, text);
    }

    [Fact]
    public void Output_is_indented_with_unix_newlines_and_ends_with_one()
    {
        var json = FactsJsonWriter.Write(new[] { SampleDocuments.NamedAllKinds() });
        Assert.DoesNotContain("\r", json);
        Assert.StartsWith("{\n  \"schema\"", json);
        Assert.EndsWith("}\n", json);
    }

    private static JsonElement Parse(ExtractedDocument document)
        => JsonDocument.Parse(FactsJsonWriter.Write(new[] { SeedSdk.Cli.Extraction.DocumentLoader.Named(document, System.Array.Empty<string>()) })).RootElement;

    private static bool IsEntity(string kind) => kind is "person" or "organization" or "location" or "event";
}
