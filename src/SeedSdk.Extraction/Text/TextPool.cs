namespace SeedSdk.Extraction.Text;

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
    // A slot's text, hash and id side by side: a probe reads one cache line.
    private Slot[] _slots;
    private string[] _texts;
    private int _count;

    /// <summary>
    /// A pool sized for a text of <paramref name="textLength"/> characters: small texts (a unit, a role)
    /// get a small table; a long document, whose distinct words grow more slowly than its length, one
    /// that it rarely outgrows.
    /// </summary>
    public TextPool(int textLength)
    {
        var size = 16;
        while (size < textLength / 4 && (size < 1024 || size < textLength / 64))
        {
            size *= 2;
        }

        _slots = new Slot[size];
        _texts = new string[size / 2 + 1];
    }

    /// <summary>How many distinct texts the pool holds; ids run from 0 to <c>Count - 1</c>.</summary>
    public int Count => _count;

    /// <summary>
    /// The id of the text equal to <paramref name="length"/> characters of <paramref name="text"/> from
    /// <paramref name="start"/>, pooling it first if it is new. <paramref name="runningHash"/> is the
    /// characters' running hash (<see cref="Seed"/>, then <see cref="Step"/> per character), computed by the
    /// tokenizer while it reads them anyway.
    /// </summary>
    public int Add(string text, int start, int length, uint runningHash)
    {
        var hash = Finish(runningHash);
        var mask = _slots.Length - 1;
        var slot = (int)(hash & (uint)mask);
        while (true)
        {
            ref var entry = ref _slots[slot];
            var pooled = entry.Text;
            if (pooled is null)
            {
                pooled = text.Substring(start, length);
                entry = new Slot(pooled, hash, _count);
                _texts[_count] = pooled;
                var id = _count;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return id;
            }

            if (entry.Hash == hash && IsSameText(pooled, text, start, length))
            {
                return entry.Id;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The pooled string equal to <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> (see <see cref="Add"/>).</summary>
    public string Get(string text, int start, int length, uint runningHash) => _texts[Add(text, start, length, runningHash)];

    /// <summary>The pooled texts, indexed by id (the array may be longer than <see cref="Count"/>).</summary>
    public string[] TextsById() => _texts;

    /// <summary>The running hash of no characters.</summary>
    public const uint Seed = 5381;

    /// <summary>The running hash after one more character: cheap per character (no multiplication), mixed once at the end.</summary>
    public static uint Step(uint hash, char c) => ((hash << 5) + hash) ^ c;

    // Spreads the running hash over all bits, so the table's low bits are well mixed.
    private static uint Finish(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x7FEB352D;
        hash ^= hash >> 15;
        hash *= 0x846CA68B;
        return hash ^ (hash >> 16);
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

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        System.Array.Resize(ref _texts, _slots.Length / 2 + 1);
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Text is null)
            {
                continue;
            }

            var slot = (int)(entry.Hash & (uint)mask);
            while (_slots[slot].Text is not null)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = entry;
        }
    }

    /// <summary>One table entry: a pooled text (null while the slot is free), its hash and its id.</summary>
    private readonly struct Slot
    {
        public Slot(string text, uint hash, int id)
        {
            Text = text;
            Hash = hash;
            Id = id;
        }

        public string? Text { get; }

        public uint Hash { get; }

        public int Id { get; }
    }
}
