using System;

namespace SeedSdk.Extraction.Model;

/// <summary>How a contract field is written.</summary>
public enum FactFieldShape
{
    /// <summary>A number, or null.</summary>
    Number,
    /// <summary>A string, or null.</summary>
    Text,
    /// <summary>A string, left out when null.</summary>
    OptionalText,
    /// <summary>An array of strings.</summary>
    Texts,
}

/// <summary>One field of a kind in the facts contract: its name and how to read it from a fact.</summary>
public sealed class FactField
{
    private readonly Func<ExtractedFact, decimal?>? _number;
    private readonly Func<ExtractedFact, string?>? _text;
    private readonly Func<ExtractedFact, EquatableArray<string>>? _texts;

    private FactField(string name, FactFieldShape shape, Func<ExtractedFact, decimal?>? number, Func<ExtractedFact, string?>? text, Func<ExtractedFact, EquatableArray<string>>? texts)
    {
        Name = name;
        Shape = shape;
        _number = number;
        _text = text;
        _texts = texts;
    }

    /// <summary>The field's JSON name ("value").</summary>
    public string Name { get; }

    /// <summary>How the field is written.</summary>
    public FactFieldShape Shape { get; }

    /// <summary>The number of a <see cref="FactFieldShape.Number"/> field.</summary>
    public decimal? NumberOf(ExtractedFact fact) => _number!(fact);

    /// <summary>The string of a <see cref="FactFieldShape.Text"/> or <see cref="FactFieldShape.OptionalText"/> field.</summary>
    public string? TextOf(ExtractedFact fact) => _text!(fact);

    /// <summary>The strings of a <see cref="FactFieldShape.Texts"/> field.</summary>
    public EquatableArray<string> TextsOf(ExtractedFact fact) => _texts!(fact);

    internal static FactField Number(string name, Func<ExtractedFact, decimal?> read) => new(name, FactFieldShape.Number, read, null, null);

    internal static FactField Text(string name, Func<ExtractedFact, string?> read) => new(name, FactFieldShape.Text, null, read, null);

    internal static FactField OptionalText(string name, Func<ExtractedFact, string?> read) => new(name, FactFieldShape.OptionalText, null, read, null);

    internal static FactField Texts(string name, Func<ExtractedFact, EquatableArray<string>> read) => new(name, FactFieldShape.Texts, null, null, read);
}
