using SeedSdk.Extraction.Pipeline;

namespace SeedSdk.Extraction.Naming;

/// <summary>Finds a document's title.</summary>
internal static class TitleDetector
{
    /// <summary>The first sentence, as a provisional title.</summary>
    public static string Detect(DocumentContext context)
        => context.SentenceTokens.Count == 0 ? string.Empty : context.TextOf(context.SentenceTokens[0].FirstToken, context.SentenceTokens[0].FirstToken + context.SentenceTokens[0].TokenCount - 1);
}
