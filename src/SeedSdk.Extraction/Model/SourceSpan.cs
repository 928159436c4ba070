namespace SeedSdk.Extraction.Model;

/// <summary>
/// Where a piece of text stands in its document: UTF-16 offset and length, and the 1-based
/// line and column (in UTF-16 code units) of its first character.
/// </summary>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;
}
