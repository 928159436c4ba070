namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// A cheap first test in front of a word table: a bit for each (length, first character, last character) of the table's
/// words and one for each (length, second character, last but one character), so most words a table does not hold are
/// turned away with two bit tests instead of hashing every character and probing. Never says no to a word the table holds.
/// </summary>
internal sealed class WordFilter
{
    private const int IndexBits = 14;
    private readonly ulong[] _ends = new ulong[(1 << IndexBits) / 64];
    private readonly ulong[] _inner = new ulong[(1 << IndexBits) / 64];
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
            var ends = Index(word.Length, word[0], word[word.Length - 1]);
            _ends[ends >> 6] |= 1UL << (ends & 63);
            var inner = InnerIndex(word);
            _inner[inner >> 6] |= 1UL << (inner & 63);
        }
    }

    /// <summary>Whether the table may hold <paramref name="word"/>; false only when it certainly does not.</summary>
    public bool MayContain(string word)
    {
        var length = word.Length;
        if (length == 0)
        {
            return true;
        }

        if (_asciiAnyCase && (word[0] >= 128 || word[length - 1] >= 128 || (length >= 2 && (word[1] >= 128 || word[length - 2] >= 128))))
        {
            // Ignoring case, a few other characters match ASCII letters: such words are looked up as they come.
            return true;
        }

        var ends = Index(length, word[0], word[length - 1]);
        if ((_ends[ends >> 6] & (1UL << (ends & 63))) == 0)
        {
            return false;
        }

        var inner = InnerIndex(word);
        return (_inner[inner >> 6] & (1UL << (inner & 63))) != 0;
    }

    private int InnerIndex(string word)
        => word.Length >= 2 ? Index(word.Length, word[1], word[word.Length - 2]) : Index(word.Length, word[0], word[0]);

    private int Index(int length, char firstChar, char lastChar)
    {
        var first = Fold(firstChar);
        var last = Fold(lastChar);
        var hash = ((uint)length * 0x9E3779B1u) ^ (first * 0x85EBCA6Bu) ^ (last * 0xC2B2AE35u);
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        return (int)(hash >> (32 - IndexBits));
    }

    private uint Fold(char c) => _asciiAnyCase && c is >= 'A' and <= 'Z' ? (uint)(c | 0x20) : c;
}
