using System.Collections.Generic;

namespace SeedSdk.Extraction.Curation;

/// <summary>The kinds of JSON value.</summary>
public enum JsonNodeKind
{
    /// <summary>An object.</summary>
    Object,

    /// <summary>An array.</summary>
    Array,

    /// <summary>A string.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,
}

/// <summary>
/// One JSON value with where it stands (offset and length in UTF-16 code units of the file's text), so
/// that every problem in a curation file can be reported at the token that caused it.
/// </summary>
public sealed class JsonNode
{
    internal JsonNode(JsonNodeKind kind, int start, int length, string scalar, List<JsonProperty>? properties, List<JsonNode>? items)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Scalar = scalar;
        Properties = properties ?? new List<JsonProperty>();
        Items = items ?? new List<JsonNode>();
    }

    /// <summary>What kind of value this is.</summary>
    public JsonNodeKind Kind { get; }

    /// <summary>The offset of the value's first character.</summary>
    public int Start { get; }

    /// <summary>The number of characters the value spans.</summary>
    public int Length { get; }

    /// <summary>Strings: the decoded text; numbers: the number as written; booleans: "true" or "false".</summary>
    public string Scalar { get; }

    /// <summary>Objects: the members in file order.</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }

    /// <summary>Arrays: the items in file order.</summary>
    public IReadOnlyList<JsonNode> Items { get; }

    /// <summary>The member called <paramref name="name"/>, or null.</summary>
    public JsonProperty? Property(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>A name for the kind, as messages use it ("a string").</summary>
    public static string Describe(JsonNodeKind kind) => kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.Boolean => "a boolean",
        _ => "null",
    };
}

/// <summary>One member of a JSON object: its name, where the name stands, and its value.</summary>
public sealed class JsonProperty
{
    internal JsonProperty(string name, int nameStart, int nameLength, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameLength = nameLength;
        Value = value;
    }

    /// <summary>The decoded member name.</summary>
    public string Name { get; }

    /// <summary>The offset of the name's opening quote.</summary>
    public int NameStart { get; }

    /// <summary>The length of the name token, quotes included.</summary>
    public int NameLength { get; }

    /// <summary>The member's value.</summary>
    public JsonNode Value { get; }
}
