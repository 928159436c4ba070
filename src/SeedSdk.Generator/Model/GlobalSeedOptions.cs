namespace SeedSdk.Generator.Model;

/// <summary>Project-wide options.</summary>
/// <param name="Namespace">The namespace the seed classes go in (always valid).</param>
/// <param name="InvalidNamespace">The configured namespace when it was invalid and replaced, else null.</param>
/// <param name="MaxSeedBytes">Larger seeds are skipped with a diagnostic.</param>
internal sealed record GlobalSeedOptions(string Namespace, string? InvalidNamespace, long MaxSeedBytes);
