using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Curation;

/// <summary>Collects the problems of one curation file, turning offsets into lines and columns.</summary>
internal sealed class CurationProblems
{
    private readonly LineMap _lines;
    private readonly List<CurationProblem> _problems = new();

    public CurationProblems(string curationText) => _lines = new LineMap(curationText);

    public IReadOnlyList<CurationProblem> All => _problems;

    public void Add(string id, string message, int start, int length) => _problems.Add(new CurationProblem(id, message, _lines.Span(start, length)));

    /// <summary>A problem at <paramref name="node"/>; an object or array is marked at its opening bracket only.</summary>
    public void Add(string id, string message, JsonNode node)
        => Add(id, message, node.Start, node.Kind is JsonNodeKind.Object or JsonNodeKind.Array ? 1 : node.Length);

    /// <summary>A problem at the name of <paramref name="property"/>.</summary>
    public void AddAtName(string id, string message, JsonProperty property) => Add(id, message, property.NameStart, property.NameLength);

    /// <summary>The 1-based line of <paramref name="node"/>, for messages that point at another entry.</summary>
    public int LineOf(JsonNode node) => _lines.LineOf(node.Start);
}
