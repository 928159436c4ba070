using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Numbers;

/// <summary>
/// The state of one left-to-right numeric pass: the document, the last claimed token (no recognizer reads
/// back past it) and the number read at the current anchor, parsed once for all recognizers.
/// </summary>
internal sealed class NumericScan
{
    private bool? _readsYenSignAsYuan;

    // The last two numbers parsed (a range reads its upper bound between two reads of its lower one);
    // a new one replaces the slot used less recently.
    private ParsedNumber _first = new(-1, false, default);
    private ParsedNumber _second = new(-1, false, default);
    private bool _firstIsOlder = true;

    // The ISO text of each year written so far: a document repeats its years.
    private readonly Dictionary<int, string> _yearTexts = new();

    // What is known of each distinct text, by Token.TextId, packed in one int so a document costs one small
    // array: its anchor role (RoleBits: 0 not yet read, else the role plus one), whether it can start a
    // currency after a number (CurrencyBits: Unknown, No or Yes), whether it gives a year after it no context
    // (PlainBits: Unknown, No or Yes) and its counted noun (the bits from NounShift: 0 not yet read, 1 none,
    // else the index plus two of the unit in _countedNouns).
    private readonly int[] _textFacts;
    private const int RoleBits = 0x3F, CurrencyShift = 6, CurrencyBits = 0x3 << CurrencyShift, PlainShift = 8, PlainBits = 0x3 << PlainShift, NounShift = 10;
    private const int Unknown = 0, No = 1, Yes = 2;
    private const int NotCounted = 1;

    // By Token.TextId, the recognizers that may read on from a number with the text after it, plus one (0: not yet read). Made on first use.
    private short[]? _readersAfter;

    // The singular units of the counted nouns read so far, each once.
    private readonly List<string> _countedNouns = new();

    // The line SpanOf read last: its number and the offsets where it starts and where the next one starts.
    private int _line;
    private int _lineStart;
    private int _nextLineStart = -1;

    private readonly ScanQuestions _questions;

    private uint[]? _dateShapes;

    /// <summary>Starts a pass over <paramref name="context"/> whose word questions <paramref name="questions"/> answers.</summary>
    public NumericScan(DocumentContext context, ScanQuestions questions)
    {
        Context = context;
        _questions = questions;
        // A List's indexer is a direct call (an IReadOnlyList's is an interface call on every look-up).
        Tokens = context.TokenList;
        _textFacts = new int[context.DistinctTexts];
    }

    /// <summary>The document.</summary>
    public DocumentContext Context { get; }

    /// <summary>What the date forms know of each distinct text, by <see cref="Token.TextId"/> (0 not yet read); made on first use.</summary>
    public uint[] DateShapes => _dateShapes ??= new uint[_textFacts.Length];

    /// <summary>The document's tokens.</summary>
    public TokenList Tokens { get; }

    /// <summary>The index of the last token a fact (or a silent claim) took; -1 at first.</summary>
    public int ClaimedBefore { get; set; } = -1;

    /// <summary>
    /// The token at which a date in digits was last sought and not found, as the end of a period may be read (the
    /// most a reading accepts), with that token as its anchor; -1 when none was. A date the period recognizer did not
    /// find there, the date recognizers that try the same token next need not seek again.
    /// </summary>
    public int DigitDateMissedAt { get; set; } = -1;

    /// <summary>A fact of <paramref name="kind"/> over tokens <paramref name="first"/>..<paramref name="last"/> with its kind's fields, built in one allocation.</summary>
    public ExtractedFact Fact(FactKind kind, int first, int last, decimal? value = null, string? unit = null, string? qualifier = null, string? date = null, string? start = null, string? end = null)
        => new()
        {
            Kind = kind,
            Text = TextOf(first, last),
            Span = SpanOf(first, last),
            SentenceIndex = Tokens[first].Sentence,
            Value = value,
            Unit = unit,
            Qualifier = qualifier,
            Date = date,
            Start = start,
            End = end,
        };

    /// <summary>The text from token <paramref name="first"/> through token <paramref name="last"/> (one token's own pooled text when they are one).</summary>
    public string TextOf(int first, int last)
    {
        var start = Tokens[first].Start;
        return first == last ? Tokens[first].Text : Context.Text.Substring(start, Tokens[last].End - start);
    }

    /// <summary>The span from token <paramref name="first"/> through token <paramref name="last"/>, as <see cref="DocumentContext.SpanOf"/>.</summary>
    public SourceSpan SpanOf(int first, int last)
    {
        var start = Tokens[first].Start;
        var length = Tokens[last].End - start;
        if (start < _lineStart || start >= _nextLineStart)
        {
            // Facts come in text order, many to a line: the line is found once, then its bounds answer for the next ones.
            var span = Context.Lines.Span(start, length);
            _line = span.Line;
            _lineStart = start - span.Column + 1;
            _nextLineStart = NextLineStart(start);
            return span;
        }

        return new SourceSpan(start, length, _line, start - _lineStart + 1);
    }

    // Where the line holding offset start ends, as LineMap counts lines: after its first line break at or
    // after start ("\r\n" is one break).
    private int NextLineStart(int start)
    {
        var text = Context.Text;
        var lineBreak = text.IndexOfAny(LineBreaks, start);
        if (lineBreak < 0)
        {
            return int.MaxValue;
        }

        return text[lineBreak] == '\r' && lineBreak + 1 < text.Length && text[lineBreak + 1] == '\n' ? lineBreak + 2 : lineBreak + 1;
    }

    // The characters CharClasses.IsLineBreak accepts (and LineMap breaks lines at).
    private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    /// <summary>The anchor role of word token <paramref name="i"/> (see <see cref="ScanQuestions.AnchorRole"/>), read once per distinct word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordRole AnchorRoleAt(int i)
    {
        // Most words were read before: their role needs the text id only, not the token's view.
        var stored = _textFacts[Tokens.TextIdAt(i)] & RoleBits;
        return stored != 0 ? (WordRole)(stored - 1) : ReadAnchorRole(Tokens[i]);
    }

    private WordRole ReadAnchorRole(Token token)
    {
        var role = _questions.AnchorRole(token.Text);
        _textFacts[token.TextId] |= (int)role + 1;
        return role;
    }

    /// <summary>Whether token <paramref name="k"/> can start a currency written after a number (see <see cref="ScanQuestions.MayStartCurrency"/>), read once per distinct text.</summary>
    public bool MayStartCurrencyAt(int k)
    {
        var token = Tokens[k];
        ref var facts = ref _textFacts[token.TextId];
        var stored = (facts & CurrencyBits) >> CurrencyShift;
        if (stored == Unknown)
        {
            stored = _questions.MayStartCurrency(token) ? Yes : No;
            facts |= stored << CurrencyShift;
        }

        return stored == Yes;
    }

    /// <summary>
    /// The recognizers that may read on from a number with token <paramref name="k"/> right after it (see
    /// <see cref="ScanQuestions.ReadersAfter"/>), read once per distinct text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public NumberReaders ReadersAfterAt(int k)
    {
        var readers = _readersAfter ??= new short[_textFacts.Length];
        var stored = readers[Tokens.TextIdAt(k)];
        return stored != 0 ? (NumberReaders)(stored - 1) : ReadReadersAfter(k);
    }

    private NumberReaders ReadReadersAfter(int k)
    {
        var token = Tokens[k];
        var answer = _questions.ReadersAfter(token);
        _readersAfter![token.TextId] = (short)(answer + 1);
        return answer;
    }

    /// <summary>Whether token <paramref name="k"/> gives a year after it no context (see <see cref="ScanQuestions.IsPlainBeforeYear"/>), read once per distinct text.</summary>
    public bool IsPlainBeforeYearAt(int k)
    {
        var token = Tokens[k];
        ref var facts = ref _textFacts[token.TextId];
        var stored = (facts & PlainBits) >> PlainShift;
        if (stored == Unknown)
        {
            stored = _questions.IsPlainBeforeYear(token) ? Yes : No;
            facts |= stored << PlainShift;
        }

        return stored == Yes;
    }

    /// <summary>Whether token <paramref name="k"/> is a counted plural noun (see <see cref="ScanQuestions.TryGetCountedNoun"/>), read once per distinct word.</summary>
    public bool TryCountedNounAt(int k, out string unit)
    {
        var token = Tokens[k];
        ref var facts = ref _textFacts[token.TextId];
        var stored = facts >> NounShift;
        if (stored == Unknown)
        {
            if (_questions.TryGetCountedNoun(token.Text, out var noun))
            {
                _countedNouns.Add(noun);
                stored = _countedNouns.Count + 1;
            }
            else
            {
                stored = NotCounted;
            }

            facts |= stored << NounShift;
        }

        unit = stored == NotCounted ? string.Empty : _countedNouns[stored - 2];
        return stored != NotCounted;
    }

    /// <summary>
    /// Whether a bare "¥" means the yuan in this document rather than the yen: the sign is shared, so the
    /// document decides by what it names more, the yuan (yuan, renminbi, RMB, CNY, and more weakly China)
    /// or the yen (yen, JPY, and more weakly Japan). The yen when neither leads. Read once, on first use.
    /// </summary>
    public bool ReadsYenSignAsYuan
    {
        get
        {
            _readsYenSignAsYuan ??= _questions.MeansYuan(Tokens, Context.DistinctTexts);
            return _readsYenSignAsYuan.Value;
        }
    }

    private bool? _readsDayFirst;

    /// <summary>Whether this document writes its dates in digits day first (see <see cref="ScanQuestions.ReadsDayFirst"/>), read once, on first use.</summary>
    public bool ReadsDayFirst
    {
        get
        {
            _readsDayFirst ??= _questions.ReadsDayFirst(Tokens);
            return _readsDayFirst.Value;
        }
    }

    /// <summary>The number starting at token <paramref name="i"/> (without short scales), parsed once per index.</summary>
    public bool NumberAt(int i, out NumberMatch match)
    {
        if (i == _first.Index)
        {
            _firstIsOlder = false;
            match = _first.Match;
            return _first.Found;
        }

        if (i == _second.Index)
        {
            _firstIsOlder = true;
            match = _second.Match;
            return _second.Found;
        }

        var found = NumberParser.TryParse(Tokens, i, shortScales: false, out match);
        if (_firstIsOlder)
        {
            _first = new ParsedNumber(i, found, match);
        }
        else
        {
            _second = new ParsedNumber(i, found, match);
        }

        _firstIsOlder = !_firstIsOlder;
        return found;
    }

    /// <summary>The four digits of <paramref name="year"/>, written once per document (a document repeats its years).</summary>
    public string YearText(int year)
    {
        if (!_yearTexts.TryGetValue(year, out var text))
        {
            text = year.ToString("D4", CultureInfo.InvariantCulture);
            _yearTexts[year] = text;
        }

        return text;
    }

    private readonly record struct ParsedNumber(int Index, bool Found, NumberMatch Match);
}
