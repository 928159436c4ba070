using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
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

    /// <summary>
    /// A number as the contract prints it: invariant, no exponent, no trailing zeros
    /// (3200000000, 0.25).
    /// </summary>
    public static string FormatNumber(decimal value)
        => value.ToString("0.############################", CultureInfo.InvariantCulture);

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
        if (IsEntity(fact.Kind))
        {
            json.WriteString("displayName", fact.EntityName ?? fact.Text);
        }

        json.WriteString("text", fact.Text);
        json.WriteNumber("line", fact.Span.Line);
        json.WriteNumber("column", fact.Span.Column);
        WriteKindFields(json, fact);
        json.WriteEndObject();
    }

    private static void WriteKindFields(Utf8JsonWriter json, ExtractedFact fact)
    {
        switch (fact.Kind)
        {
            case FactKind.Money:
                WriteValue(json, fact.Value);
                json.WriteString("unit", fact.Unit);
                if (fact.Qualifier is not null)
                {
                    json.WriteString("qualifier", fact.Qualifier);
                }

                break;
            case FactKind.Ratio:
                WriteValue(json, fact.Value);
                break;
            case FactKind.Quantity:
            case FactKind.Duration:
                WriteValue(json, fact.Value);
                json.WriteString("unit", fact.Unit);
                break;
            case FactKind.Date:
                json.WriteString("value", fact.Date);
                break;
            case FactKind.Period:
                json.WriteString("start", fact.Start);
                json.WriteString("end", fact.End);
                break;
            case FactKind.Person:
            case FactKind.Organization:
            case FactKind.Location:
            case FactKind.Event:
                WriteStrings(json, "aliases", fact.Aliases);
                break;
            case FactKind.Role:
                json.WriteString("person", fact.Person);
                json.WriteString("role", fact.Role);
                json.WriteString("organization", fact.Organization);
                break;
            case FactKind.List:
                json.WriteString("head", fact.Head);
                WriteStrings(json, "items", fact.Items);
                break;
            case FactKind.Statement:
                json.WriteString("speaker", fact.Speaker);
                break;
        }
    }

    /// <summary>Whether facts of <paramref name="kind"/> name an entity (and so carry a display name).</summary>
    public static bool IsEntity(FactKind kind)
        => kind is FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event;

    private static void WriteValue(Utf8JsonWriter json, decimal? value)
    {
        json.WritePropertyName("value");
        if (value is { } v)
        {
            json.WriteRawValue(FormatNumber(v));
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
