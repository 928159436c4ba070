using System.Collections.Generic;
using System.Text;

namespace SeedSdk.Cli.Tests.Gold;

/// <summary>The outcome of comparing extracted facts with gold facts.</summary>
/// <param name="Matched">How many gold facts were found.</param>
/// <param name="Missing">Required gold facts that were not found (raw JSON).</param>
/// <param name="Spurious">Extracted facts that match no gold fact (raw JSON).</param>
internal sealed record GoldComparison(int Matched, IReadOnlyList<string> Missing, IReadOnlyList<string> Spurious)
{
    /// <summary>How many required (not optional) gold facts were found.</summary>
    public int RequiredMatched { get; init; }

    /// <summary>Nothing missing and nothing spurious.</summary>
    public bool IsMatch => Missing.Count == 0 && Spurious.Count == 0;

    /// <summary>A readable report for assertion messages.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append("matched ").Append(Matched).Append(", missing ").Append(Missing.Count).Append(", spurious ").Append(Spurious.Count);
        foreach (var fact in Missing)
        {
            text.Append("\n  missing:  ").Append(fact);
        }

        foreach (var fact in Spurious)
        {
            text.Append("\n  spurious: ").Append(fact);
        }

        return text.ToString();
    }
}
