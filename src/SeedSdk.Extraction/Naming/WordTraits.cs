using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// What the naming tables say about one word text: its lower-case form and its lexicon flags. They
/// depend on the text alone, so a naming pass computes them once per distinct text (see <see cref="Cache"/>).
/// </summary>
/// <param name="Lower">The text, lower-cased invariantly.</param>
/// <param name="IsStopWord">A word that carries no meaning in a name.</param>
/// <param name="IsMeasureNoun">A noun naming what an amount measures.</param>
/// <param name="IsAmountVerb">A verb in <see cref="NamingLexicon.AmountVerbs"/>.</param>
/// <param name="IsChangeVerb">A verb in <see cref="NamingLexicon.ChangeVerbs"/>.</param>
/// <param name="IsAbbreviationStart">The first word of a phrase in <see cref="NamingLexicon.Abbreviations"/> (any case).</param>
internal readonly record struct WordTraits(string Lower, bool IsStopWord, bool IsMeasureNoun, bool IsAmountVerb, bool IsChangeVerb, bool IsAbbreviationStart)
{
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
