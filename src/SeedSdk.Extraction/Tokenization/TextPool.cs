namespace SeedSdk.Extraction.Tokenization;

/// <summary>
/// One string per distinct token text within a document: "the" read ten thousand times is one string.
/// Prose repeats its words, so hundreds of thousands of long-lived small strings become a few thousand,
/// which spares the garbage collector most of its marking and copying on a large document. An
/// open-addressing table keyed by the characters themselves, so a repeated word allocates nothing.
/// </summary>
internal sealed class TextPool
{
    private string?[] _slots;
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
    }

    /// <summary>The pooled string equal to <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public string Get(string text, int start, int length)
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
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return pooled;
            }

            if (pooled.Length == length && string.CompareOrdinal(pooled, 0, text, start, length) == 0)
            {
                return pooled;
            }

            slot = (slot + 1) & mask;
        }
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
        _slots = new string?[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var pooled in old)
        {
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
        }
    }
}
