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

    /// <summary>The words of the document's language.</summary>
    public Lexicon Lexicon => TokenList.Lexicon;

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
    public static DocumentContext Create(string text, string path) => Create(text, path, Lexicon.English);

    /// <summary>Tokenizes and splits <paramref name="text"/>, read with the words of <paramref name="lexicon"/>.</summary>
    public static DocumentContext Create(string text, string path, Lexicon lexicon)
    {
        // Tokens are read with Markdown emphasis and links blanked out; the text they quote stays the original.
        var reading = MarkupBlanking.Blank(text);
        var tokens = Tokenizer.Tokenize(reading, out var distinctTexts);
        tokens.Lexicon = lexicon;
        var sentences = SentenceSplitter.Split(tokens);
        return new DocumentContext(path, text, tokens, distinctTexts, sentences, new LineMap(text)) { _reading = reading };
    }

    // The text as the tokens were read: Markdown emphasis and link syntax as spaces (the same string as Text when it has none).
    private string _reading = string.Empty;

    /// <summary>
    /// As <see cref="TextOf"/>, without the Markdown marks inside ("**Ana Lima**, chief executive" gives "Ana Lima, chief
    /// executive"; "[Bo Park](url), adviser" gives "Bo Park, adviser").
    /// </summary>
    public string PlainTextOf(int first, int last)
    {
        var start = TokenList[first].Start;
        var end = TokenList[last].End;
        if (ReferenceEquals(_reading, Text))
        {
            return Text.Substring(start, end - start);
        }

        var plain = new System.Text.StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (_reading[i] != ' ' || Text[i] == ' ')
            {
                plain.Append(Text[i]);
            }
        }

        return plain.ToString();
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

    /// <summary>
    /// Gives the tokens' storage back for the next document to reuse (see <see cref="Text.TokenList"/>). Only the
    /// context's owner calls it, once nothing reads the context any more: its tokens are empty afterwards.
    /// </summary>
    internal void ReturnTokenStorage() => TokenList.ReturnStorage();

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
