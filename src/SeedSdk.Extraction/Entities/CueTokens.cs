using System.Collections.Generic;
using SeedSdk.Extraction.Pipeline;
using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Entities;

/// <summary>
/// The tokens the role, statement and list stages start from, found in one pass over the document so that none of them
/// walks every token again: the words that may open a statement, the list cues, every "as", and the cuts between a
/// sentence's pieces. Each kind is kept in document order; what a token is is decided once per distinct word.
/// </summary>
internal sealed class CueTokens
{
    private const byte Known = 1;
    private const byte StatementOpener = 2;
    private const byte ListCue = 4;
    private const byte As = 8;
    private const byte SentenceMark = 16;

    private CueTokens()
    {
    }

    /// <summary>The tokens that may open a statement (<see cref="DocumentWords.MayOpenStatement"/>).</summary>
    public List<int> StatementOpeners { get; } = new();

    /// <summary>The tokens that can open a list or join its items (<see cref="DocumentWords.IsListWord"/>), and colons.</summary>
    public List<int> ListCues { get; } = new();

    /// <summary>The tokens "as", in any case.</summary>
    public List<int> AsWords { get; } = new();

    /// <summary>
    /// The periods, exclamation and question marks followed by an opening straight quote and a capital ('year. "We'), where
    /// a sentence splits into pieces that the statement stage reads one by one.
    /// </summary>
    public List<int> PieceCuts { get; } = new();

    /// <summary>Finds the cue tokens of <paramref name="context"/>.</summary>
    public static CueTokens Find(DocumentContext context, DocumentWords words)
    {
        var cues = new CueTokens();
        var tokens = context.TokenList;
        var kinds = new byte[context.DistinctTexts];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            ref var kind = ref kinds[token.TextId];
            if (kind == 0)
            {
                kind = KindOf(token, words);
            }

            if (kind == Known)
            {
                continue;
            }

            if ((kind & StatementOpener) != 0)
            {
                cues.StatementOpeners.Add(i);
            }

            if ((kind & ListCue) != 0)
            {
                cues.ListCues.Add(i);
            }

            if ((kind & As) != 0)
            {
                cues.AsWords.Add(i);
            }

            if ((kind & SentenceMark) != 0 && token.Kind == TokenKind.Symbol && IsPieceCut(tokens, i))
            {
                cues.PieceCuts.Add(i);
            }
        }

        return cues;
    }

    private static byte KindOf(Token token, DocumentWords words)
    {
        var kind = Known;
        if (words.MayOpenStatement(token))
        {
            kind |= StatementOpener;
        }

        if (words.IsListWord(token) || token.Is(':'))
        {
            kind |= ListCue;
        }

        if (token.Text.Length == 2 && token.IsWord("as"))
        {
            kind |= As;
        }

        if (token.Is('.') || token.Is('!') || token.Is('?'))
        {
            kind |= SentenceMark;
        }

        return kind;
    }

    private static bool IsPieceCut(TokenList tokens, int k)
    {
        if (k + 2 >= tokens.Count)
        {
            return false;
        }

        var quote = tokens[k + 1];
        var next = tokens[k + 2];
        return quote.Is('"') && quote.SpaceBefore && !next.SpaceBefore && next.IsCapitalized;
    }
}
