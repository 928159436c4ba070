using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Money;

/// <summary>Amounts written as one token of code letters and digits: "USD115", "RMB30 billion", "Rmb30bn", "USD115.5".</summary>
internal static class GluedCodes
{
    // "USD115", "usd50", "Rs500", "RMB30 billion", "Rmb30bn": letters then digits in one token.
    internal static bool TryGluedCode(TokenList tokens, int i, out Amount amount)
    {
        amount = default;
        var text = tokens[i].Text;
        var split = 0;
        while (split < text.Length && char.IsLetter(text[split]))
        {
            split++;
        }

        if (split == 0 || split == text.Length)
        {
            return false;
        }

        var letters = text.Substring(0, split);
        var currencies = CurrencyTable.Of(tokens.Lexicon);
        if (!currencies.TryGetCode(letters, out var code) && !currencies.TryGetSymbol(letters, out code))
        {
            return false;
        }

        var digitsEnd = split;
        while (digitsEnd < text.Length && (CharClasses.IsAsciiDigit(text[digitsEnd]) || text[digitsEnd] == ',' || text[digitsEnd] == '.'))
        {
            digitsEnd++;
        }

        if (!NumberParser.TryDigits(text, split, digitsEnd, out var value, out var whole))
        {
            return false;
        }

        var last = i;
        if (digitsEnd < text.Length)
        {
            if (!tokens.Lexicon.Scales.Suffixes.TryGetValue(text.Substring(digitsEnd), out var suffixScale))
            {
                return false;
            }

            value *= suffixScale;
            whole = false;
        }
        else if (TryGluedFraction(tokens, i, text.Substring(split), out var withFraction))
        {
            value = withFraction; // the tokenizer splits "USD115.5" after the letters' digits
            whole = false;
            last = i + 2;
        }

        var scaled = NumberParser.TryScaleWordAfter(tokens, last, out var scale, out var scaleLast);
        amount = new Amount(i, scaled ? scaleLast : last, i, scaled ? scaleLast : last, scaled ? value * scale : value, code, whole && !scaled, SubunitsAllowed: false);
        return true;
    }

    // "USD115" "." "5" or "USD1" "." "5bn": the fraction digits (and a glued scale) in the token after the dot.
    internal static bool TryGluedFraction(TokenList tokens, int i, string integerDigits, out decimal value)
    {
        value = 0m;
        if (i + 2 >= tokens.Count || !tokens[i + 1].Is('.') || tokens[i + 1].SpaceBefore || tokens[i + 2].SpaceBefore || tokens.KindAt(i + 2) is not (TokenKind.Number or TokenKind.Mixed))
        {
            return false;
        }

        var next = tokens[i + 2].Text;
        var digits = 0;
        while (digits < next.Length && CharClasses.IsAsciiDigit(next[digits]))
        {
            digits++;
        }

        var scale = 1m;
        if (digits == 0 || (digits < next.Length && !tokens.Lexicon.Scales.Suffixes.TryGetValue(next.Substring(digits), out scale)))
        {
            return false;
        }

        var joined = integerDigits + "." + next.Substring(0, digits);
        if (!NumberParser.TryDigits(joined, 0, joined.Length, out value, out _))
        {
            return false;
        }

        value *= scale;
        return true;
    }
}
