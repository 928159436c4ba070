using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>What each run of the document names by itself, or null: a byte per run.</summary>
internal readonly struct RunKinds
{
    // 0 for null, else the kind plus one.
    private readonly byte[] _kinds;

    public RunKinds(int count) => _kinds = new byte[count];

    public FactKind? this[int run]
    {
        get => _kinds[run] == 0 ? null : (FactKind)(_kinds[run] - 1);
        set => _kinds[run] = value is { } kind ? (byte)((int)kind + 1) : (byte)0;
    }
}
