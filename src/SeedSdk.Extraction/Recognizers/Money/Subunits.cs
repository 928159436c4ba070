using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Money;

/// <summary>Adds sub-units after a whole amount: "3 dollars 50 cents", "thirteen dollars forty five", "one kuai and five mao five", "c $ 100 and fifty".</summary>
internal static class Subunits
{
    // "3 dollars 50 cents", "thirteen dollars forty five", "one kuai and five mao five", "c $ 100 and fifty".
    internal static Amount WithSubunits(TokenList tokens, Amount amount)
    {
        if (!amount.Whole)
        {
            return amount;
        }

        var j = amount.Last + 1;
        if (TokenScan.IsWordIn(tokens, j, amount.First, FormWords.Of(tokens.Lexicon).And))
        {
            j++;
        }

        if (!TokenScan.InSentence(tokens, j, amount.First) || !NumberParser.TryParse(tokens, j, shortScales: false, out var part)
            || part.HasScale || !part.IsWhole || part.Suffix is not null || part.Value >= 100m)
        {
            return amount;
        }

        var k = part.Last + 1;
        if (CurrencyReader.TryNameAt(tokens, k, amount.First, out var sub, out var subLast))
        {
            if (!sub.IsSubunit || !SubunitFits(sub, amount.Code))
            {
                return amount;
            }

            var value = amount.Value + (part.Value * sub.Factor);
            if (sub.Factor == 0.1m && TokenScan.InSentence(tokens, subLast + 1, amount.First) && NumberParser.TryParse(tokens, subLast + 1, false, out var tail) && tail.Value < 10m && tail.IsWhole && !tail.HasScale && tail.Suffix is null && !CurrencyReader.StartsCurrency(tokens, tail.Last + 1, amount.First))
            {
                return amount with { Last = tail.Last, Value = value + (tail.Value * 0.01m) };
            }

            return amount with { Last = subLast, Value = value };
        }

        var bare = amount.SubunitsAllowed || part.Form == NumberForm.Spelled;
        if (!bare || CurrencyReader.StartsCurrency(tokens, k, amount.First) || IsCountedAfter(tokens, k, amount.First))
        {
            return amount;
        }

        return amount with { Last = part.Last, Value = amount.Value + (part.Value * 0.01m) };
    }

    internal static bool SubunitFits(Currency sub, string code)
        => sub.Code == code || (sub.Factor == 0.01m && sub.Code == "USD");

    // "two hundred times", "32 is the quantity": a number that counts something else is no sub-unit.
    internal static bool IsCountedAfter(TokenList tokens, int k, int anchor)
        => TokenScan.InSentence(tokens, k, anchor) && tokens.KindAt(k) == TokenKind.Word && !FormWords.Of(tokens.Lexicon).NoSubunit.Contains(tokens[k].Text);
}
