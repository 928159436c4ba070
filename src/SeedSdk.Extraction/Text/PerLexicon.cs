using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// A table built from the words of a <see cref="Lexicon"/>, once per lexicon: the English one is kept in a field, any
/// other in a weak table, so asking for a document's table costs a reference comparison and allocates nothing. Each
/// table is built once (a table built from another's asks for that one while it is built: their order is fixed, so the
/// locks taken never wait on each other in a circle).
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T For(Lexicon lexicon)
        => ReferenceEquals(lexicon, Lexicon.English) ? _english ?? English() : Other(lexicon);

    // Built once even when several threads ask first at the same time (the gazetteer's tables take some 60,000 lines).
    private T English()
    {
        lock (this)
        {
            return _english ??= _build(Lexicon.English);
        }
    }

    private T Other(Lexicon lexicon)
    {
        var others = LazyInitializer.EnsureInitialized(ref _others, () => new ConditionalWeakTable<Lexicon, T>())!;
        return others.GetValue(lexicon, _buildOther ??= key => _build(key));
    }
}
