using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// The analysed document every recognizer reads: the text, its tokens (with sentence indexes),
/// the token range of each sentence and the line map. Built once per extraction.
/// </summary>
public sealed class DocumentContext
{
    private DocumentContext(string path, string text, TokenList tokens, int distinctTexts, List<(int FirstToken, int TokenCount)> sentenceTokens, LineMap lines)
    {
        DistinctTexts = distinctTexts;
        Path = path;
        Text = text;
        TokenList = tokens;
        SentenceTokenList = sentenceTokens;
        Lines = lines;
    }

    /// <summary>The document's path as given to the extractor.</summary>
    public string Path { get; }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>All tokens in order.</summary>
    public IReadOnlyList<Token> Tokens => TokenList;

    /// <summary>All tokens in order, as the concrete list: indexing it is cheaper than through the interface in hot loops. Never modified after creation.</summary>
    internal TokenList TokenList { get; }

    /// <summary>How many distinct token texts the document has: every <see cref="Token.TextId"/> of <see cref="Tokens"/> is below it, so per-word results fit an array of this length.</summary>
    public int DistinctTexts { get; }

    /// <summary>For each sentence, the index of its first token and its token count.</summary>
    public IReadOnlyList<(int FirstToken, int TokenCount)> SentenceTokens => SentenceTokenList;

    /// <summary>The sentences' token ranges as the concrete list (see <see cref="TokenList"/>). Never modified after creation.</summary>
    internal List<(int FirstToken, int TokenCount)> SentenceTokenList { get; }

    /// <summary>Offset to line/column conversion.</summary>
    public LineMap Lines { get; }

    /// <summary>Tokenizes and splits <paramref name="text"/>.</summary>
    public static DocumentContext Create(string text, string path)
    {
        var tokens = Tokenizer.Tokenize(text, out var distinctTexts);
        var sentences = SentenceSplitter.Split(tokens);
        return new DocumentContext(path, text, tokens, distinctTexts, sentences, new LineMap(text));
    }

    /// <summary>The source text from token <paramref name="first"/> through token <paramref name="last"/> inclusive.</summary>
    public string TextOf(int first, int last)
    {
        var start = TokenList[first].Start;
        return Text.Substring(start, TokenList[last].End - start);
    }

    /// <summary>The span from token <paramref name="first"/> through token <paramref name="last"/> inclusive.</summary>
    public SourceSpan SpanOf(int first, int last)
    {
        var start = TokenList[first].Start;
        return Lines.Span(start, TokenList[last].End - start);
    }

    /// <summary>A fact of <paramref name="kind"/> covering tokens <paramref name="first"/>..<paramref name="last"/>; set kind-specific members with <c>with</c>.</summary>
    public ExtractedFact FactOf(FactKind kind, int first, int last)
    {
        var start = TokenList[first].Start;
        var length = TokenList[last].End - start;
        return new()
        {
            Kind = kind,
            Text = Text.Substring(start, length),
            Span = Lines.Span(start, length),
            SentenceIndex = TokenList[first].Sentence,
        };
    }

    /// <summary>The sentence spans, trimmed to their first and last token.</summary>
    public EquatableArray<SentenceInfo> SentenceInfos()
    {
        var sentences = SentenceTokenList;
        var result = new SentenceInfo[sentences.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var (first, count) = sentences[i];
            result[i] = new SentenceInfo(SpanOf(first, first + count - 1));
        }

        return EquatableArray<SentenceInfo>.TakeOwnership(result);
    }
}
