using System.Collections.Generic;

namespace SeedSdk.Extraction.Entities;

/// <summary>
/// The entities of one document and where they are mentioned, indexed by token, so the role, list
/// and statement recognizers can look up "the entity ending here" in constant time.
/// </summary>
internal sealed class EntityAnalysis
{
    // Per token, one more than the index in Mentions of the first mention starting (ending) there; 0 for none.
    private readonly int[] _startingAt;
    private readonly int[] _endingAt;
    // Few tokens are resolved pronouns or descriptions: a table, not an array as long as the document.
    private readonly Dictionary<int, Entity> _resolved = new();

    /// <summary>Creates an empty analysis for a document of <paramref name="tokenCount"/> tokens whose words are <paramref name="words"/>.</summary>
    public EntityAnalysis(int tokenCount, DocumentWords words)
    {
        Words = words;
        _startingAt = new int[tokenCount];
        _endingAt = new int[tokenCount];
        Consumed = new bool[tokenCount];
    }

    /// <summary>The document's per-word answers, shared by every recognizer of the entity stage.</summary>
    public DocumentWords Words { get; }

    /// <summary>The entities in order of creation.</summary>
    public List<Entity> Entities { get; } = new();

    /// <summary>Every mention in document order.</summary>
    public List<Mention> Mentions { get; } = new();

    /// <summary>The person last given each role ("chairman" → the chairman named), so "the chairman said" has a speaker.</summary>
    public Dictionary<string, Entity> PeopleByRole { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Tokens already explained by a role (so lists do not reuse them).</summary>
    public bool[] Consumed { get; }

    /// <summary>Records a mention; the first one recorded at a token wins.</summary>
    public void Add(Mention mention)
    {
        Mentions.Add(mention);
        if (_startingAt[mention.First] == 0)
        {
            _startingAt[mention.First] = Mentions.Count;
        }

        if (_endingAt[mention.Last] == 0)
        {
            _endingAt[mention.Last] = Mentions.Count;
        }
    }

    /// <summary>The mention starting at token <paramref name="index"/>, if any.</summary>
    public Mention? StartingAt(int index) => MentionAt(_startingAt, index);

    /// <summary>The mention ending at token <paramref name="index"/>, if any.</summary>
    public Mention? EndingAt(int index) => MentionAt(_endingAt, index);

    /// <summary>The entities that resolved pronouns and descriptions refer to, once per resolved token.</summary>
    public IEnumerable<Entity> ResolvedEntities => _resolved.Values;

    /// <summary>The entity a pronoun or description at token <paramref name="index"/> refers to, if resolved.</summary>
    public Entity? ResolvedAt(int index) => _resolved.Count > 0 && _resolved.TryGetValue(index, out var entity) ? entity : null;

    /// <summary>Records what a pronoun or description at <paramref name="index"/> refers to.</summary>
    public void Resolve(int index, Entity entity) => _resolved[index] = entity;

    private Mention? MentionAt(int[] numbers, int index)
        => index >= 0 && index < numbers.Length && numbers[index] > 0 ? Mentions[numbers[index] - 1] : null;
}
