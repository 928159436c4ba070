using System;
using System.Threading;

namespace SeedSdk;

/// <summary>
/// A seed document's sentences, kept once per document as offsets into its text. Every fact's
/// <see cref="SourceSpan"/> gives its sentence through this table, so generated code never repeats a sentence.
/// </summary>
public sealed class SentenceTable
{
    private readonly int[] _bounds;
    private readonly string?[] _sentences;

    /// <summary>Creates the table of a document.</summary>
    /// <param name="path">The seed document's project-relative path.</param>
    /// <param name="text">The document's full text.</param>
    /// <param name="bounds">Each sentence's 0-based start offset and length in <paramref name="text"/>, in pairs, in document order.</param>
    public SentenceTable(string path, string text, int[] bounds)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        if (bounds is null)
        {
            throw new ArgumentNullException(nameof(bounds));
        }

        if (bounds.Length % 2 != 0)
        {
            throw new ArgumentException("Sentence bounds come in (start, length) pairs.", nameof(bounds));
        }

        for (var i = 0; i < bounds.Length; i += 2)
        {
            if (bounds[i] < 0 || bounds[i + 1] < 0 || bounds[i] > text.Length - bounds[i + 1])
            {
                throw new ArgumentOutOfRangeException(nameof(bounds), "A sentence lies outside the text.");
            }
        }

        _bounds = (int[])bounds.Clone();
        _sentences = new string?[bounds.Length / 2];
    }

    /// <summary>The seed document's project-relative path, with '/' separators.</summary>
    public string Path { get; }

    /// <summary>The document's full text.</summary>
    public string Text { get; }

    /// <summary>The number of sentences.</summary>
    public int Count => _sentences.Length;

    /// <summary>The text of sentence <paramref name="index"/> (0-based); an empty string when there is no such sentence.</summary>
    public string this[int index]
    {
        get
        {
            if (index < 0 || index >= _sentences.Length)
            {
                return string.Empty;
            }

            var sentence = Volatile.Read(ref _sentences[index]);
            if (sentence is null)
            {
                sentence = Text.Substring(_bounds[2 * index], _bounds[(2 * index) + 1]);
                Volatile.Write(ref _sentences[index], sentence);
            }

            return sentence;
        }
    }

    /// <summary>The source span of a fact of this document.</summary>
    /// <param name="start">The 0-based UTF-16 offset of the fact's first character.</param>
    /// <param name="length">The fact's length in UTF-16 code units.</param>
    /// <param name="line">The 1-based line of the fact's first character.</param>
    /// <param name="column">The 1-based column (in UTF-16 code units) of the fact's first character.</param>
    /// <param name="sentenceIndex">The 0-based index of the sentence the fact stands in.</param>
    public SourceSpan Span(int start, int length, int line, int column, int sentenceIndex)
        => new(this, start, length, line, column, sentenceIndex);
}
