using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Money;

/// <summary>Reads currencies written as tokens: symbols glued from touching tokens ("US$", "u.s.$", "ரூ") and names of one to four words ("hong kong dollars", "u.s. dollars").</summary>
internal static class CurrencyReader
{
    // The longest run of touching tokens from i (at most four) that is a currency symbol: "$", "US$", "u.s.$", "R$", "€".
    internal static bool TryGluedSymbol(TokenList tokens, int i, out string code, out int last)
    {
        code = string.Empty;
        last = i;
        var currencies = CurrencyTable.Of(tokens.Lexicon);
        if (!currencies.MayStartSymbol(tokens[i].Text))
        {
            return false;
        }

        var end = GluedEnd(tokens, i);
        var length = GluedLength(tokens, i, end);
        for (var k = end; k >= i; k--)
        {
            if (length <= currencies.LongestSymbol && currencies.TryGetSymbol(tokens, i, k, length, out var found))
            {
                code = found;
                last = k;
                return true;
            }

            length -= tokens[k].Text.Length;
        }

        return false;
    }

    private static int GluedLength(TokenList tokens, int first, int last)
    {
        var length = 0;
        for (var k = first; k <= last; k++)
        {
            length += tokens[k].Text.Length;
        }

        return length;
    }

    /// <summary>A currency name of one to four words starting at <paramref name="j"/> ("dollars", "hong kong dollars", "u.s. dollars").</summary>
    public static bool TryNameAt(TokenList tokens, int j, int anchor, out Currency currency, out int last)
    {
        currency = default;
        last = j;
        var currencies = CurrencyTable.Of(tokens.Lexicon);
        if (!TokenScan.InSentence(tokens, j, anchor) || tokens.KindAt(j) != TokenKind.Word || !currencies.CanStartName(tokens[j].Text) && !IsDottedStart(tokens, j))
        {
            return false;
        }

        var ends = default(NameWordEnds);
        var count = 0;
        var k = j;
        while (count < NameWordEnds.Capacity && TokenScan.InSentence(tokens, k, anchor) && tokens.KindAt(k) == TokenKind.Word)
        {
            // Every word of a name is a name word: the phrases to try end before the first other word.
            var end = DottedWordEnd(tokens, k);
            if (!currencies.IsNameWord(NameWord(tokens, k, end)))
            {
                break;
            }

            ends[count] = end;
            count++;
            k = end + 1;
        }

        for (var n = count; n >= 1; n--)
        {
            var lastWord = NameWord(tokens, n == 1 ? j : ends[n - 2] + 1, ends[n - 1]);
            if (!currencies.CanEndName(lastWord))
            {
                continue;
            }

            var phrase = n == 1 ? lastWord : NamePhrase(tokens, j, ends, n);
            if (currencies.TryGetName(phrase, out currency) && !IsWeightPound(tokens, phrase, j, ends[n - 1], anchor))
            {
                last = ends[n - 1];
                return true;
            }
        }

        return false;
    }

    // One word of a name: a token, or a dotted abbreviation without its dots ("u.s." → "us").
    private static string NameWord(TokenList tokens, int first, int last)
        => first == last ? tokens[first].Text : StripDots(GluedText(tokens, first, last));

    // The first n words of a name, joined by single spaces.
    private static string NamePhrase(TokenList tokens, int j, NameWordEnds ends, int n)
    {
        var builder = new System.Text.StringBuilder();
        for (var w = 0; w < n; w++)
        {
            if (w > 0)
            {
                builder.Append(' ');
            }

            builder.Append(NameWord(tokens, w == 0 ? j : ends[w - 1] + 1, ends[w]));
        }

        return builder.ToString();
    }

    // The last token of each of up to four words of a currency name, kept on the stack.
    private struct NameWordEnds
    {
        public const int Capacity = 4;
        private int _end0, _end1, _end2, _end3;

        public int this[int index]
        {
            readonly get => index switch { 0 => _end0, 1 => _end1, 2 => _end2, _ => _end3 };
            set
            {
                switch (index)
                {
                    case 0: _end0 = value; break;
                    case 1: _end1 = value; break;
                    case 2: _end2 = value; break;
                    default: _end3 = value; break;
                }
            }
        }
    }

    // Per lexicon: the currency names that are also weights (weight-names), the words in a sentence that make a weight
    // name weigh ("weighing one drachma", "a metric ton is 2,204.62 pounds": weight-cues), the words in a sentence
    // that make a bare "pounds" pay ("paid 20 pounds", "the ticket costs 40 pounds": money-cues), and the weight names
    // that weigh even alone (bare-weight-names).
    private static readonly PerLexicon<WeightWords> Weights = new(lexicon => new WeightWords(lexicon));

    private sealed class WeightWords
    {
        public WeightWords(Lexicon lexicon)
        {
            Names = new WordSet(lexicon.List("weight-names"));
            Cues = new WordSet(lexicon.List("weight-cues"));
            MoneyCues = new WordSet(lexicon.List("money-cues"));
            BareNames = new WordSet(lexicon.List("bare-weight-names"));
        }

        public WordSet Names { get; }

        public WordSet Cues { get; }

        public WordSet MoneyCues { get; }

        public WordSet BareNames { get; }
    }

    /// <summary>
    /// Whether a weight name ("pounds", "drachma") weighs here rather than pays: before "of" ("5 pounds of beef"), or in a
    /// sentence that speaks of weight. A bare "pounds" also weighs when nothing in its sentence speaks of money and no scale
    /// word stands before it ("the baby is over two pounds"; but "361 million pounds", "paid 20 pounds").
    /// </summary>
    internal static bool IsWeightPound(TokenList tokens, string phrase, int first, int last, int anchor)
    {
        var weights = Weights.For(tokens.Lexicon);
        if (!weights.Names.Contains(phrase))
        {
            return false;
        }

        if (TokenScan.IsWordIn(tokens, last + 1, anchor, FormWords.Of(tokens.Lexicon).OfWord))
        {
            return true;
        }

        var sentence = tokens.SentenceAt(anchor);
        var start = anchor;
        while (start > 0 && tokens.SentenceAt(start - 1) == sentence)
        {
            start--;
        }

        var speaksOfMoney = false;
        for (var k = start; k < tokens.Count && tokens.SentenceAt(k) == sentence; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Word && weights.Cues.Contains(token.Text))
            {
                return true;
            }

            speaksOfMoney |= (token.Kind == TokenKind.Word && weights.MoneyCues.Contains(token.Text)) || (token.Kind == TokenKind.Symbol && CurrencyTable.CanStartSymbol(token.Text[0]));
        }

        var isScaled = TokenScan.InSentence(tokens, first - 1, anchor) && tokens.KindAt(first - 1) == TokenKind.Word && tokens.Lexicon.Scales.Words.ContainsKey(tokens[first - 1].Text);
        return !speaksOfMoney && !isScaled && weights.BareNames.Contains(phrase);
    }

    internal static bool StartsCurrency(TokenList tokens, int k, int anchor)
    {
        if (!TokenScan.InSentence(tokens, k, anchor))
        {
            return false;
        }

        return TryGluedSymbol(tokens, k, out _, out _) || CurrencyTable.Of(tokens.Lexicon).TryGetCode(tokens[k].Text, out _) || TryNameAt(tokens, k, anchor, out _, out _);
    }

    /// <summary>The last token of the run of touching tokens starting at <paramref name="i"/> (at most four tokens, no digits after the first).</summary>
    internal static int GluedEnd(TokenList tokens, int i)
    {
        var end = i;
        while (end + 1 < tokens.Count && end - i < 3 && !tokens[end + 1].SpaceBefore && tokens.KindAt(end + 1) is TokenKind.Word or TokenKind.Symbol
            && tokens.SentenceAt(end + 1) == tokens.SentenceAt(i) && !TokenScan.IsDashToken(tokens[end + 1]) && !IsClosingPunctuation(tokens[end + 1]))
        {
            end++;
        }

        return end;
    }

    internal static bool IsClosingPunctuation(Token token) => token.Is(',') || token.Is(';') || token.Is(')') || token.Is(':') || token.Is('!') || token.Is('?');

    internal static string GluedText(TokenList tokens, int first, int last)
    {
        if (first == last)
        {
            return tokens[first].Text;
        }

        var builder = new System.Text.StringBuilder();
        for (var k = first; k <= last; k++)
        {
            builder.Append(tokens[k].Text);
        }

        return builder.ToString();
    }

    internal static bool IsDottedStart(TokenList tokens, int j) => tokens[j].Text.Length == 1 && DottedWordEnd(tokens, j) > j;

    // "u.s." read as one word; a plain word ends at itself (a sentence's final period stays out).
    internal static int DottedWordEnd(TokenList tokens, int k)
    {
        var end = k;
        while (end + 2 < tokens.Count && tokens[end + 1].Is('.') && !tokens[end + 1].SpaceBefore && !tokens[end + 2].SpaceBefore && tokens.KindAt(end + 2) == TokenKind.Word && tokens[end + 2].Text.Length == 1)
        {
            end += 2;
        }

        if (end > k && end + 1 < tokens.Count && tokens[end + 1].Is('.') && !tokens[end + 1].SpaceBefore)
        {
            end++;
        }

        return end;
    }

    internal static string StripDots(string text) => text.IndexOf('.') < 0 ? text : text.Replace(".", string.Empty);
}
