using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// The tokens of one text, in order. Each is stored in 16 bytes with no references (its text is an index
/// into one array of the text's distinct token strings), so a long document's token array is half the size
/// of a list of <see cref="Token"/>s and the garbage collector never has to trace through it. Reading an
/// element builds the <see cref="Token"/> view on the fly.
/// </summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private PackedToken[] _items;
    private string[] _texts = Array.Empty<string>();
    private int _count;

    // Whether _items came from SpareStorage: its slots past the last token hold an earlier text's tokens until cleared.
    private bool _reusesStorage;

    internal TokenList(int capacity)
    {
        capacity = Math.Max(capacity, 4);
        _reusesStorage = SpareStorage.TryTake(capacity, out _items);
        if (!_reusesStorage)
        {
            _items = new PackedToken[capacity];
        }
    }

    /// <summary>The words of the text's language, which every reader of these tokens receives with them.</summary>
    internal Lexicon Lexicon { get; set; } = Lexicon.English;

    /// <summary>How many tokens the text has.</summary>
    public int Count => _count;

    /// <summary>The token at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public Token this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowIndexOutOfRange();
            }

            var packed = _items[index];

            // Every id indexes the texts. Checked without an exception, the load is left out where only other fields are read.
            var texts = _texts;
            var text = (uint)packed.TextId < (uint)texts.Length ? texts[packed.TextId] : string.Empty;
            return new Token(packed.Kind, text, packed.Start, packed.SpaceBefore, packed.Sentence, packed.TextId);
        }
    }

    /// <summary>Enumerates the tokens without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Appends a token whose text has id <paramref name="textId"/> (see <see cref="SetTexts"/>); its sentence is 0.
    /// <paramref name="lineBreakBefore"/> tells whether the white space before it holds a line break.
    /// </summary>
    internal void Add(TokenKind kind, int start, bool spaceBefore, bool lineBreakBefore, int textId)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = new PackedToken(kind, start, spaceBefore, lineBreakBefore, 0, textId);
    }

    /// <summary>The kind of the token at <paramref name="index"/>, without building its view (nor loading its text).</summary>
    internal TokenKind KindAt(int index) => _items[index].Kind;

    /// <summary>The text id of the token at <paramref name="index"/>, without building its view.</summary>
    internal int TextIdAt(int index) => _items[index].TextId;

    /// <summary>Whether white space (or the start of the text) comes before the token at <paramref name="index"/>, without building its view.</summary>
    internal bool SpaceBeforeAt(int index) => _items[index].SpaceBefore;

    /// <summary>The sentence index of the token at <paramref name="index"/>, without building its view.</summary>
    internal int SentenceAt(int index) => _items[index].Sentence;

    /// <summary>The start offset of the token at <paramref name="index"/>, without building its view.</summary>
    internal int StartAt(int index) => _items[index].Start;

    /// <summary>Whether a line break separates the token at <paramref name="index"/> from the one before it.</summary>
    internal bool HasLineBreakBefore(int index) => _items[index].LineBreakBefore;

    /// <summary>Gives the token texts by id: <c>texts[id]</c> is the text of every token with that id.</summary>
    internal void SetTexts(string[] texts)
    {
        _texts = texts;
        if (_reusesStorage)
        {
            // Read past the last token, reused storage answers as fresh storage does.
            Array.Clear(_items, _count, _items.Length - _count);
            _reusesStorage = false;
        }
    }

    /// <summary>
    /// Gives the tokens' storage back for the next long text to reuse, leaving this list empty. Called by the owner of
    /// a document once nothing reads its tokens any more (<see cref="DocumentContext.ReturnTokenStorage"/>).
    /// </summary>
    internal void ReturnStorage()
    {
        var items = _items;
        _items = Array.Empty<PackedToken>();
        _texts = Array.Empty<string>();
        _count = 0;
        SpareStorage.Give(items);
    }

    /// <summary>Sets the sentence index of the tokens from <paramref name="first"/> through <paramref name="last"/>.</summary>
    internal void SetSentence(int first, int last, int sentence)
    {
        for (var i = first; i <= last; i++)
        {
            _items[i].Sentence = sentence;
        }
    }

    private static void ThrowIndexOutOfRange() => throw new ArgumentOutOfRangeException("index");

    /// <summary>
    /// One spare token array of a long text, for the next long text to fill instead of allocating its own. Such an array
    /// is a large object: allocating one per document asks the runtime for fresh memory each time and counts toward a
    /// full (generation 2) collection, which in a compiler's process walks the whole compilation. The spare is held weakly,
    /// so a full collection may still take it back.
    /// </summary>
    private static class SpareStorage
    {
        // The runtime's large-object threshold is 85,000 bytes; a token takes 16.
        private const int LargeLength = 85_000 / 16;

        private static WeakReference<PackedToken[]>? s_spare;

        public static bool TryTake(int capacity, out PackedToken[] items)
        {
            items = Array.Empty<PackedToken>();
            if (capacity < LargeLength)
            {
                return false;
            }

            var spare = Interlocked.Exchange(ref s_spare, null);
            if (spare is null || !spare.TryGetTarget(out var found))
            {
                return false;
            }

            if (found.Length < capacity)
            {
                Give(found); // kept for a shorter text
                return false;
            }

            items = found;
            return true;
        }

        public static void Give(PackedToken[] items)
        {
            if (items.Length >= LargeLength)
            {
                Interlocked.Exchange(ref s_spare, new WeakReference<PackedToken[]>(items));
            }
        }
    }

    /// <summary>A token without its text: 16 bytes, no references. Only the sentence is set after the token is added.</summary>
    private struct PackedToken
    {
        public PackedToken(TokenKind kind, int start, bool spaceBefore, bool lineBreakBefore, int sentence, int textId)
        {
            Start = start;
            TextId = textId;
            Sentence = sentence;
            Kind = kind;
            SpaceBefore = spaceBefore;
            LineBreakBefore = lineBreakBefore;
        }

        public int Start { get; }

        public int TextId { get; }

        public int Sentence { get; set; }

        public TokenKind Kind { get; }

        public bool SpaceBefore { get; }

        public bool LineBreakBefore { get; }
    }

    /// <summary>Enumerates a <see cref="TokenList"/>.</summary>
    public struct Enumerator : IEnumerator<Token>
    {
        private readonly TokenList _list;
        private int _index;

        internal Enumerator(TokenList list)
        {
            _list = list;
            _index = -1;
        }

        /// <inheritdoc />
        public Token Current => _list[_index];

        object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _list._count;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public void Dispose()
        {
        }
    }
}
