using System;
using System.Runtime.CompilerServices;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// A table built from the words of a <see cref="Lexicon"/>, once per lexicon: the English one is kept in a field, any
/// other in a weak table, so asking for a document's table costs a reference comparison and allocates nothing.
/// </summary>
internal sealed class PerLexicon<T>
    where T : class
{
    private readonly ConditionalWeakTable<Lexicon, T> _others = new();
    private readonly ConditionalWeakTable<Lexicon, T>.CreateValueCallback _build;
    private T? _english;

    /// <summary>Creates the cache of the tables <paramref name="build"/> makes of a lexicon.</summary>
    public PerLexicon(Func<Lexicon, T> build) => _build = lexicon => build(lexicon);

    /// <summary>The table of <paramref name="lexicon"/>, built on its first use.</summary>
    public T For(Lexicon lexicon)
        => ReferenceEquals(lexicon, Lexicon.English) ? _english ??= _build(lexicon) : _others.GetValue(lexicon, _build);
}
