using System;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// The characters of one name being built, in a buffer reused for every fact of a naming pass: a
/// name's parts (words, fixed parts, digits) are written in place, and only the finished name
/// becomes a string.
/// </summary>
internal sealed class NameBuilder
{
    private readonly TokenWords _documentWords;
    private char[] _chars = new char[64];

    /// <summary>An empty builder that takes the renderings of the document's words from <paramref name="documentWords"/>.</summary>
    public NameBuilder(TokenWords documentWords) => _documentWords = documentWords;

    /// <summary>How many characters are written.</summary>
    public int Length { get; private set; }

    /// <summary>The character at <paramref name="index"/>.</summary>
    public char this[int index] => _chars[index];

    /// <summary>The buffer the name is written in, for loops over every character: only its first <see cref="Length"/> characters are the name, and it is replaced when the name outgrows it.</summary>
    public char[] Chars => _chars;

    /// <summary>Empties the builder for the next name.</summary>
    public void Clear() => Length = 0;

    /// <summary>Keeps only the first <paramref name="length"/> characters.</summary>
    public void Truncate(int length) => Length = length;

    /// <summary>Drops the first <paramref name="count"/> characters, moving the rest to the start.</summary>
    public void RemoveStart(int count)
    {
        Array.Copy(_chars, count, _chars, 0, Length - count);
        Length -= count;
    }

    /// <summary>Writes <paramref name="text"/> before the characters already written.</summary>
    public void Prepend(string text)
    {
        Reserve(text.Length);
        Array.Copy(_chars, 0, _chars, text.Length, Length);
        text.CopyTo(0, _chars, 0, text.Length);
        Length += text.Length;
    }

    /// <summary>Whether the characters written are exactly <paramref name="text"/>.</summary>
    public bool Is(string text) => StartsWith(text, Length);

    /// <summary>Whether the first <paramref name="length"/> characters written are exactly <paramref name="text"/>.</summary>
    public bool StartsWith(string text, int length)
    {
        if (text.Length != length || length > Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (_chars[i] != text[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Appends <paramref name="text"/> as it is.</summary>
    public void Append(string text)
    {
        Reserve(text.Length);
        text.CopyTo(0, _chars, Length, text.Length);
        Length += text.Length;
    }

    /// <summary>Appends the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> on.</summary>
    public void AppendPart(string text, int start, int length)
    {
        Reserve(length);
        text.CopyTo(start, _chars, Length, length);
        Length += length;
    }

    /// <summary>Appends the PascalCase part of <paramref name="word"/> (see <see cref="NameWords.Render"/>).</summary>
    public void Append(in NameWord word)
    {
        if (word.TextId >= 0 && _documentWords.RenderedOf(word.TextId) is { } rendered)
        {
            Append(rendered);
            return;
        }

        // Rendering never lengthens a word. A document word's part is rendered in place the first time and kept.
        Reserve(word.Text.Length);
        var start = Length;
        Length = NameWords.WriteRendered(_chars, Length, word);
        if (word.TextId >= 0)
        {
            _documentWords.KeepRendered(word.TextId, WrittenFrom(start, word.Text));
        }
    }

    // The characters written from start on as a string: text itself when they spell it (a word already in PascalCase).
    private string WrittenFrom(int start, string text)
    {
        var length = Length - start;
        if (length == text.Length)
        {
            var i = 0;
            while (i < length && _chars[start + i] == text[i])
            {
                i++;
            }

            if (i == length)
            {
                return text;
            }
        }

        return new string(_chars, start, length);
    }

    /// <summary>Appends the decimal digits of <paramref name="value"/>, a non-negative number.</summary>
    public void AppendDigits(long value) => AppendDigits(value, minimumWidth: 1);

    /// <summary>Appends the decimal digits of <paramref name="value"/>, a non-negative number, with leading zeros up to <paramref name="minimumWidth"/> digits.</summary>
    public void AppendDigits(long value, int minimumWidth)
    {
        var width = 1;
        for (var rest = value / 10; rest > 0; rest /= 10)
        {
            width++;
        }

        width = Math.Max(width, minimumWidth);
        Reserve(width);
        for (var i = Length + width - 1; i >= Length; i--)
        {
            _chars[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        Length += width;
    }

    /// <summary>Appends a copy of the <paramref name="length"/> characters already written from <paramref name="start"/> on.</summary>
    public void AppendCopy(int start, int length)
    {
        Reserve(length);
        Array.Copy(_chars, start, _chars, Length, length);
        Length += length;
    }

    /// <summary>Whether the characters written end with <paramref name="text"/>.</summary>
    public bool EndsWith(string text)
    {
        if (text.Length > Length)
        {
            return false;
        }

        var offset = Length - text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (_chars[offset + i] != text[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the characters written from <paramref name="from"/> on end with the <paramref name="length"/> characters written from <paramref name="start"/> on.</summary>
    public bool EndsWithCopyOf(int from, int start, int length)
    {
        if (Length - from < length)
        {
            return false;
        }

        var offset = Length - length;
        for (var i = 0; i < length; i++)
        {
            if (_chars[offset + i] != _chars[start + i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first <paramref name="length"/> characters written, as a string.</summary>
    public string ToString(int length) => new(_chars, 0, length);

    /// <summary>The characters written, as a string.</summary>
    public override string ToString() => ToString(Length);

    /// <summary>
    /// A hash of the first <paramref name="length"/> characters (FNV-1a in two lanes, even and odd
    /// characters, so the two multiply chains overlap; mixed so its high bits depend on every character),
    /// non-negative.
    /// </summary>
    public int HashOf(int length)
    {
        var chars = _chars;
        var even = 2166136261u;
        var odd = 2166136261u ^ (uint)length;
        var i = 0;
        for (; i + 1 < length; i += 2)
        {
            even = (even ^ chars[i]) * 16777619u;
            odd = (odd ^ chars[i + 1]) * 16777619u;
        }

        if (i < length)
        {
            even = (even ^ chars[i]) * 16777619u;
        }

        return Mix(even ^ (odd * 0x9E3779B1u));
    }

    private static int Mix(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x7FEB352D;
        hash ^= hash >> 15;
        return (int)(hash & int.MaxValue);
    }

    private void Reserve(int count)
    {
        if (Length + count > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + count));
        }
    }
}
