using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// A fact seen inside its own sentence: the sentence's <see cref="NameWord"/>s, the word range the
/// fact covers and the clause (between ',', ';', ':', brackets or dashes) that holds it. Names built
/// from a window read nothing outside the fact's sentence, which keeps them stable. A struct: a
/// window lives only while its fact is named, and naming takes one per numeric fact.
/// </summary>
internal readonly struct FactWindow
{
    // How many tokens on each side of a fact its name may read: names come from nearby words, and
    // the bound keeps naming linear even in a sentence without punctuation.
    private const int Reach = 64;

    private readonly WordCache _cache;

    // Whether Words start where the fact's sentence (within reach) starts, not at the fact's clause.
    private readonly bool _isWhole;

    private FactWindow(WordCache cache, NameWordList words, bool isWhole, int first, int last, int clauseStart, int clauseEnd)
    {
        _cache = cache;
        _isWhole = isWhole;
        Words = words;
        First = first;
        Last = last;
        ClauseStart = clauseStart;
        ClauseEnd = clauseEnd;
    }

    /// <summary>
    /// The words of the fact's sentence, from the start of its clause (or earlier) through the end of it at least: the
    /// names read nothing outside the clause but the words before it that <see cref="Whole"/> gives.
    /// </summary>
    public NameWordList Words { get; }

    /// <summary>Index in <see cref="Words"/> of the fact's first word.</summary>
    public int First { get; }

    /// <summary>Index in <see cref="Words"/> of the fact's last word.</summary>
    public int Last { get; }

    /// <summary>Index of the clause's first word.</summary>
    public int ClauseStart { get; }

    /// <summary>Index of the clause's last word.</summary>
    public int ClauseEnd { get; }

    /// <summary>The window of <paramref name="fact"/> in the document of <paramref name="cache"/>, reusing the words it already read; null when the fact's span holds no token.</summary>
    public static FactWindow? Of(ExtractedFact fact, WordCache cache) => Of(fact, cache, whole: false);

    /// <summary>As <see cref="Whole"/> of the window of <paramref name="fact"/>, read without reading its clause's words first.</summary>
    public static FactWindow? WholeOf(ExtractedFact fact, WordCache cache) => Of(fact, cache, whole: true);

    /// <summary>This window with <see cref="Words"/> starting where the fact's sentence starts, for the rare name that reads words before the fact's clause; <paramref name="fact"/> is the window's own fact.</summary>
    public FactWindow Whole(ExtractedFact fact) => _isWhole ? this : Of(fact, _cache, whole: true)!.Value;

    private static FactWindow? Of(ExtractedFact fact, WordCache cache, bool whole)
    {
        var context = cache.Context;
        if (!TryLocate(context, fact.Span, cache.LocatedToken, out var firstToken, out var lastToken))
        {
            return null;
        }

        cache.LocatedToken = firstToken;
        var (sentenceFirst, count) = context.SentenceTokenList[context.TokenList[firstToken].Sentence];
        var from = Math.Max(sentenceFirst, firstToken - Reach);
        var to = Math.Max(lastToken, Math.Min(sentenceFirst + count - 1, lastToken + Reach));
        var start = whole ? from : ClauseReadStart(context.TokenList, from, firstToken);
        var words = whole ? cache.WholeWords(from, to, lastToken) : cache.Words(start, to, lastToken);
        var first = FirstWordEndingAtOrAfter(words, firstToken);

        var last = first;
        while (last + 1 < words.Count && words[last + 1].FirstToken <= lastToken)
        {
            last++;
        }

        var clauseStart = first;
        while (clauseStart > 0 && !words[clauseStart - 1].IsClauseBoundary)
        {
            clauseStart--;
        }

        var clauseEnd = last;
        while (clauseEnd + 1 < words.Count && !words[clauseEnd + 1].IsClauseBoundary)
        {
            clauseEnd++;
        }

        return new FactWindow(cache, words, start == from, first, last, clauseStart, clauseEnd);
    }

    // The token after the nearest ',', ';', ':' or bracket before firstToken (from when there is none): the words of a
    // window's clause are read from there. Such a token is always a word of its own (no joined word or abbreviation
    // holds one), so the words read from the token after it are those a reading of the whole sentence gives there.
    private static int ClauseReadStart(TokenList tokens, int from, int firstToken)
    {
        for (var i = firstToken - 1; i >= from; i--)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol && token.Length == 1 && token.Text[0] is ',' or ';' or ':' or '(' or ')' or '[' or ']')
            {
                return i + 1;
            }
        }

        return from;
    }

    // The index of the first word whose last token is at or after token, or of the last word when none is: words
    // follow each other in token order, so their last tokens rise and a binary search finds it.
    private static int FirstWordEndingAtOrAfter(NameWordList words, int token)
    {
        int lo = 0, hi = words.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].LastToken < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The first and last token inside <paramref name="span"/>.</summary>
    public static bool TryLocate(DocumentContext context, SourceSpan span, out int firstToken, out int lastToken)
        => TryLocate(context, span, hint: 0, out firstToken, out lastToken);

    /// <summary>
    /// The first and last token inside <paramref name="span"/>, searching from token <paramref name="hint"/>
    /// on when the span starts at or after it: facts are named in document order, so the next fact's
    /// tokens are near the last one's, and a search from there reads a few nearby tokens where a search
    /// of the whole list would read scattered ones.
    /// </summary>
    private static bool TryLocate(DocumentContext context, SourceSpan span, int hint, out int firstToken, out int lastToken)
    {
        // The first token ending after span.Start. Tokens are ordered, non-empty and never overlap, so it
        // is the token just before the first one starting after span.Start when that token reaches past
        // span.Start, else that first one: the search compares starts only and reads no token's text.
        var tokens = context.TokenList;
        int lo = 0, hi = tokens.Count;
        if (hint < tokens.Count && tokens.StartAt(hint) <= span.Start)
        {
            // Galloping from the hint brackets the first token starting after span.Start in (lo, hi].
            lo = hint + 1;
            var step = 1;
            while (lo + step < hi && tokens.StartAt(lo + step - 1) <= span.Start)
            {
                lo += step;
                step *= 2;
            }

            hi = Math.Min(hi, lo + step);
        }

        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens.StartAt(mid) <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        if (lo > 0 && tokens[lo - 1].End > span.Start)
        {
            lo--;
        }

        firstToken = lo;
        lastToken = lo;
        if (lo >= tokens.Count || tokens.StartAt(lo) >= span.End)
        {
            return false;
        }

        while (lastToken + 1 < tokens.Count && tokens.StartAt(lastToken + 1) < span.End)
        {
            lastToken++;
        }

        return true;
    }

    /// <summary>The words of a free-standing text (a unit such as "vehicles"), read once per naming pass; callers must not change the list.</summary>
    public NameWordList WordsOfText(string text) => _cache.WordsOfText(text);

    /// <summary>The naming tables of the document's lexicon.</summary>
    public NamingLexicon Naming => _cache.Naming;

    /// <summary>Whether the word at <paramref name="index"/> is inside the clause (then read in place through <see cref="Words"/>).</summary>
    public bool IsInClause(int index) => index >= ClauseStart && index <= ClauseEnd;

    /// <summary>
    /// The words of the token range last read in one naming pass: facts come in document order and
    /// those of one clause mostly share its range, so each clause is read once, from its start and only
    /// as far as its facts reach. Only the last range is kept, in one buffer reused for every range (and
    /// one more for the rare whole sentence a name reads while its clause's window is in use): a window
    /// is read only while its own fact is named, never after the next range is read. Free-standing texts
    /// (units, entity names, roles, list heads) recur across facts, so their words and name parts are
    /// kept per text.
    /// </summary>
    internal sealed class WordCache
    {
        private readonly SentenceWords _clauseWords = new();
        private readonly SentenceWords _wholeWords = new();
        private readonly SentenceWords _afterWords = new();
        private readonly TokenWords _documentWords;
        private readonly Dictionary<string, NameWordList> _texts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _textNames = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _pascalCase = new(StringComparer.Ordinal);

        /// <summary>An empty cache for one naming pass over <paramref name="context"/>, whose words are looked up in the tables of its lexicon.</summary>
        public WordCache(DocumentContext context)
        {
            Context = context;
            Naming = NamingLexicon.Of(context.Lexicon);
            _documentWords = new TokenWords(context.DistinctTexts, Naming);
            Builder = new NameBuilder(_documentWords);
        }

        /// <summary>The document whose words are read.</summary>
        public DocumentContext Context { get; }

        /// <summary>The naming tables of the document's lexicon.</summary>
        public NamingLexicon Naming { get; }

        /// <summary>The first token of the fact located last: where the search for the next fact's tokens starts.</summary>
        public int LocatedToken { get; set; }

        /// <summary>The one buffer names are built in during the pass: a name is built and made a string before the next one starts.</summary>
        public NameBuilder Builder { get; }

        /// <summary>
        /// The words of tokens <paramref name="from"/>..<paramref name="to"/>, read at least through the first clause
        /// boundary after token <paramref name="through"/> (all of them when there is none): a window reads nothing
        /// past its clause, so the rest of a sentence is read only when a later fact's clause needs it. Valid until
        /// the next call with another range.
        /// </summary>
        public NameWordList Words(int from, int to, int through) => _clauseWords.Read(Context.TokenList, Naming, _documentWords, from, to, through);

        /// <summary>As <see cref="Words"/>, in a buffer of its own: the words of a whole sentence read while a window on its clause is in use.</summary>
        public NameWordList WholeWords(int from, int to, int through) => _wholeWords.Read(Context.TokenList, Naming, _documentWords, from, to, through);

        /// <summary>
        /// As <see cref="Words"/>, in a buffer of its own: the words after a fact read while a window on its clause is
        /// in use (see <see cref="ContextParts.NameAfter"/>), one clause at a time.
        /// </summary>
        public NameWordList WordsAfter(int from, int to, int through) => _afterWords.Read(Context.TokenList, Naming, _documentWords, from, to, through);

        /// <summary><paramref name="text"/> in PascalCase (see <see cref="CSharpIdentifier.ToPascalCase"/>, no fallback), converted once per distinct text.</summary>
        public string PascalCaseOf(string text)
        {
            if (!_pascalCase.TryGetValue(text, out var name))
            {
                name = CSharpIdentifier.ToPascalCase(text, string.Empty);
                _pascalCase.Add(text, name);
            }

            return name;
        }

        /// <summary>The words of <paramref name="text"/> joined as one name part (see <see cref="NameWords.Join"/>), built once per distinct text.</summary>
        public string NameOfText(string text)
        {
            if (!_textNames.TryGetValue(text, out var name))
            {
                name = NameWords.Join(WordsOfText(text));
                _textNames.Add(text, name);
            }

            return name;
        }

        /// <summary>The words of <paramref name="text"/> (see <see cref="NameWords.FromText"/>), read once per distinct text.</summary>
        public NameWordList WordsOfText(string text)
        {
            if (!_texts.TryGetValue(text, out var words))
            {
                words = NameWords.FromText(text, Naming);
                _texts.Add(text, words);
            }

            return words;
        }

        /// <summary>The words of the token range read last into one buffer, read on as far as asked.</summary>
        private sealed class SentenceWords
        {
            private readonly NameWordList _words = new();
            private int _from = -1;
            private int _to = -1;
            private int _next = -1;

            /// <summary>See <see cref="WordCache.Words"/>.</summary>
            public NameWordList Read(TokenList tokens, NamingLexicon naming, TokenWords documentWords, int from, int to, int through)
            {
                if (from != _from || to != _to)
                {
                    _words.Clear();
                    (_from, _to, _next) = (from, to, from);
                }

                // Read so far: every token before _next, the last one read being a clause boundary unless all were read.
                if (_next <= to && _next - 1 <= through)
                {
                    _next = NameWords.ReadInto(_words, tokens, _next, to, naming, documentWords, stopAfter: through);
                }

                return _words;
            }
        }
    }
}
