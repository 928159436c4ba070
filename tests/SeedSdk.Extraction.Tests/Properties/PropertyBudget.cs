namespace SeedSdk.Extraction.Tests.Properties;

/// <summary>
/// How many generated cases each property runs (documented in docs/reliability.md; keep both in step).
/// Sizes are capped in <see cref="TextGens"/>, so the whole suite stays well under a minute on two cores.
/// </summary>
internal static class PropertyBudget
{
    public const int RandomUnicode = 3_000;
    public const int TokenSoup = 3_000;
    public const int MutatedSentences = 3_000;
    public const int CultureInvariance = 500;
    public const int NewlineVariants = 600;
    public const int UnrelatedContext = 600;
}
