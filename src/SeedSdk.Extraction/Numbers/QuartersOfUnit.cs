using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Numbers;

/// <summary>
/// "a quarter [of] [a]", "three quarters of an": a fraction of one unit written in words, read the same way before a
/// unit of time ("three quarters of an hour") and before a measure ("three quarters of a cup").
/// </summary>
internal static class QuartersOfUnit
{
    /// <summary>
    /// Reads the words from <paramref name="i"/>: the fraction, and the token after them (<paramref name="unitAt"/>, in the
    /// sentence), where the unit it is a fraction of may stand.
    /// </summary>
    public static bool TryRead(TokenList tokens, int i, out decimal fraction, out int unitAt)
    {
        fraction = 0m;
        unitAt = i;
        var forms = FormWords.Of(tokens.Lexicon);
        var q = i + 1;
        var numerator = 1m;
        if (!forms.OneArticle.Contains(tokens[i].Text) && !(SpelledNumbers.Of(tokens.Lexicon).Units.TryGetValue(tokens[i].Text, out var n) && n is >= 1 and <= 3 && (numerator = n) > 0))
        {
            return false;
        }

        if (!TokenScan.InSentence(tokens, q, i) || !(numerator == 1m ? forms.Quarter : forms.Quarters).Contains(tokens[q].Text))
        {
            return false;
        }

        var k = q + 1;
        if (TokenScan.IsWordIn(tokens, k, i, forms.OfWord))
        {
            k++;
        }

        if (TokenScan.IsWordIn(tokens, k, i, forms.Articles))
        {
            k++;
        }

        if (!TokenScan.InSentence(tokens, k, i))
        {
            return false;
        }

        fraction = numerator / 4m;
        unitAt = k;
        return true;
    }
}
