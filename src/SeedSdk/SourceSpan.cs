using System;

namespace SeedSdk;

/// <summary>Where a fact stands in its seed document, and the sentence it stands in.</summary>
public sealed record SourceSpan
{
    private readonly string? _sentence;
    private readonly SentenceTable? _sentences;

    /// <summary>Creates a source span.</summary>
    /// <param name="path">The seed document's project-relative path.</param>
    /// <param name="start">The 0-based UTF-16 offset of the fact's first character.</param>
    /// <param name="length">The fact's length in UTF-16 code units.</param>
    /// <param name="line">The 1-based line of the fact's first character.</param>
    /// <param name="column">The 1-based column (in UTF-16 code units) of the fact's first character.</param>
    /// <param name="sentenceIndex">The 0-based index of the sentence the fact stands in.</param>
    /// <param name="sentence">The text of that sentence.</param>
    public SourceSpan(string path, int start, int length, int line, int column, int sentenceIndex, string sentence)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        _sentence = sentence ?? throw new ArgumentNullException(nameof(sentence));
        Start = start >= 0 ? start : throw new ArgumentOutOfRangeException(nameof(start));
        Length = length >= 0 ? length : throw new ArgumentOutOfRangeException(nameof(length));
        Line = line >= 1 ? line : throw new ArgumentOutOfRangeException(nameof(line));
        Column = column >= 1 ? column : throw new ArgumentOutOfRangeException(nameof(column));
        SentenceIndex = sentenceIndex >= 0 ? sentenceIndex : throw new ArgumentOutOfRangeException(nameof(sentenceIndex));
    }

    /// <summary>Creates a source span whose sentence is read from its document's sentence table when asked for.</summary>
    /// <param name="sentences">The sentence table of the seed document.</param>
    /// <param name="start">The 0-based UTF-16 offset of the fact's first character.</param>
    /// <param name="length">The fact's length in UTF-16 code units.</param>
    /// <param name="line">The 1-based line of the fact's first character.</param>
    /// <param name="column">The 1-based column (in UTF-16 code units) of the fact's first character.</param>
    /// <param name="sentenceIndex">The 0-based index of the sentence the fact stands in.</param>
    public SourceSpan(SentenceTable sentences, int start, int length, int line, int column, int sentenceIndex)
        : this(sentences?.Path!, start, length, line, column, sentenceIndex, string.Empty)
    {
        _sentences = sentences ?? throw new ArgumentNullException(nameof(sentences));
        _sentence = null;
    }

    /// <summary>The seed document's project-relative path, with '/' separators.</summary>
    public string Path { get; }

    /// <summary>The 0-based UTF-16 offset of the fact's first character.</summary>
    public int Start { get; }

    /// <summary>The fact's length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The 1-based line of the fact's first character.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, in UTF-16 code units, of the fact's first character.</summary>
    public int Column { get; }

    /// <summary>The 0-based index of the sentence the fact stands in.</summary>
    public int SentenceIndex { get; }

    /// <summary>The text of the sentence the fact stands in.</summary>
    public string Sentence => _sentence ?? _sentences![SentenceIndex];

    /// <summary>Whether both spans name the same place and sentence (however the sentence is stored).</summary>
    public bool Equals(SourceSpan? other)
        => other is not null
           && Path == other.Path
           && Start == other.Start
           && Length == other.Length
           && Line == other.Line
           && Column == other.Column
           && SentenceIndex == other.SentenceIndex
           && Sentence == other.Sentence;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = (StringComparer.Ordinal.GetHashCode(Path) * 31) + Start;
            hash = (hash * 31) + Length;
            hash = (hash * 31) + Line;
            hash = (hash * 31) + Column;
            return (hash * 31) + SentenceIndex;
        }
    }

    /// <summary>"path(line,column)", the way compilers print locations.</summary>
    public override string ToString() => Internal.Format.Invariant($"{Path}({Line},{Column})");
}
