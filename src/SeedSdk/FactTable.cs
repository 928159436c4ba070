using System;
using System.Collections.Generic;
using System.Threading;
using SeedSdk.Internal;

namespace SeedSdk;

/// <summary>
/// A seed document's facts in the compact form the generator emits: one string per document, decoded into the
/// typed fact records the first time any fact, or <see cref="Document"/>, is read. Generated code holds one table per
/// seed; its members return <see cref="Get{T}"/> of their fact's index, so a fact costs the compiler one small member
/// instead of a constructor call with many literal arguments.
/// </summary>
/// <remarks>
/// The encoded form is written by SeedSdk.Generator and read by <see cref="FactTableReader"/>; it is documented there.
/// Decoding is linear in the table and throws <see cref="FormatException"/> (never another exception) for a table the
/// generator did not write.
/// </remarks>
public sealed class FactTable
{
    private readonly string _encoded;
    private Decoded? _decoded;

    /// <summary>Creates the table of a document; nothing is decoded yet.</summary>
    /// <param name="path">The seed document's project-relative path.</param>
    /// <param name="title">The document's title.</param>
    /// <param name="text">The document's full text.</param>
    /// <param name="encoded">The sentences and facts, as the generator encodes them.</param>
    public FactTable(string path, string title, string text, string encoded)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        _encoded = encoded ?? throw new ArgumentNullException(nameof(encoded));
    }

    /// <summary>The seed document's project-relative path, with '/' separators.</summary>
    public string Path { get; }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>The document's full text.</summary>
    public string Text { get; }

    /// <summary>The document's sentences.</summary>
    /// <exception cref="FormatException">The table is malformed.</exception>
    public SentenceTable Sentences => Decode().Sentences;

    /// <summary>Every fact, in document order.</summary>
    /// <exception cref="FormatException">The table is malformed.</exception>
    public IReadOnlyList<Fact> Facts => Decode().Document.Facts;

    /// <summary>The document with every fact, in document order.</summary>
    /// <exception cref="FormatException">The table is malformed.</exception>
    public SeedDocument Document => Decode().Document;

    /// <summary>The fact at <paramref name="index"/> in document order, as a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The fact's record type.</typeparam>
    /// <param name="index">The fact's 0-based index in document order.</param>
    /// <exception cref="ArgumentOutOfRangeException">There is no fact at <paramref name="index"/>.</exception>
    /// <exception cref="InvalidCastException">The fact at <paramref name="index"/> is not a <typeparamref name="T"/>.</exception>
    /// <exception cref="FormatException">The table is malformed.</exception>
    public T Get<T>(int index)
        where T : Fact
    {
        var facts = Decode().Document.Facts;
        if (index < 0 || index >= facts.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The document has no fact at this index.");
        }

        return facts[index] as T ?? throw new InvalidCastException("The fact at index " + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is a " + facts[index].GetType().Name + ", not a " + typeof(T).Name + ".");
    }

    /// <summary>"path: table of N characters".</summary>
    public override string ToString() => Format.Invariant($"{Path}: fact table of {_encoded.Length} characters");

    private Decoded Decode()
    {
        var decoded = Volatile.Read(ref _decoded);
        if (decoded is null)
        {
            var (sentences, facts) = FactTableReader.Read(Path, Text, _encoded);
            Interlocked.CompareExchange(ref _decoded, new Decoded(sentences, new SeedDocument(Path, Title, Text, facts)), null);
            decoded = _decoded!;
        }

        return decoded;
    }

    private sealed class Decoded
    {
        public Decoded(SentenceTable sentences, SeedDocument document)
        {
            Sentences = sentences;
            Document = document;
        }

        public SentenceTable Sentences { get; }

        public SeedDocument Document { get; }
    }
}
