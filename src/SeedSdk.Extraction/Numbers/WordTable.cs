using System;
using System.Collections;
using System.Collections.Generic;

namespace SeedSdk.Extraction.Numbers;

/// <summary>
/// A quick, exact "certainly not a key" test for the case-insensitive word tables: one bit per shape
/// (length, first and last letter, ASCII case folded). Most words looked up are in no table, and their
/// shape rules them out with three character reads instead of a case-insensitive hash and compare.
/// </summary>
internal sealed class WordShapes
{
    private const int Bits = 4096;
    private readonly ulong[] _bits = new ulong[Bits / 64];

    // A key whose first or last character is not ASCII might equal, ignoring case, a word of another
    // shape; such a table is always looked up.
    private bool _checksEveryWord;

    /// <summary>Records the shape of <paramref name="word"/>.</summary>
    public void Add(string word)
    {
        if (word.Length == 0 || word[0] > 127 || word[word.Length - 1] > 127)
        {
            _checksEveryWord = true;
            return;
        }

        var shape = ShapeOf(word);
        _bits[shape >> 6] |= 1UL << (shape & 63);
    }

    /// <summary>False when no recorded word can equal <paramref name="word"/> ignoring case.</summary>
    public bool MayContain(string word)
    {
        if (_checksEveryWord)
        {
            return true;
        }

        if (word.Length == 0)
        {
            return false;
        }

        if (word[0] > 127 || word[word.Length - 1] > 127)
        {
            return true;
        }

        var shape = ShapeOf(word);
        return (_bits[shape >> 6] & (1UL << (shape & 63))) != 0;
    }

    // Folding with | 0x20 maps 'A' and 'a' alike (and may merge two symbols, which only costs a look-up).
    private static int ShapeOf(string word)
        => ((((word.Length & 63) * 131) + (word[0] | 0x20)) * 131 + (word[word.Length - 1] | 0x20)) & (Bits - 1);
}

/// <summary>A case-insensitive set of words with a <see cref="WordShapes"/> filter in front.</summary>
internal sealed class WordSet : IEnumerable<string>
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly WordShapes _shapes = new();

    /// <summary>An empty set.</summary>
    public WordSet()
    {
    }

    /// <summary>A set of <paramref name="words"/>.</summary>
    public WordSet(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            Add(word);
        }
    }

    /// <summary>Adds <paramref name="word"/>.</summary>
    public void Add(string word)
    {
        _words.Add(word);
        _shapes.Add(word);
    }

    /// <summary>Whether the set holds <paramref name="word"/>, ignoring case.</summary>
    public bool Contains(string word) => _shapes.MayContain(word) && _words.Contains(word);

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator() => _words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A case-insensitive map from words to values with a <see cref="WordShapes"/> filter in front.</summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class WordMap<TValue>
{
    private readonly Dictionary<string, TValue> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly WordShapes _shapes = new();

    /// <summary>The value of <paramref name="word"/>; setting adds or replaces it.</summary>
    public TValue this[string word]
    {
        get => _values[word];
        set
        {
            _values[word] = value;
            _shapes.Add(word);
        }
    }

    /// <summary>The words, in insertion order of first addition.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>The value of <paramref name="word"/>, ignoring case.</summary>
    public bool TryGetValue(string word, out TValue value)
    {
        if (!_shapes.MayContain(word))
        {
            value = default!;
            return false;
        }

        return _values.TryGetValue(word, out value!);
    }

    /// <summary>Whether <paramref name="word"/> is a key, ignoring case.</summary>
    public bool ContainsKey(string word) => _shapes.MayContain(word) && _values.ContainsKey(word);
}
