using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Pipeline;
using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Money;

/// <summary>
/// Amounts of money: a currency before the number ("$ 75 million", "HK$10.05bn", "USD 200", "USD115"),
/// after it ("105 billion yuan", "420 million finnish markka", "10 $", "115USD", "75 usd million",
/// "30 MUSD") or glued by a hyphen ("12-cent"), with sub-units ("3 dollars 50 cents", "thirteen dollars
/// forty-five") and a qualifier read just before ("up to", "at least", "about", "more than", "under").
/// </summary>
internal static class MoneyRecognizer
{
    /// <summary>Tries to read an amount of money starting at token <paramref name="i"/>.</summary>
    public static bool TryMatch(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        if (!TryPrefixed(tokens, i, out var amount) && !TrySuffixed(scan, i, out amount))
        {
            return false;
        }

        if (NumberGuards.IsVague(tokens, amount.NumberFirst, amount.NumberLast))
        {
            return false;
        }

        amount = WithSubunits(tokens, amount);
        var first = Qualifiers.Find(tokens, amount.First, scan.ClaimedBefore, out var qualifier);
        var fact = scan.Context.FactOf(FactKind.Money, first, amount.Last) with
        {
            Value = DecimalText.Normalize(amount.Value),
            Unit = amount.Code,
            Qualifier = qualifier,
        };
        candidate = new Candidate(first, amount.Last, fact);
        return true;
    }

    // "$ 75 million", "US$3.2bn", "hk $ 10.05 billion", "USD 200", "MAUD 60", "USD115".
    private static bool TryPrefixed(Token[] tokens, int i, out Amount amount)
    {
        amount = default;
        if (tokens[i].Kind == TokenKind.Mixed)
        {
            return TryGluedCode(tokens, i, out amount);
        }

        if (tokens[i].Kind == TokenKind.Number)
        {
            return false;
        }

        if (!TryCurrencyBefore(tokens, i, out var currency, out var prefixLast))
        {
            return false;
        }

        var numberStart = prefixLast + 1;
        if (!TokenScan.InSentence(tokens, numberStart, i) || !NumberParser.TryParse(tokens, numberStart, shortScales: true, out var number) || number.Suffix is not null)
        {
            return false;
        }

        if (number.Form == NumberForm.Spelled && !number.HasScale)
        {
            return false;
        }

        amount = new Amount(i, number.Last, number.First, number.Last, number.Value * currency.Factor, currency.Code, number.IsWhole && !number.HasScale, SubunitsAllowed: false);
        return true;
    }

    private static bool TryCurrencyBefore(Token[] tokens, int i, out Currency currency, out int last)
    {
        currency = default;
        if (TryGluedSymbol(tokens, i, out var code, out last))
        {
            currency = new Currency(code, 1m);
            return true;
        }

        var token = tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        // "hk $ 10.05 billion": a country prefix apart from its "$".
        var groupLast = GluedEnd(tokens, i);
        if (groupLast + 1 < tokens.Length && tokens[groupLast + 1].Is('$') && tokens[groupLast + 1].SpaceBefore
            && CurrencyTable.TryGetSpacedDollarPrefix(GluedText(tokens, i, groupLast), out code))
        {
            currency = new Currency(code, 1m);
            last = groupLast + 1;
            return true;
        }

        last = i;
        if (CurrencyTable.TryGetCode(token.Text, out code))
        {
            currency = new Currency(code, 1m);
            return true;
        }

        if (CurrencyTable.TryGetMillionCode(token.Text, out code))
        {
            currency = new Currency(code, 1_000_000m);
            return true;
        }

        return false;
    }

    // The longest run of touching tokens from i (at most four) that is a currency symbol: "$", "US$", "u.s.$", "R$", "€".
    private static bool TryGluedSymbol(Token[] tokens, int i, out string code, out int last)
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

    // "USD115", "usd50", "Rs500", "RMB30 billion", "Rmb30bn": letters then digits in one token.
    private static bool TryGluedCode(Token[] tokens, int i, out Amount amount)
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
        if (!CurrencyTable.TryGetCode(letters, out var code) && !CurrencyTable.TryGetSymbol(letters, out code))
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
            if (!NumberWords.SuffixScales.TryGetValue(text.Substring(digitsEnd), out var suffixScale))
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
    private static bool TryGluedFraction(Token[] tokens, int i, string integerDigits, out decimal value)
    {
        value = 0m;
        if (i + 2 >= tokens.Length || !tokens[i + 1].Is('.') || tokens[i + 1].SpaceBefore || tokens[i + 2].SpaceBefore || tokens[i + 2].Kind is not (TokenKind.Number or TokenKind.Mixed))
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
        if (digits == 0 || (digits < next.Length && !NumberWords.SuffixScales.TryGetValue(next.Substring(digits), out scale)))
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

    // "105 billion yuan", "10 $", "115USD", "100元", "75 usd million", "30 MUSD", "12-cent".
    private static bool TrySuffixed(NumericScan scan, int i, out Amount amount)
    {
        amount = default;
        var tokens = scan.Tokens;
        if (!scan.NumberAt(i, out var number))
        {
            return false;
        }

        if (number.Suffix is not null)
        {
            return TryGluedSuffix(number, out amount);
        }

        var j = number.Last + 1;
        if (!TokenScan.InSentence(tokens, j, i))
        {
            return false;
        }

        if (TokenScan.IsTouchingDash(tokens, j, i) && TryNameAt(tokens, j + 1, i, out var hyphenCurrency, out var hyphenLast))
        {
            amount = new Amount(i, hyphenLast, i, number.Last, number.Value * hyphenCurrency.Factor, hyphenCurrency.Code, false, false);
            return true;
        }

        if (TryGluedSymbol(tokens, j, out var symbolCode, out var symbolLast) && !tokens[j].IsWord("a"))
        {
            amount = new Amount(i, symbolLast, i, number.Last, number.Value, symbolCode, number.IsWhole && !number.HasScale, SubunitsAllowed: false);
            return true;
        }

        if (CurrencyTable.TryGetCode(tokens[j].Text, out var code))
        {
            return Set(out amount, WithScaleAfterCode(tokens, new Amount(i, j, i, number.Last, number.Value, code, number.IsWhole && !number.HasScale, SubunitsAllowed: true), number.HasScale));
        }

        if (CurrencyTable.TryGetMillionCode(tokens[j].Text, out code))
        {
            amount = new Amount(i, j, i, number.Last, number.Value * 1_000_000m, code, false, false);
            return true;
        }

        if (TryNameAt(tokens, j, i, out var currency, out var nameLast))
        {
            amount = new Amount(i, nameLast, i, number.Last, number.Value * currency.Factor, currency.Code, number.IsWhole && !number.HasScale && !currency.IsSubunit, SubunitsAllowed: true);
            return true;
        }

        return false;
    }

    private static bool TryGluedSuffix(NumberMatch number, out Amount amount)
    {
        amount = default;
        var suffix = number.Suffix!;
        if (CurrencyTable.TryGetCode(suffix, out var code) || CurrencyTable.TryGetSymbol(suffix, out code))
        {
            amount = new Amount(number.First, number.Last, number.First, number.Last, number.Value, code, false, false);
            return true;
        }

        if (CurrencyTable.TryGetMillionCode(suffix, out code))
        {
            amount = new Amount(number.First, number.Last, number.First, number.Last, number.Value * 1_000_000m, code, false, false);
            return true;
        }

        return false;
    }

    // "75 usd million": the scale after the code.
    private static Amount WithScaleAfterCode(Token[] tokens, Amount amount, bool hasScale)
    {
        var j = amount.Last + 1;
        if (!hasScale && TokenScan.InSentence(tokens, j, amount.First) && NumberWords.Scales.TryGetValue(tokens[j].Text, out var scale))
        {
            return amount with { Last = j, Value = amount.Value * scale, Whole = false };
        }

        return amount;
    }

    /// <summary>A currency name of one to four words starting at <paramref name="j"/> ("dollars", "hong kong dollars", "u.s. dollars").</summary>
    public static bool TryNameAt(Token[] tokens, int j, int anchor, out Currency currency, out int last)
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
    private static bool IsWeightPound(Token[] tokens, string phrase, int last, int anchor)
        => (phrase.Equals("pound", System.StringComparison.OrdinalIgnoreCase) || phrase.Equals("pounds", System.StringComparison.OrdinalIgnoreCase))
        && TokenScan.IsWord(tokens, last + 1, anchor, "of");

    // "3 dollars 50 cents", "thirteen dollars forty five", "one kuai and five mao five", "c $ 100 and fifty".
    private static Amount WithSubunits(Token[] tokens, Amount amount)
    {
        if (!amount.Whole)
        {
            return amount;
        }

        var j = amount.Last + 1;
        if (TokenScan.IsWord(tokens, j, amount.First, "and"))
        {
            j++;
        }

        if (!TokenScan.InSentence(tokens, j, amount.First) || !NumberParser.TryParse(tokens, j, shortScales: false, out var part)
            || part.HasScale || !part.IsWhole || part.Suffix is not null || part.Value >= 100m)
        {
            return amount;
        }

        var k = part.Last + 1;
        if (TryNameAt(tokens, k, amount.First, out var sub, out var subLast))
        {
            if (!sub.IsSubunit || !SubunitFits(sub, amount.Code))
            {
                return amount;
            }

            var value = amount.Value + (part.Value * sub.Factor);
            if (sub.Factor == 0.1m && TokenScan.InSentence(tokens, subLast + 1, amount.First) && NumberParser.TryParse(tokens, subLast + 1, false, out var tail) && tail.Value < 10m && tail.IsWhole && !tail.HasScale && tail.Suffix is null && !StartsCurrency(tokens, tail.Last + 1, amount.First))
            {
                return amount with { Last = tail.Last, Value = value + (tail.Value * 0.01m) };
            }

            return amount with { Last = subLast, Value = value };
        }

        var bare = amount.SubunitsAllowed || part.Form == NumberForm.Spelled;
        if (!bare || StartsCurrency(tokens, k, amount.First) || IsCountedAfter(tokens, k, amount.First))
        {
            return amount;
        }

        return amount with { Last = part.Last, Value = amount.Value + (part.Value * 0.01m) };
    }

    private static bool SubunitFits(Currency sub, string code)
        => sub.Code == code || (sub.Factor == 0.01m && sub.Code == "USD");

    private static bool StartsCurrency(Token[] tokens, int k, int anchor)
    {
        if (!TokenScan.InSentence(tokens, k, anchor))
        {
            return false;
        }

        return TryGluedSymbol(tokens, k, out _, out _) || CurrencyTable.TryGetCode(tokens[k].Text, out _) || TryNameAt(tokens, k, anchor, out _, out _);
    }

    // "two hundred times", "32 is the quantity": a number that counts something else is no sub-unit.
    private static bool IsCountedAfter(Token[] tokens, int k, int anchor)
        => TokenScan.InSentence(tokens, k, anchor) && tokens[k].Kind == TokenKind.Word && !tokens[k].IsWord("and") && !tokens[k].IsWord("more") && !tokens[k].IsWord("less");

    /// <summary>The last token of the run of touching tokens starting at <paramref name="i"/> (at most four tokens, no digits after the first).</summary>
    private static int GluedEnd(Token[] tokens, int i)
    {
        var end = i;
        while (end + 1 < tokens.Length && end - i < 3 && !tokens[end + 1].SpaceBefore && tokens[end + 1].Kind is TokenKind.Word or TokenKind.Symbol
            && tokens[end + 1].Sentence == tokens[i].Sentence && !TokenScan.IsDashToken(tokens[end + 1]) && !IsClosingPunctuation(tokens[end + 1]))
        {
            end++;
        }

        return end;
    }

    private static bool IsClosingPunctuation(Token token) => token.Is(',') || token.Is(';') || token.Is(')') || token.Is(':') || token.Is('!') || token.Is('?');

    private static string GluedText(Token[] tokens, int first, int last)
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

    private static bool IsDottedStart(Token[] tokens, int j) => tokens[j].Text.Length == 1 && DottedWordEnd(tokens, j) > j;

    // "u.s." read as one word; a plain word ends at itself (a sentence's final period stays out).
    private static int DottedWordEnd(Token[] tokens, int k)
    {
        var end = k;
        while (end + 2 < tokens.Length && tokens[end + 1].Is('.') && !tokens[end + 1].SpaceBefore && !tokens[end + 2].SpaceBefore && tokens[end + 2].Kind == TokenKind.Word && tokens[end + 2].Text.Length == 1)
        {
            end += 2;
        }

        if (end > k && end + 1 < tokens.Length && tokens[end + 1].Is('.') && !tokens[end + 1].SpaceBefore)
        {
            end++;
        }

        return end;
    }

    private static string StripDots(string text) => text.IndexOf('.') < 0 ? text : text.Replace(".", string.Empty);

    private static bool Set(out Amount target, Amount value)
    {
        target = value;
        return true;
    }

    // An amount being read: its tokens, the number's tokens, value in main units and currency; Whole
    // when an integer without scale (so sub-units may follow); SubunitsAllowed when a bare number may
    // follow as cents ("15 dollars 50") because the currency was written after the number.
    private readonly record struct Amount(int First, int Last, int NumberFirst, int NumberLast, decimal Value, string Code, bool Whole, bool SubunitsAllowed);
}
