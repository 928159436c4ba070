using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Curation;

/// <summary>A parsed curation file: the edits of extracted facts and the facts to add, in file order.</summary>
internal sealed class CurationPlan
{
    public List<FactEdit> Edits { get; } = new();

    public List<FactAddition> Additions { get; } = new();
}

/// <summary>How an entry finds one extracted fact: by what it says, never by where it stands.</summary>
internal sealed class FactSelector
{
    /// <summary>The fact's name as the extractor gives it (for entities, the C# name or the canonical name).</summary>
    public string? Name { get; set; }

    public FactKind? Kind { get; set; }

    /// <summary>The fact's exact text.</summary>
    public string? Text { get; set; }

    /// <summary>Text that the fact's sentence contains.</summary>
    public string? Context { get; set; }

    /// <summary>1-based: which of several matching facts, in document order.</summary>
    public int? Occurrence { get; set; }

    /// <summary>The JSON value to report "no such fact" at.</summary>
    public JsonNode? Anchor { get; set; }
}

/// <summary>One entry of "facts": a selector and what to do with the fact it selects.</summary>
internal sealed class FactEdit
{
    public FactEdit(JsonNode entry, FactSelector selector)
    {
        Entry = entry;
        Selector = selector;
    }

    public JsonNode Entry { get; }

    public FactSelector Selector { get; }

    public bool Suppress { get; set; }

    /// <summary>The new name from "rename" or "pin", with the JSON value that gave it.</summary>
    public JsonNode? NewName { get; set; }

    /// <summary>The corrections of "set".</summary>
    public FactPatch? Patch { get; set; }
}

/// <summary>One entry of "add": a fact the extractor missed, found by quoting its text.</summary>
internal sealed class FactAddition
{
    public FactAddition(JsonNode entry, JsonNode quote, JsonNode name, FactPatch patch)
    {
        Entry = entry;
        Quote = quote;
        Name = name;
        Patch = patch;
    }

    public JsonNode Entry { get; }

    public JsonNode Quote { get; }

    /// <summary>1-based: which occurrence of the quote, in document order.</summary>
    public int? Occurrence { get; set; }

    public JsonNode Name { get; }

    /// <summary>The kind and values of the added fact.</summary>
    public FactPatch Patch { get; }
}

/// <summary>A fact's kind and value members as a curation file states them, still to be checked against the kind.</summary>
internal sealed class FactPatch
{
    /// <summary>The kind to give the fact, with its JSON value; null keeps the kind.</summary>
    public (FactKind Kind, JsonNode Node)? Kind { get; set; }

    /// <summary>Value members by name ("value", "unit", "start", ...), in file order.</summary>
    public List<JsonProperty> Values { get; } = new();
}
