using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Naming;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Ordering;
using SeedSdk.Extraction.Stages;
using SeedSdk.Extraction.Stages.Numeric;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction;

/// <summary>
/// The one entry point: text and path in, facts out. Pure, deterministic and culture-invariant;
/// the generator and the CLI both call it, so the typed API and the JSON always agree.
/// </summary>
public static class FactExtractor
{
    /// <summary>Extracts every fact of <paramref name="text"/>, in document order, each with its C# name.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="path">The document's path, carried into the result unchanged.</param>
    public static ExtractedDocument Extract(string text, string path) => Extract(text, path, Lexicon.English);

    /// <summary>Extracts every fact of <paramref name="text"/>, read with the words of <paramref name="lexicon"/>.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="path">The document's path, carried into the result unchanged.</param>
    /// <param name="lexicon">The words of the document's language (<see cref="Lexicon.English"/> by default).</param>
    public static ExtractedDocument Extract(string text, string path, Lexicon lexicon)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (lexicon is null)
        {
            throw new ArgumentNullException(nameof(lexicon));
        }

        var context = DocumentContext.Create(text, path, lexicon);
        // Dense business prose holds about one fact per 40 to 100 characters; starting just above that spares
        // a long document's list its doublings (each a copy on the large object heap).
        var facts = new List<ExtractedFact>(text.Length / 32 + 16);
        NumericFacts.Recognize(context, facts);
        EntityFacts.Recognize(context, facts);

        DocumentOrder.Sort(facts);
        var named = FactNamer.AssignNames(context, facts);
        var document = new ExtractedDocument(path, TitleDetector.Detect(context), text, context.SentenceInfos(), named);
        context.ReturnTokenStorage();
        return document;
    }
}
