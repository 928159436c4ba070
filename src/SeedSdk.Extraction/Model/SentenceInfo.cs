namespace SeedSdk.Extraction.Model;

/// <summary>A sentence of a document: its span (without surrounding whitespace).</summary>
public readonly record struct SentenceInfo(SourceSpan Span);
