namespace SeedSdk.Extraction.Model;

/// <summary>Everything the extractor found in one document, facts in document order.</summary>
public sealed record ExtractedDocument(
    string Path,
    string Title,
    string Text,
    EquatableArray<SentenceInfo> Sentences,
    EquatableArray<ExtractedFact> Facts)
{
    /// <summary>The text of sentence <paramref name="index"/>, or an empty string when there is no such sentence.</summary>
    public string SentenceText(int index)
    {
        if (index < 0 || index >= Sentences.Count)
        {
            return string.Empty;
        }

        var span = Sentences[index].Span;
        return Text.Substring(span.Start, span.Length);
    }
}
