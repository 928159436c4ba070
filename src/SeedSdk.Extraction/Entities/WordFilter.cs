namespace SeedSdk.Extraction.Entities;

/// <summary>
/// A cheap first test in front of a word table: a bit for each (length, first character, last character) of the table's
/// words, so most words a table does not hold are turned away with one bit test instead of hashing every character and
/// probing. Never says no to a word the table holds.
/// </summary>
internal sealed class WordFilter
{
    private const int IndexBits = 14;
    private readonly ulong[] _bits = new ulong[(1 << IndexBits) / 64];
    private readonly bool _asciiAnyCase;

    /// <summary>
    /// An empty filter; <paramref name="asciiAnyCase"/> for a table of ASCII words compared ordinally in any case, where
    /// ASCII letters count in either case.
    /// </summary>
    public WordFilter(bool asciiAnyCase) => _asciiAnyCase = asciiAnyCase;

    /// <summary>Lets <paramref name="word"/> through from now on.</summary>
    public void Add(string word)
    {
        if (word.Length > 0)
        {
            var index = Index(word);
            _bits[index >> 6] |= 1UL << (index & 63);
        }
    }

    /// <summary>Whether the table may hold <paramref name="word"/>; false only when it certainly does not.</summary>
    public bool MayContain(string word)
    {
        if (word.Length == 0)
        {
            return true;
        }

        if (_asciiAnyCase && (word[0] >= 128 || word[word.Length - 1] >= 128))
        {
            // Ignoring case, a few other characters match ASCII letters: such words are looked up as they come.
            return true;
        }

        var index = Index(word);
        return (_bits[index >> 6] & (1UL << (index & 63))) != 0;
    }

    private int Index(string word)
    {
        var first = Fold(word[0]);
        var last = Fold(word[word.Length - 1]);
        var hash = ((uint)word.Length * 0x9E3779B1u) ^ (first * 0x85EBCA6Bu) ^ (last * 0xC2B2AE35u);
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        return (int)(hash >> (32 - IndexBits));
    }

    private uint Fold(char c) => _asciiAnyCase && c is >= 'A' and <= 'Z' ? (uint)(c | 0x20) : c;
}
