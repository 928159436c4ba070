using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>Entities by kind and key text: one ordinal string table per kind.</summary>
internal sealed class EntityKeys
{
    private static readonly int KindCount = Enum.GetValues(typeof(FactKind)).Length;
    private readonly Dictionary<string, Entity>?[] _byKind = new Dictionary<string, Entity>?[KindCount];

    public Entity this[FactKind kind, string text]
    {
        get => TryGetValue(kind, text, out var entity) ? entity : throw new KeyNotFoundException(text);
        set => (_byKind[(int)kind] ??= new Dictionary<string, Entity>(StringComparer.Ordinal))[text] = value;
    }

    public bool Contains(FactKind kind, string text) => _byKind[(int)kind]?.ContainsKey(text) == true;

    public bool TryGetValue(FactKind kind, string text, out Entity entity)
    {
        entity = null!;
        return _byKind[(int)kind] is { } table && table.TryGetValue(text, out entity!);
    }
}
