using SeedSdk.Extraction.Model;

namespace SeedSdk.Generator.Model;

/// <summary>The outcome of reading one seed: the model to emit (null when the seed is skipped), its type key and its diagnostics.</summary>
internal sealed record SeedReadResult(SeedModel? Model, TypeNameKey? Key, EquatableArray<DiagnosticInfo> Diagnostics);
