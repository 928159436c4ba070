using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// A table built from the words of a <see cref="Lexicon"/>, once per lexicon: the English one is kept in a field, any
/// other in a weak table, so asking for a document's table costs a reference comparison and allocates nothing.
/// </summary>
internal sealed class PerLexicon<T>
    where T : class
{
    private readonly Func<Lexicon, T> _build;
    // Made when a lexicon other than English first asks: most processes read English only, and the stages
    // keep some fifty of these tables.
    private ConditionalWeakTable<Lexicon, T>? _others;
    private ConditionalWeakTable<Lexicon, T>.CreateValueCallback? _buildOther;
    private T? _english;

    /// <summary>Creates the cache of the tables <paramref name="build"/> makes of a lexicon.</summary>
    public PerLexicon(Func<Lexicon, T> build) => _build = build;

    /// <summary>The table of <paramref name="lexicon"/>, built on its first use.</summary>
    public T For(Lexicon lexicon)
        => ReferenceEquals(lexicon, Lexicon.English) ? _english ??= _build(lexicon) : Other(lexicon);

    private T Other(Lexicon lexicon)
    {
        var others = LazyInitializer.EnsureInitialized(ref _others, () => new ConditionalWeakTable<Lexicon, T>())!;
        return others.GetValue(lexicon, _buildOther ??= key => _build(key));
    }
}
