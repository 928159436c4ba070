using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Money;

/// <summary>
/// Amounts of money: a currency before the number ("$ 75 million", "HK$10.05bn", "USD 200", "USD115"),
/// after it ("42 billion yuan", "420 million finnish markka", "10 $", "115USD", "75 usd million",
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
        var isPrefixed = TryPrefixed(tokens, i, out var amount);
        if (!isPrefixed && !TrySuffixed(scan, i, out amount))
        {
            return false;
        }

        amount = YenSign.Resolve(scan, amount);

        if (isPrefixed && TryPrefixedRange(scan, amount, out candidate))
        {
            return true;
        }

        if (NumberGuards.IsVague(tokens, amount.NumberFirst, amount.NumberLast))
        {
            return false;
        }

        amount = Subunits.WithSubunits(tokens, amount);
        var first = Qualifiers.Find(tokens, amount.First, scan.ClaimedBefore, out var qualifier);
        var fact = scan.Fact(FactKind.Money, first, amount.Last, value: DecimalText.Normalize(amount.Value), unit: amount.Code, qualifier: qualifier);
        candidate = new Candidate(first, amount.Last, fact);
        return true;
    }

    // "$5-10 million", "€2 to 3 billion", "$2 billion to $4 billion", "between $200 and $300": the currency
    // (and, when the lower bound has none of its own, the upper bound's scale) apply to both bounds, which
    // become an at-least and an up-to amount over the whole range (see RangeRecognizer).
    private static bool TryPrefixedRange(NumericScan scan, Amount lower, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        var join = lower.NumberLast + 1;
        var k = SkipRepeatedPrefix(tokens, lower, join + 1);
        var isBetween = lower.First - 1 > scan.ClaimedBefore && FormWords.Of(tokens.Lexicon).Between.Contains(tokens[lower.First - 1].Text);
        var lowerIsScaled = lower.NumberFirst != lower.NumberLast;
        if (tokens.KindAt(lower.NumberFirst) != TokenKind.Number || !TokenScan.InSentence(tokens, k, lower.First)
            || (lower.First > 0 && FormWords.Of(tokens.Lexicon).From.Contains(tokens[lower.First - 1].Text)) || !TokenScan.InSentence(tokens, join + 1, lower.First)
            || !TokenScan.IsRangeJoiner(tokens, join, isBetween)
            || tokens.KindAt(k) != TokenKind.Number || !NumberParser.TryParse(tokens, k, shortScales: true, out var upper) || upper.Suffix is not null
            || !NumberParser.TryDigits(tokens[k].Text, 0, tokens[k].Text.Length, out var head, out _) || head <= 0)
        {
            return false;
        }

        decimal lowerValue, upperValue;
        if (!lowerIsScaled)
        {
            lowerValue = lower.Value * (upper.Value / head);
            upperValue = upper.Value * CurrencyFactor(lower, tokens);
        }
        else if (upper.HasScale && (isBetween || !ChangeWords.For(tokens.Lexicon).Contains(lower.First - 1 > scan.ClaimedBefore ? tokens[lower.First - 1].Text : string.Empty))
            && TryCurrencyBefore(tokens, lower.First, out var currency, out _))
        {
            lowerValue = lower.Value;
            upperValue = upper.Value * currency.Factor;
        }
        else
        {
            return false;
        }

        if (lowerValue >= upperValue)
        {
            return false;
        }

        var first = isBetween ? lower.First - 1 : Qualifiers.Find(tokens, lower.First, scan.ClaimedBefore, out _);
        var low = scan.Fact(FactKind.Money, first, upper.Last, value: DecimalText.Normalize(lowerValue), unit: lower.Code, qualifier: "at-least");
        candidate = new Candidate(first, upper.Last, low, low with { Value = DecimalText.Normalize(upperValue), Qualifier = "up-to" });
        return true;
    }

    // Words that make "$2 billion to $3 billion" a change rather than a range: "rose by $2 billion to $3 billion",
    // "cut $1 billion to $4 billion". A bound written without its own scale ("$5-10 million") is a range whatever comes before.
    private static readonly PerLexicon<WordSet> ChangeWords = new(lexicon => new WordSet(lexicon.List("money-change-words")));

    // "$30,000 to $40,000": the upper bound may repeat the lower bound's currency prefix.
    private static int SkipRepeatedPrefix(TokenList tokens, Amount lower, int k)
    {
        var length = lower.NumberFirst - lower.First;
        if (k + length >= tokens.Count)
        {
            return k;
        }

        for (var p = 0; p < length; p++)
        {
            if (tokens[k + p].Text != tokens[lower.First + p].Text)
            {
                return k;
            }
        }

        return k + length;
    }

    // The currency's own factor ("MUSD" counts millions), recovered from the lower bound's parsed digits.
    private static decimal CurrencyFactor(Amount lower, TokenList tokens)
        => NumberParser.TryDigits(tokens[lower.NumberFirst].Text, 0, tokens[lower.NumberFirst].Text.Length, out var digits, out _) && digits != 0 ? lower.Value / digits : 1m;

    // "$ 75 million", "US$3.2bn", "hk $ 10.05 billion", "USD 200", "MAUD 60", "USD115".
    private static bool TryPrefixed(TokenList tokens, int i, out Amount amount)
    {
        amount = default;
        if (tokens.KindAt(i) == TokenKind.Mixed)
        {
            return GluedCodes.TryGluedCode(tokens, i, out amount);
        }

        if (tokens.KindAt(i) == TokenKind.Number)
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

    private static bool TryCurrencyBefore(TokenList tokens, int i, out Currency currency, out int last)
    {
        currency = default;
        if (CurrencyReader.TryGluedSymbol(tokens, i, out var code, out last))
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
        var groupLast = CurrencyReader.GluedEnd(tokens, i);
        if (groupLast + 1 < tokens.Count && tokens[groupLast + 1].Is('$') && tokens[groupLast + 1].SpaceBefore
            && CurrencyTable.Of(tokens.Lexicon).TryGetSpacedDollarPrefix(CurrencyReader.GluedText(tokens, i, groupLast), out code))
        {
            currency = new Currency(code, 1m);
            last = groupLast + 1;
            return true;
        }

        last = i;
        var currencies = CurrencyTable.Of(tokens.Lexicon);
        if (currencies.TryGetCode(token.Text, out code))
        {
            currency = new Currency(code, 1m);
            return true;
        }

        if (currencies.TryGetMillionCode(token.Text, out code))
        {
            currency = new Currency(code, 1_000_000m);
            return true;
        }

        return false;
    }

    // "42 billion yuan", "10 $", "115USD", "100元", "75 usd million", "30 MUSD", "12-cent".
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
            return TryGluedSuffix(CurrencyTable.Of(tokens.Lexicon), number, out amount);
        }

        var j = SkipFootnote(tokens, number.Last + 1, i);
        if (!TokenScan.InSentence(tokens, j, i) || !scan.MayStartCurrencyAt(j))
        {
            return false;
        }

        if (TokenScan.IsTouchingDash(tokens, j, i) && CurrencyReader.TryNameAt(tokens, j + 1, i, out var hyphenCurrency, out var hyphenLast))
        {
            amount = new Amount(i, hyphenLast, i, number.Last, number.Value * hyphenCurrency.Factor, hyphenCurrency.Code, false, false);
            return true;
        }

        if (CurrencyReader.TryGluedSymbol(tokens, j, out var symbolCode, out var symbolLast) && !FormWords.Of(tokens.Lexicon).OneArticle.Contains(tokens[j].Text))
        {
            amount = new Amount(i, symbolLast, i, number.Last, number.Value, symbolCode, number.IsWhole && !number.HasScale, SubunitsAllowed: false);
            return true;
        }

        if (CurrencyTable.Of(tokens.Lexicon).TryGetCode(tokens[j].Text, out var code))
        {
            return Set(out amount, WithScaleAfterCode(tokens, new Amount(i, j, i, number.Last, number.Value, code, number.IsWhole && !number.HasScale, SubunitsAllowed: true), number.HasScale));
        }

        if (CurrencyTable.Of(tokens.Lexicon).TryGetMillionCode(tokens[j].Text, out code))
        {
            amount = new Amount(i, j, i, number.Last, number.Value * 1_000_000m, code, false, false);
            return true;
        }

        if (CurrencyReader.TryNameAt(tokens, j, i, out var currency, out var nameLast))
        {
            amount = new Amount(i, nameLast, i, number.Last, number.Value * currency.Factor, currency.Code, number.IsWhole && !number.HasScale && !currency.IsSubunit, SubunitsAllowed: true);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a token with this text can start a currency after a number: a dash (before a name), a symbol,
    /// a code, a name, or one letter (a dotted name, "u.s. dollars"). Exactly the tokens TrySuffixed reads on.
    /// </summary>
    internal static bool MayStartCurrency(CurrencyTable currencies, Token token)
        => TokenScan.IsDashToken(token) || currencies.MayStartSymbol(token.Text) || currencies.TryGetCode(token.Text, out _) || currencies.TryGetMillionCode(token.Text, out _)
        || (token.Kind == TokenKind.Word && (token.Text.Length == 1 || currencies.CanStartName(token.Text)));

    /// <summary>
    /// Whether a token with this text may stand right after the number of an amount whose currency follows it: a token
    /// that may start a currency (see <see cref="MayStartCurrency"/>) or the '[' of a footnote marker before one.
    /// </summary>
    internal static bool MayFollowNumber(CurrencyTable currencies, Token token) => token.Is('[') || MayStartCurrency(currencies, token);

    // "30 billion[3] yuan": a footnote marker between the number and its currency.
    private static int SkipFootnote(TokenList tokens, int j, int anchor)
        => TokenScan.IsChar(tokens, j, anchor, '[') && !tokens[j].SpaceBefore && TokenScan.InSentence(tokens, j + 2, anchor)
            && tokens.KindAt(j + 1) == TokenKind.Number && tokens[j + 2].Is(']') ? j + 3 : j;

    private static bool TryGluedSuffix(CurrencyTable currencies, NumberMatch number, out Amount amount)
    {
        amount = default;
        var suffix = number.Suffix!;
        if (currencies.TryGetCode(suffix, out var code) || currencies.TryGetSymbol(suffix, out code))
        {
            amount = new Amount(number.First, number.Last, number.First, number.Last, number.Value, code, false, false);
            return true;
        }

        if (currencies.TryGetMillionCode(suffix, out code))
        {
            amount = new Amount(number.First, number.Last, number.First, number.Last, number.Value * 1_000_000m, code, false, false);
            return true;
        }

        return false;
    }

    // "75 usd million": the scale after the code.
    private static Amount WithScaleAfterCode(TokenList tokens, Amount amount, bool hasScale)
    {
        var j = amount.Last + 1;
        if (!hasScale && TokenScan.InSentence(tokens, j, amount.First) && tokens.Lexicon.Scales.Words.TryGetValue(tokens[j].Text, out var scale))
        {
            return amount with { Last = j, Value = amount.Value * scale, Whole = false };
        }

        return amount;
    }

    private static bool Set(out Amount target, Amount value)
    {
        target = value;
        return true;
    }
}
