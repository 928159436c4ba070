using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Money;

/// <summary>Reads currencies written as tokens: symbols glued from touching tokens ("US$", "u.s.$", "ரூ") and names of one to four words ("hong kong dollars", "u.s. dollars").</summary>
internal static class CurrencyReader
{
    // The longest run of touching tokens from i (at most four) that is a currency symbol: "$", "US$", "u.s.$", "R$", "€".
    internal static bool TryGluedSymbol(List<Token> tokens, int i, out string code, out int last)
    {
        code = string.Empty;
        last = i;
        var end = GluedEnd(tokens, i);
        for (var k = end; k >= i; k--)
        {
            if (CurrencyTable.TryGetSymbol(GluedText(tokens, i, k), out var found))
            {
                code = found;
                last = k;
                return true;
            }
        }

        return false;
    }

    /// <summary>A currency name of one to four words starting at <paramref name="j"/> ("dollars", "hong kong dollars", "u.s. dollars").</summary>
    public static bool TryNameAt(List<Token> tokens, int j, int anchor, out Currency currency, out int last)
    {
        currency = default;
        last = j;
        if (!TokenScan.InSentence(tokens, j, anchor) || tokens[j].Kind != TokenKind.Word || !CurrencyTable.CanStartName(tokens[j].Text) && !IsDottedStart(tokens, j))
        {
            return false;
        }

        var words = new string[4];
        var ends = new int[4];
        var count = 0;
        var k = j;
        while (count < 4 && TokenScan.InSentence(tokens, k, anchor) && tokens[k].Kind == TokenKind.Word)
        {
            var end = DottedWordEnd(tokens, k);
            words[count] = end == k ? tokens[k].Text : StripDots(GluedText(tokens, k, end));
            ends[count] = end;
            count++;
            k = end + 1;
        }

        for (var n = count; n >= 1; n--)
        {
            if (!CurrencyTable.CanEndName(words[n - 1]))
            {
                continue;
            }

            var phrase = n == 1 ? words[0] : string.Join(" ", words, 0, n);
            if (CurrencyTable.TryGetName(phrase, out currency) && !IsWeightPound(tokens, phrase, ends[n - 1], anchor))
            {
                last = ends[n - 1];
                return true;
            }
        }

        return false;
    }

    // "5 pounds of beef" weighs; "5 pounds" pays.
    internal static bool IsWeightPound(List<Token> tokens, string phrase, int last, int anchor)
        => (phrase.Equals("pound", System.StringComparison.OrdinalIgnoreCase) || phrase.Equals("pounds", System.StringComparison.OrdinalIgnoreCase))
        && TokenScan.IsWord(tokens, last + 1, anchor, "of");

    internal static bool StartsCurrency(List<Token> tokens, int k, int anchor)
    {
        if (!TokenScan.InSentence(tokens, k, anchor))
        {
            return false;
        }

        return TryGluedSymbol(tokens, k, out _, out _) || CurrencyTable.TryGetCode(tokens[k].Text, out _) || TryNameAt(tokens, k, anchor, out _, out _);
    }

    /// <summary>The last token of the run of touching tokens starting at <paramref name="i"/> (at most four tokens, no digits after the first).</summary>
    internal static int GluedEnd(List<Token> tokens, int i)
    {
        var end = i;
        while (end + 1 < tokens.Count && end - i < 3 && !tokens[end + 1].SpaceBefore && tokens[end + 1].Kind is TokenKind.Word or TokenKind.Symbol
            && tokens[end + 1].Sentence == tokens[i].Sentence && !TokenScan.IsDashToken(tokens[end + 1]) && !IsClosingPunctuation(tokens[end + 1]))
        {
            end++;
        }

        return end;
    }

    internal static bool IsClosingPunctuation(Token token) => token.Is(',') || token.Is(';') || token.Is(')') || token.Is(':') || token.Is('!') || token.Is('?');

    internal static string GluedText(List<Token> tokens, int first, int last)
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

    internal static bool IsDottedStart(List<Token> tokens, int j) => tokens[j].Text.Length == 1 && DottedWordEnd(tokens, j) > j;

    // "u.s." read as one word; a plain word ends at itself (a sentence's final period stays out).
    internal static int DottedWordEnd(List<Token> tokens, int k)
    {
        var end = k;
        while (end + 2 < tokens.Count && tokens[end + 1].Is('.') && !tokens[end + 1].SpaceBefore && !tokens[end + 2].SpaceBefore && tokens[end + 2].Kind == TokenKind.Word && tokens[end + 2].Text.Length == 1)
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
