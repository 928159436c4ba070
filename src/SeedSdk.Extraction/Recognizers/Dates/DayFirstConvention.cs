using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>
/// How a document orders the day and month of a date in digits. US order ("02/03/2016" is 3 February) unless
/// the document itself shows its days first: a date whose first part cannot be a month (13..31) and whose second
/// can ("21/04/2016", "31.12.2019"). One such date decides for the whole document.
/// </summary>
internal static class DayFirstConvention
{
    /// <summary>Whether <paramref name="tokens"/> hold a date in digits written day first.</summary>
    public static bool ReadsDayFirst(TokenList tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens.KindAt(k) != TokenKind.Number)
            {
                continue;
            }

            var token = tokens[k];
            if (token.Text.Length >= 8 && IsDottedDayFirst(token.Text))
            {
                return true;
            }

            if (token.Text.Length == 2 && k + 4 < tokens.Count && TokenScan.IsPlainInteger(token, out var first) && first is >= 13 and <= 31
                && NumericDates.IsSeparator(tokens[k + 1]) && tokens[k + 3].Text == tokens[k + 1].Text && TokenScan.IsPlainInteger(tokens[k + 2], out var second)
                && tokens[k + 2].Text.Length <= 2 && second is >= 1 and <= 12 && TokenScan.IsYear(tokens[k + 4], out _)
                && !tokens[k + 1].SpaceBefore && !tokens[k + 2].SpaceBefore && !tokens[k + 3].SpaceBefore && !tokens[k + 4].SpaceBefore)
            {
                return true;
            }
        }

        return false;
    }

    // "31.12.2019".
    private static bool IsDottedDayFirst(string text)
        => DottedParts.TryParse(text, out var parts) && parts.ThirdLength == 4 && parts.FirstLength == 2 && parts.SecondLength <= 2
        && parts.First is >= 13 and <= 31 && parts.Second is >= 1 and <= 12;
}
