using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// A case-insensitive map from words to values, for the small static vocabularies read at almost every
/// token. Most words looked up are in no table: a word is placed by its shape (length, first and last
/// character, case folded), so a miss costs three character reads and usually an empty bucket, and a hit
/// one or two length-checked comparisons, instead of a case-insensitive hash of the whole word.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class WordMap<TValue>
{
    // The source of truth, and the look-up for words the shape cannot place (see HasSurrogateEnd).
    private readonly Dictionary<string, TValue> _values = new(StringComparer.OrdinalIgnoreCase);
    private Entry[]?[] _buckets = new Entry[]?[16];
    private bool _checksDictionary;

    // One bit per length of the words held (the last bit for 63 characters and more): words equal ignoring case
    // have equal lengths, so a word of no held length is a miss without reading it.
    private ulong _lengths;

    // One bit per length (up to 15, longer words share the last row) and first character folded to 64 columns
    // (see FirstCharacterBit): a word starting with an ASCII character no held word of its length starts with is
    // a miss after one more read, without its shape hashed.
    private readonly ulong[] _firstCharacters = new ulong[16];

    /// <summary>Creates an empty map.</summary>
    public WordMap()
    {
    }

    /// <summary>Creates a map holding the entries of <paramref name="entries"/>, to which more can be added.</summary>
    public WordMap(WordMap<TValue> entries)
    {
        foreach (var word in entries.Keys)
        {
            this[word] = entries[word];
        }
    }

    /// <summary>The value of <paramref name="word"/>; setting adds or replaces it.</summary>
    public TValue this[string word]
    {
        get => TryGetValue(word, out var value) ? value : throw new KeyNotFoundException(word);
        set
        {
            _values[word] = value;
            _lengths |= LengthBit(word.Length);
            if (word.Length > 0)
            {
                _firstCharacters[LengthRow(word.Length)] |= FirstCharacterBit(Fold(word[0]));
            }
            if (word.Length == 0 || HasSurrogateEnd(word))
            {
                _checksDictionary = true;
                return;
            }

            if (_values.Count * 2 > _buckets.Length)
            {
                Rehash(_buckets.Length * 2);
            }

            Place(_buckets, word, value);
        }
    }

    /// <summary>The words, in the order first added.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>The value of <paramref name="word"/>, ignoring case.</summary>
    public bool TryGetValue(string word, out TValue value)
    {
        if (!HoldsLength(word.Length))
        {
            value = default!;
            return false;
        }

        if (_checksDictionary || word.Length == 0 || HasSurrogateEnd(word))
        {
            return _values.TryGetValue(word, out value!);
        }

        var first = word[0];
        if (first < 128 && (_firstCharacters[LengthRow(word.Length)] & FirstCharacterBit(first | 0x20)) == 0)
        {
            value = default!;
            return false;
        }

        var bucket = _buckets[ShapeOf(word) & (_buckets.Length - 1)];
        if (bucket is not null)
        {
            foreach (var entry in bucket)
            {
                if (entry.Word.Length == word.Length && string.Equals(entry.Word, word, StringComparison.OrdinalIgnoreCase))
                {
                    value = entry.Value;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Whether a key of <paramref name="length"/> characters may be held: false rules out every word of that length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HoldsLength(int length) => (_lengths & LengthBit(length)) != 0;

    /// <summary>Whether <paramref name="word"/> is a key, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool ContainsKey(string word) => TryGetValue(word, out _);

    /// <summary>
    /// The value of the word written by tokens <paramref name="first"/>..<paramref name="last"/> glued together
    /// (<paramref name="length"/> characters in all), ignoring case, without building that word.
    /// </summary>
    public bool TryGetValue(TokenList tokens, int first, int last, int length, out TValue value)
    {
        if (!HoldsLength(length))
        {
            value = default!;
            return false;
        }

        var head = tokens[first].Text;
        var tail = tokens[last].Text;
        if (first == last)
        {
            return TryGetValue(head, out value);
        }

        if (_checksDictionary || char.IsSurrogate(head[0]) || char.IsSurrogate(tail[tail.Length - 1]))
        {
            var builder = new System.Text.StringBuilder(length);
            for (var k = first; k <= last; k++)
            {
                builder.Append(tokens[k].Text);
            }

            return _values.TryGetValue(builder.ToString(), out value!);
        }

        var bucket = _buckets[ShapeOf(length, head[0], tail[tail.Length - 1]) & (_buckets.Length - 1)];
        if (bucket is not null)
        {
            foreach (var entry in bucket)
            {
                if (entry.Word.Length == length && IsGluedFrom(entry.Word, tokens, first, last))
                {
                    value = entry.Value;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    // Tokens never split a surrogate pair, so comparing piece by piece equals comparing the whole word.
    private static bool IsGluedFrom(string word, TokenList tokens, int first, int last)
    {
        var offset = 0;
        for (var k = first; k <= last; k++)
        {
            var piece = tokens[k].Text;
            if (string.Compare(word, offset, piece, 0, piece.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            offset += piece.Length;
        }

        return true;
    }

    private void Rehash(int size)
    {
        var buckets = new Entry[]?[size];
        foreach (var pair in _values)
        {
            if (pair.Key.Length > 0 && !HasSurrogateEnd(pair.Key))
            {
                Place(buckets, pair.Key, pair.Value);
            }
        }

        _buckets = buckets;
    }

    private static void Place(Entry[]?[] buckets, string word, TValue value)
    {
        var index = ShapeOf(word) & (buckets.Length - 1);
        var bucket = buckets[index];
        if (bucket is null)
        {
            buckets[index] = new[] { new Entry(word, value) };
            return;
        }

        for (var k = 0; k < bucket.Length; k++)
        {
            if (string.Equals(bucket[k].Word, word, StringComparison.OrdinalIgnoreCase))
            {
                bucket[k] = new Entry(bucket[k].Word, value);
                return;
            }
        }

        var grown = new Entry[bucket.Length + 1];
        Array.Copy(bucket, grown, bucket.Length);
        grown[bucket.Length] = new Entry(word, value);
        buckets[index] = grown;
    }

    private static ulong LengthBit(int length) => 1UL << (length < 63 ? length : 63);

    private static int LengthRow(int length) => length < 15 ? length : 15;

    // A folded first character (see Fold) as one of 64 bits: ASCII characters by their low six bits, others by
    // theirs too (a shared bit only lets a miss go on to the buckets). Only an ASCII first character is checked
    // against these bits: one outside ASCII may fold to ASCII ("ı" to "I"), and goes on to the buckets.
    private static ulong FirstCharacterBit(int folded) => 1UL << (folded & 63);

    // Half of a surrogate pair folds case with its partner, not alone: such words go to the dictionary.
    private static bool HasSurrogateEnd(string word) => char.IsSurrogate(word[0]) || char.IsSurrogate(word[word.Length - 1]);

    private static int ShapeOf(string word) => ShapeOf(word.Length, word[0], word[word.Length - 1]);

    private static int ShapeOf(int length, char first, char last)
    {
        var hash = ((uint)length * 0x9E3779B1u) ^ ((uint)Fold(first) * 0x85EBCA77u) ^ ((uint)Fold(last) * 0xC2B2AE3Du);
        return (int)(hash ^ (hash >> 15) ^ (hash >> 7));
    }

    // Characters equal ignoring case fold alike: ASCII by its case bit (which may also merge two symbols:
    // that only shares a bucket), others by their upper case, which may be ASCII ("ı" → "I").
    private static int Fold(char c)
    {
        var upper = c < 128 ? c : char.ToUpperInvariant(c);
        return upper < 128 ? upper | 0x20 : upper;
    }

    private readonly struct Entry
    {
        public Entry(string word, TValue value)
        {
            Word = word;
            Value = value;
        }

        public string Word { get; }

        public TValue Value { get; }
    }
}

/// <summary>
/// A case-insensitive set of words, looked up like a <see cref="WordMap{TValue}"/>; a set of a few words (most roles
/// of a lexicon have one) compares them in turn, as cheap as testing one word.
/// </summary>
internal sealed class WordSet : IEnumerable<string>
{
    private const int FewWords = 4;

    private readonly WordMap<bool> _words = new();
    private string[]? _few = Array.Empty<string>(); // the words while there are a few, else null

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
        if (_few is not null && !_words.ContainsKey(word))
        {
            if (_few.Length < FewWords)
            {
                var few = new string[_few.Length + 1];
                Array.Copy(_few, few, _few.Length);
                few[_few.Length] = word;
                _few = few;
            }
            else
            {
                _few = null;
            }
        }

        _words[word] = true;
    }

    /// <summary>Whether the set holds <paramref name="word"/>, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(string word)
    {
        // Most words asked about have a length no word of a small set has: the map's lengths answer them alone.
        if (!_words.HoldsLength(word.Length))
        {
            return false;
        }

        var few = _few;
        return few is null ? _words.ContainsKey(word) : ContainsFew(word, few);
    }

    private static bool ContainsFew(string word, string[] few)
    {
        for (var k = 0; k < few.Length; k++)
        {
            if (few[k].Length == word.Length && string.Equals(few[k], word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public IEnumerator<string> GetEnumerator() => _words.Keys.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
