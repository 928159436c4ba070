using System.Collections.Generic;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// The entities of one document and where they are mentioned, indexed by token, so the role, list
/// and statement recognizers can look up "the entity ending here" in constant time.
/// </summary>
/// <remarks>
/// Few tokens start or end a mention, so nothing here is as long as the document in words: a bit per token says whether
/// anything is recorded there, and the rare tokens that have something are looked up among the few of their block.
/// </remarks>
internal sealed class EntityAnalysis
{
    private readonly int _tokenCount;
    private readonly MentionIndex _startingAt;
    private readonly MentionIndex _endingAt;
    private readonly TokenBits _consumed;
    private readonly TokenBits _isResolved;
    // Pronouns and descriptions resolved, in order of token (coreference resolves them in one pass through the text).
    private readonly List<int> _resolvedTokens = new();
    private readonly List<Entity> _resolvedEntities = new();

    /// <summary>Creates an empty analysis for a document of <paramref name="tokenCount"/> tokens whose words are <paramref name="words"/>.</summary>
    public EntityAnalysis(int tokenCount, DocumentWords words)
    {
        Words = words;
        _tokenCount = tokenCount;
        _startingAt = new MentionIndex(tokenCount, byStart: true);
        _endingAt = new MentionIndex(tokenCount, byStart: false);
        _consumed = new TokenBits(tokenCount);
        _isResolved = new TokenBits(tokenCount);
    }

    /// <summary>The document's per-word answers, shared by every recognizer of the entity stage.</summary>
    public DocumentWords Words { get; }

    /// <summary>The entities in order of creation.</summary>
    public List<Entity> Entities { get; } = new();

    /// <summary>Every mention, in the order recorded.</summary>
    public List<Mention> Mentions { get; } = new();

    /// <summary>The person last given each role ("chairman" → the chairman named), so "the chairman said" has a speaker.</summary>
    public Dictionary<string, Entity> PeopleByRole { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Records a mention; the first one recorded at a token wins.</summary>
    public void Add(Mention mention)
    {
        Mentions.Add(mention);
        _startingAt.Add(mention, mention.First);
        _endingAt.Add(mention, mention.Last);
    }

    /// <summary>The mention starting at token <paramref name="index"/>, if any.</summary>
    public Mention? StartingAt(int index) => index >= 0 && index < _tokenCount ? _startingAt.At(index) : null;

    /// <summary>Whether a mention starts at token <paramref name="index"/>, which must be a token of the document: a bit test.</summary>
    public bool StartsMention(int index) => _startingAt.IsMarked(index);

    /// <summary>The mention ending at token <paramref name="index"/>, if any.</summary>
    public Mention? EndingAt(int index) => index >= 0 && index < _tokenCount ? _endingAt.At(index) : null;

    /// <summary>Whether token <paramref name="index"/> is already explained by a role (so lists do not reuse it).</summary>
    public bool IsConsumed(int index) => _consumed[index];

    /// <summary>Marks token <paramref name="index"/> as explained by a role.</summary>
    public void Consume(int index) => _consumed.Set(index);

    /// <summary>The entity a pronoun or description at token <paramref name="index"/> refers to, if resolved.</summary>
    public Entity? ResolvedAt(int index)
    {
        if (index < 0 || index >= _tokenCount || !_isResolved[index])
        {
            return null;
        }

        var found = _resolvedTokens.BinarySearch(index);
        return _resolvedEntities[found];
    }

    /// <summary>Records what a pronoun or description at <paramref name="index"/> refers to.</summary>
    public void Resolve(int index, Entity entity)
    {
        var count = _resolvedTokens.Count;
        if (!_isResolved[index] && (count == 0 || _resolvedTokens[count - 1] < index))
        {
            _resolvedTokens.Add(index);
            _resolvedEntities.Add(entity);
        }
        else
        {
            // Out of order or resolved again: keep the tokens sorted; a later answer replaces an earlier one.
            var found = _resolvedTokens.BinarySearch(index);
            if (found >= 0)
            {
                _resolvedEntities[found] = entity;
            }
            else
            {
                _resolvedTokens.Insert(~found, index);
                _resolvedEntities.Insert(~found, entity);
            }
        }

        _isResolved.Set(index);
    }

    /// <summary>A bit per token.</summary>
    private readonly struct TokenBits
    {
        private readonly ulong[] _words;

        public TokenBits(int tokenCount) => _words = new ulong[(tokenCount + 63) >> 6];

        public bool this[int index] => (_words[index >> 6] & (1UL << (index & 63))) != 0;

        public void Set(int index) => _words[index >> 6] |= 1UL << (index & 63);
    }

    /// <summary>
    /// The first mention recorded at each token, by its first or its last token: a bit per token, and per block of 64
    /// tokens a chain (through the mentions themselves) of the mentions recorded first at a token of the block.
    /// </summary>
    private sealed class MentionIndex
    {
        private readonly bool _byStart;
        private readonly ulong[] _marked;
        private readonly Mention?[] _chains;

        public MentionIndex(int tokenCount, bool byStart)
        {
            _byStart = byStart;
            _marked = new ulong[(tokenCount + 63) >> 6];
            _chains = new Mention?[_marked.Length];
        }

        public void Add(Mention mention, int token)
        {
            var block = token >> 6;
            var bit = 1UL << (token & 63);
            if ((_marked[block] & bit) != 0)
            {
                // The first one recorded at a token wins.
                return;
            }

            _marked[block] |= bit;
            if (_byStart)
            {
                mention.NextByStart = _chains[block];
            }
            else
            {
                mention.NextByEnd = _chains[block];
            }

            _chains[block] = mention;
        }

        public bool IsMarked(int token) => (_marked[token >> 6] & (1UL << (token & 63))) != 0;

        public Mention? At(int token)
        {
            var block = token >> 6;
            if ((_marked[block] & (1UL << (token & 63))) == 0)
            {
                return null;
            }

            var mention = _chains[block];
            if (_byStart)
            {
                while (mention!.First != token)
                {
                    mention = mention.NextByStart;
                }
            }
            else
            {
                while (mention!.Last != token)
                {
                    mention = mention.NextByEnd;
                }
            }

            return mention;
        }
    }
}
