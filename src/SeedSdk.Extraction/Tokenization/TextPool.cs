namespace SeedSdk.Extraction.Tokenization;

/// <summary>
/// One string per distinct token text within a document: "the" read ten thousand times is one string.
/// Prose repeats its words, so hundreds of thousands of long-lived small strings become a few thousand,
/// which spares the garbage collector most of its marking and copying on a large document. An
/// open-addressing table keyed by the characters themselves, so a repeated word allocates nothing.
/// Each distinct text also gets a dense id (0, 1, 2, ... in order of first appearance), so later
/// stages can keep per-word results in an array instead of hashing the word again.
/// </summary>
internal sealed class TextPool
{
    private string?[] _slots;
    private int[] _ids;
    private int _count;

    /// <summary>A pool sized for a text of <paramref name="textLength"/> characters: small texts (a unit, a role) get a small table.</summary>
    public TextPool(int textLength)
    {
        var size = 16;
        while (size < 1024 && size < textLength / 4)
        {
            size *= 2;
        }

        _slots = new string?[size];
        _ids = new int[size];
    }

    /// <summary>How many distinct texts the pool holds; ids run from 0 to <c>Count - 1</c>.</summary>
    public int Count => _count;

    /// <summary>
    /// The pooled string equal to <paramref name="length"/> characters of <paramref name="text"/> from
    /// <paramref name="start"/>, and its id in <paramref name="id"/>.
    /// </summary>
    public string Get(string text, int start, int length, out int id)
    {
        var mask = _slots.Length - 1;
        var slot = (int)(Hash(text, start, length) & (uint)mask);
        while (true)
        {
            var pooled = _slots[slot];
            if (pooled is null)
            {
                pooled = text.Substring(start, length);
                _slots[slot] = pooled;
                _ids[slot] = id = _count;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return pooled;
            }

            if (IsSameText(pooled, text, start, length))
            {
                id = _ids[slot];
                return pooled;
            }

            slot = (slot + 1) & mask;
        }
    }

    // Words are short: a plain loop beats the general comparison's argument checks and set-up.
    private static bool IsSameText(string pooled, string text, int start, int length)
    {
        if (pooled.Length != length)
        {
            return false;
        }

        for (var k = 0; k < length; k++)
        {
            if (pooled[k] != text[start + k])
            {
                return false;
            }
        }

        return true;
    }

    // FNV-1a over the UTF-16 code units.
    private static uint Hash(string text, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619u;
        }

        return hash;
    }

    private void Grow()
    {
        var old = _slots;
        var oldIds = _ids;
        _slots = new string?[old.Length * 2];
        _ids = new int[_slots.Length];
        var mask = _slots.Length - 1;
        for (var i = 0; i < old.Length; i++)
        {
            var pooled = old[i];
            if (pooled is null)
            {
                continue;
            }

            var slot = (int)(Hash(pooled, 0, pooled.Length) & (uint)mask);
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = pooled;
            _ids[slot] = oldIds[i];
        }
    }
}
