using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

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

    // About one token in fifty opens a statement and as many are list cues in news prose: room for somewhat more.
    private const int TokensPerCue = 32;

    private CueTokens(int tokenCount)
    {
        StatementOpeners = new List<int>(tokenCount / TokensPerCue);
        ListCues = new List<int>(tokenCount / TokensPerCue);
    }

    /// <summary>The tokens that may open a statement (<see cref="DocumentWords.MayOpenStatement"/>).</summary>
    public List<int> StatementOpeners { get; }

    /// <summary>The tokens that can open a list or join its items (<see cref="DocumentWords.IsListWord"/>), and colons.</summary>
    public List<int> ListCues { get; }

    /// <summary>The tokens "as", in any case.</summary>
    public List<int> AsWords { get; } = new();

    /// <summary>
    /// The periods, exclamation and question marks followed by an opening straight quote and a capital ('year. "We'), where
    /// a sentence splits into pieces that the statement stage reads one by one.
    /// </summary>
    public List<int> PieceCuts { get; } = new();

    /// <summary>
    /// The part of <paramref name="cues"/> (one of the lists above) inside the tokens [<paramref name="first"/>, <paramref name="end"/>),
    /// as the index range [From, To) of the list. <paramref name="next"/> is where the search starts and is left at To, so a stage
    /// that asks sentence after sentence, in document order, walks each list once.
    /// </summary>
    public static (int From, int To) Within(List<int> cues, ref int next, int first, int end)
    {
        while (next < cues.Count && cues[next] < first)
        {
            next++;
        }

        var from = next;
        while (next < cues.Count && cues[next] < end)
        {
            next++;
        }

        return (from, next);
    }

    /// <summary>Finds the cue tokens of <paramref name="context"/>.</summary>
    public static CueTokens Find(DocumentContext context, DocumentWords words)
    {
        var tokens = context.TokenList;
        var cues = new CueTokens(tokens.Count);
        var kinds = new byte[context.DistinctTexts];
        var shapes = CueWordShapes.For(context.Lexicon);
        for (var i = 0; i < tokens.Count; i++)
        {
            ref var kind = ref kinds[tokens.TextIdAt(i)];
            if (kind == 0)
            {
                kind = KindAt(tokens, i, words, shapes);
            }

            if (kind != Known)
            {
                cues.Note(tokens, i, kind);
            }
        }

        return cues;
    }

    // Kept out of the loop over every token, which seldom reaches it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Note(TokenList tokens, int i, byte kind)
    {
        if ((kind & StatementOpener) != 0)
        {
            StatementOpeners.Add(i);
        }

        if ((kind & ListCue) != 0)
        {
            ListCues.Add(i);
        }

        if ((kind & As) != 0)
        {
            AsWords.Add(i);
        }

        if ((kind & SentenceMark) != 0 && tokens.KindAt(i) == TokenKind.Symbol && IsPieceCut(tokens, i))
        {
            PieceCuts.Add(i);
        }
    }

    // Asked once per distinct word: kept out of the loop over every token, which stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte KindAt(TokenList tokens, int i, DocumentWords words, WordShapes shapes) => KindOf(tokens[i], words, shapes);

    private static byte KindOf(Token token, DocumentWords words, WordShapes shapes)
    {
        var kind = Known;
        var cueWord = shapes.Admit(token.Text);
        if (cueWord && words.MayOpenStatement(token))
        {
            kind |= StatementOpener;
        }

        if ((cueWord && words.IsListWord(token)) || token.Is(':'))
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

    // The shapes of the words that may open a statement or a list, so that most of a document's words are told apart without
    // the word lists (whose answers the document's words would keep, for words no one else asks about).
    private static readonly PerLexicon<WordShapes> CueWordShapes
        = new(lexicon => new WordShapes(ReportingVerbs.Of(lexicon).StatementOpeningWords.Concat(lexicon.List("list-cues"))));

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

    /// <summary>
    /// The lengths and first letters (in either case) of a list of words, which every word equal to one of them in any
    /// case has: a word of another shape is surely none of them. Words that start with a character beyond ASCII are always
    /// admitted (a few fold onto ASCII letters: "ı", "ſ").
    /// </summary>
    private sealed class WordShapes
    {
        private const int Letters = 26;
        private const int MaxLength = 32;

        // By length and letter: whether a word of the list has that length and starts with that letter.
        private readonly bool[] _shapes = new bool[(MaxLength + 1) * Letters];

        // Whether a word of the list has a shape the table cannot hold, so that every word must be admitted.
        private readonly bool _admitAll;

        public WordShapes(IEnumerable<string> words)
        {
            foreach (var word in words)
            {
                var letter = word.Length > 0 ? LetterOf(word[0]) : -1;
                if (letter < 0 || word.Length > MaxLength)
                {
                    _admitAll = true;
                    continue;
                }

                _shapes[(word.Length * Letters) + letter] = true;
            }
        }

        /// <summary>Whether <paramref name="word"/> may equal a word of the list in some case.</summary>
        public bool Admit(string word)
        {
            if (_admitAll || (word.Length > 0 && word[0] >= 128))
            {
                return true;
            }

            var letter = word.Length > 0 ? LetterOf(word[0]) : -1;
            return letter >= 0 && word.Length <= MaxLength && _shapes[(word.Length * Letters) + letter];
        }

        // The ASCII letter's index (either case), or -1.
        private static int LetterOf(char c)
        {
            var letter = (c | 0x20) - 'a';
            return c < 128 && letter >= 0 && letter < Letters ? letter : -1;
        }
    }
}
