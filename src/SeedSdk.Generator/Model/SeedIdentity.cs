namespace SeedSdk.Generator.Model;

/// <summary>
/// What the project-wide checks need of one seed: its file (to find curation files without a seed) and the type it
/// generates (to find clashing type names; null when the seed generates none).
/// </summary>
/// <param name="FilePath">The additional file's path as the compiler knows it.</param>
/// <param name="Key">The type the seed generates, or null.</param>
internal sealed record SeedIdentity(string FilePath, TypeNameKey? Key);
