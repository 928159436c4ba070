using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// What the naming tables say about one word text: its lower-case form and its lexicon flags. They
/// depend on the text alone, so a naming pass computes them once per distinct text (see <see cref="Cache"/>).
/// </summary>
internal readonly struct WordTraits
{
    private WordTraits(string lower, bool isStopWord, bool isMeasureNoun, bool isAmountVerb, bool isChangeVerb, bool isAbbreviationStart)
    {
        Lower = lower;
        IsStopWord = isStopWord;
        IsMeasureNoun = isMeasureNoun;
        IsAmountVerb = isAmountVerb;
        IsChangeVerb = isChangeVerb;
        IsAbbreviationStart = isAbbreviationStart;
    }

    /// <summary>The text, lower-cased invariantly.</summary>
    public string Lower { get; }

    /// <summary>A word that carries no meaning in a name.</summary>
    public bool IsStopWord { get; }

    /// <summary>A noun naming what an amount measures.</summary>
    public bool IsMeasureNoun { get; }

    /// <summary>A verb in <see cref="NamingLexicon.AmountVerbs"/>.</summary>
    public bool IsAmountVerb { get; }

    /// <summary>A verb in <see cref="NamingLexicon.ChangeVerbs"/>.</summary>
    public bool IsChangeVerb { get; }

    /// <summary>The first word of a phrase in <see cref="NamingLexicon.Abbreviations"/> (any case).</summary>
    public bool IsAbbreviationStart { get; }

    /// <summary>The traits of <paramref name="text"/>, computed from the tables.</summary>
    public static WordTraits Of(string text)
    {
        var lower = text.ToLowerInvariant();
        return new WordTraits(
            lower,
            NamingLexicon.IsStopWord(lower),
            NamingLexicon.MeasureNouns.Contains(lower),
            NamingLexicon.AmountVerbs.ContainsKey(lower),
            NamingLexicon.ChangeVerbs.ContainsKey(lower),
            NamingLexicon.AbbreviationStarts.Contains(text));
    }

    /// <summary>
    /// The traits of the texts seen in one naming pass, keyed by string instance: token texts are
    /// pooled per document, so each distinct word is looked up in the tables and lower-cased once.
    /// </summary>
    internal sealed class Cache
    {
        private readonly Dictionary<string, WordTraits> _byText = new(ReferenceComparer.Instance);

        /// <summary>The traits of <paramref name="text"/>.</summary>
        public WordTraits Of(string text)
        {
            if (!_byText.TryGetValue(text, out var traits))
            {
                traits = WordTraits.Of(text);
                _byText.Add(text, traits);
            }

            return traits;
        }
    }

    private sealed class ReferenceComparer : IEqualityComparer<string>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

        public int GetHashCode(string obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
