using System;
using System.Collections;
using System.Collections.Generic;

namespace SeedSdk.Internal;

/// <summary>A read-only list over a private array copy, compared by content, so records holding it keep value equality.</summary>
internal sealed class ReadOnlyValueList<T> : IReadOnlyList<T>, IEquatable<ReadOnlyValueList<T>>
{
    private readonly T[] _items;

    public ReadOnlyValueList(IEnumerable<T> items)
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        _items = new List<T>(items).ToArray();
        foreach (var item in _items)
        {
            if (item is null)
            {
                throw new ArgumentException("The list must not contain null items.", nameof(items));
            }
        }
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(ReadOnlyValueList<T>? other)
    {
        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ReadOnlyValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            foreach (var item in _items)
            {
                hash = (hash * 31) + EqualityComparer<T>.Default.GetHashCode(item!);
            }

            return hash;
        }
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(", ", _items);
}
