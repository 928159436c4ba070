using System;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// A growable list of <see cref="NameWord"/>s read in place: its indexer returns a reference, so a scan
/// over a sentence's words reads the fields it asks about instead of copying each 32-byte word out, and
/// emptying it for the next sentence leaves the old words to be overwritten rather than clearing them.
/// </summary>
internal sealed class NameWordList
{
    private NameWord[] _items;

    /// <summary>An empty list with room for <paramref name="capacity"/> words.</summary>
    public NameWordList(int capacity = 0) => _items = capacity > 0 ? new NameWord[capacity] : Array.Empty<NameWord>();

    /// <summary>How many words the list holds.</summary>
    public int Count { get; private set; }

    /// <summary>The word at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public ref readonly NameWord this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                ThrowIndexOutOfRange();
            }

            return ref _items[index];
        }
    }

    /// <summary>Appends <paramref name="word"/>.</summary>
    public void Add(in NameWord word)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(8, _items.Length * 2));
        }

        _items[Count++] = word;
    }

    /// <summary>Empties the list (the words' storage is kept for the next ones).</summary>
    public void Clear() => Count = 0;

    private static void ThrowIndexOutOfRange() => throw new ArgumentOutOfRangeException("index");
}
