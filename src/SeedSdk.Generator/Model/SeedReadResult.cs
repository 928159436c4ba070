using SeedSdk.Extraction.Model;

namespace SeedSdk.Generator.Model;

/// <summary>The outcome of reading one seed: its file, the model to emit (null when the seed is skipped), its type key and its diagnostics.</summary>
/// <param name="FilePath">The additional file's path as the compiler knows it (identity only; never emitted).</param>
internal sealed record SeedReadResult(string FilePath, SeedModel? Model, TypeNameKey? Key, EquatableArray<DiagnosticInfo> Diagnostics);
