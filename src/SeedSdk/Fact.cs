using System;

namespace SeedSdk;

/// <summary>
/// One fact of a seed document: its kind, its C# name, the exact source text and where it stands.
/// Facts are immutable records with value equality; each kind adds its normalized value.
/// </summary>
public abstract record Fact
{
    /// <summary>Initializes the members every fact has.</summary>
    /// <param name="name">The fact's C# identifier in the generated API.</param>
    /// <param name="text">The exact source characters of the fact.</param>
    /// <param name="source">Where the fact stands.</param>
    protected Fact(string name, string text, SourceSpan source)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Source = source ?? throw new ArgumentNullException(nameof(source));
    }

    /// <summary>What kind of fact this is.</summary>
    public abstract FactKind Kind { get; }

    /// <summary>The fact's C# identifier in the generated API (unique within its kind and document).</summary>
    public string Name { get; }

    /// <summary>The exact source characters of the fact (for statements: the reported content).</summary>
    public string Text { get; }

    /// <summary>Where the fact stands in its seed document.</summary>
    public SourceSpan Source { get; }

    /// <summary>The fact's normalized value, readable and culture-invariant ("up to 3,200,000,000 USD", "25%", "2025-03").</summary>
    public sealed override string ToString() => FormatValue();

    /// <summary>Formats the fact's normalized value for <see cref="ToString"/>.</summary>
    protected abstract string FormatValue();
}
