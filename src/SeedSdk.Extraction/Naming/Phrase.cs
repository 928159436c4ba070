namespace SeedSdk.Extraction.Naming;

/// <summary>Which words of its range a <see cref="Phrase"/> keeps.</summary>
internal enum PhraseFilter : byte
{
    /// <summary>Every word.</summary>
    All,

    /// <summary>Content words (<see cref="NameWord.IsContent"/>).</summary>
    Content,

    /// <summary>Content words other than scale words ("million").</summary>
    ContentButScale,
}

/// <summary>
/// The words a name part is built from, read in place rather than copied into a list of their own:
/// the words of a range of a word list that pass a <see cref="PhraseFilter"/>, at most a given
/// number of them; or a fixed part ("Share"). The default phrase is empty.
/// </summary>
internal readonly struct Phrase
{
    private readonly NameWordList? _words;
    private readonly int _start;
    private readonly int _end;
    private readonly int _max;
    private readonly PhraseFilter _filter;
    private readonly string? _fixed;

    private Phrase(NameWordList? words, int start, int end, PhraseFilter filter, int max, string? fixedPart)
    {
        _words = words;
        _start = start;
        _end = end;
        _filter = filter;
        _max = max;
        _fixed = fixedPart;
    }

    /// <summary>No words.</summary>
    public static Phrase Empty => default;

    /// <summary>The <paramref name="count"/> words of <paramref name="words"/> from <paramref name="start"/> on.</summary>
    public static Phrase Range(NameWordList words, int start, int count) => new(words, start, start + count, PhraseFilter.All, int.MaxValue, null);

    /// <summary>At most <paramref name="max"/> of the <paramref name="count"/> words of <paramref name="words"/> from <paramref name="start"/> on that pass <paramref name="filter"/>, in order.</summary>
    public static Phrase Filtered(NameWordList words, int start, int count, PhraseFilter filter, int max) => new(words, start, start + count, filter, max, null);

    /// <summary>A fixed name part, written as it is.</summary>
    public static Phrase Fixed(string part) => new(null, 0, 0, PhraseFilter.All, 0, part);

    /// <summary>How many words the phrase keeps (a fixed part counts as one word when not empty).</summary>
    public int Count
    {
        get
        {
            if (_fixed is not null)
            {
                return _fixed.Length > 0 ? 1 : 0;
            }

            var count = 0;
            for (var i = _start; i < _end && count < _max; i++)
            {
                count += Keeps(_words![i]) ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>Writes the first <paramref name="maxWords"/> words of the phrase to <paramref name="name"/>, each as a PascalCase part (see <see cref="NameWords.Join"/>).</summary>
    public void AppendTo(NameBuilder name, int maxWords = int.MaxValue)
    {
        if (_fixed is not null)
        {
            name.Append(_fixed);
            return;
        }

        var max = _max < maxWords ? _max : maxWords;
        var written = 0;
        for (var i = _start; i < _end && written < max; i++)
        {
            ref readonly var word = ref _words![i];
            if (Keeps(word))
            {
                name.Append(word);
                written++;
            }
        }
    }

    private bool Keeps(in NameWord word) => _filter switch
    {
        PhraseFilter.Content => word.IsContent,
        PhraseFilter.ContentButScale => word.IsContent && !word.IsScaleWord,
        _ => true,
    };
}
