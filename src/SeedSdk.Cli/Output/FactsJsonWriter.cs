using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SeedSdk.Cli.Extraction;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Naming;

namespace SeedSdk.Cli.Output;

/// <summary>Writes documents as the <c>seedsdk/facts@2</c> JSON of FACTS.md.</summary>
internal static class FactsJsonWriter
{
    /// <summary>The schema identifier at the top of the JSON.</summary>
    public const string Schema = "seedsdk/facts@2";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // The output is JSON, never embedded in HTML: keep non-ASCII text and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>All <paramref name="documents"/> in one JSON object, ending with a newline.</summary>
    public static string Write(IReadOnlyList<NamedDocument> documents)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteStartArray("documents");
            foreach (var document in documents)
            {
                WriteDocument(json, document);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteDocument(Utf8JsonWriter json, NamedDocument named)
    {
        var document = named.Document;
        json.WriteStartObject();
        json.WriteString("path", document.Path);
        json.WriteString("typeName", CSharpIdentifier.TypeNameFromPath(document.Path));
        json.WriteString("title", document.Title);
        json.WriteStartArray("facts");
        foreach (var fact in named.Facts)
        {
            WriteFact(json, fact);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter json, NamedFact named)
    {
        var fact = named.Fact;
        json.WriteStartObject();
        json.WriteString("kind", fact.Kind.ContractName());
        json.WriteString("name", named.MemberName);
        if (FactKinds.IsEntity(fact.Kind))
        {
            json.WriteString("displayName", fact.EntityName ?? fact.Text);
        }

        json.WriteString("text", fact.Text);
        json.WriteNumber("line", fact.Span.Line);
        json.WriteNumber("column", fact.Span.Column);
        WriteKindFields(json, fact);
        json.WriteEndObject();
    }

    // The kind's fields as the catalogue lists them.
    private static void WriteKindFields(Utf8JsonWriter json, ExtractedFact fact)
    {
        foreach (var field in FactKinds.Of(fact.Kind).Fields)
        {
            switch (field.Shape)
            {
                case FactFieldShape.Number:
                    WriteValue(json, field.Name, field.NumberOf(fact));
                    break;
                case FactFieldShape.Text:
                    json.WriteString(field.Name, field.TextOf(fact));
                    break;
                case FactFieldShape.OptionalText when field.TextOf(fact) is { } text:
                    json.WriteString(field.Name, text);
                    break;
                case FactFieldShape.Texts:
                    WriteStrings(json, field.Name, field.TextsOf(fact));
                    break;
            }
        }
    }

    private static void WriteValue(Utf8JsonWriter json, string name, decimal? value)
    {
        json.WritePropertyName(name);
        if (value is { } v)
        {
            json.WriteRawValue(FactText.Number(v));
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, EquatableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
