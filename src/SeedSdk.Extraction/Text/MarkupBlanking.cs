using System.Text;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// Markdown emphasis and links are markup, never part of a name or a number: "**Ana Lima**" reads as "Ana Lima" and
/// "[Bo Park](https://...)" as "Bo Park". The marks are replaced by spaces, so every offset into the text still holds;
/// the tokens are read from this copy while facts quote the original text.
/// </summary>
internal static class MarkupBlanking
{
    private const int MaxEmphasisMarks = 3;

    /// <summary>The text with its emphasis marks and link syntax as spaces, or the text itself when it has none.</summary>
    public static string Blank(string text)
    {
        if (text.IndexOf('*') < 0 && text.IndexOf('_') < 0 && text.IndexOf('[') < 0)
        {
            return text;
        }

        StringBuilder? blanked = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '[')
            {
                var close = LinkEnd(text, i, out var label);
                if (close > 0)
                {
                    blanked ??= new StringBuilder(text);
                    Fill(blanked, i, 1);
                    if (i > 0 && text[i - 1] == '!')
                    {
                        // An image's alternative text reads as its link's label.
                        Fill(blanked, i - 1, 1);
                    }

                    Fill(blanked, label, close - label + 1);
                    i = close;
                }
            }
            else if (c is '*' or '_')
            {
                var run = 1;
                while (i + run < text.Length && text[i + run] == c)
                {
                    run++;
                }

                if (run <= MaxEmphasisMarks && IsEmphasis(text, i, run))
                {
                    blanked ??= new StringBuilder(text);
                    Fill(blanked, i, run);
                }

                i += run - 1;
            }
        }

        return blanked?.ToString() ?? text;
    }

    /// <summary>
    /// For "[label](target)" opening at <paramref name="open"/> on one line: the index of the closing ')' (and in
    /// <paramref name="labelEnd"/> the ']'), or -1.
    /// </summary>
    private static int LinkEnd(string text, int open, out int labelEnd)
    {
        labelEnd = -1;
        var k = open + 1;
        while (k < text.Length && text[k] != ']' && text[k] != '[' && !CharClasses.IsLineBreak(text[k]))
        {
            k++;
        }

        if (k == open + 1 || k + 1 >= text.Length || text[k] != ']' || text[k + 1] != '(')
        {
            return -1;
        }

        labelEnd = k;
        for (var t = k + 2; t < text.Length; t++)
        {
            var c = text[t];
            if (c == ')')
            {
                return t > k + 2 ? t : -1;
            }

            if (char.IsWhiteSpace(c) && !(c == ' ' && t + 1 < text.Length && text[t + 1] == '"'))
            {
                // A target has no spaces (a quoted title may follow it).
                return c == ' ' ? QuotedTitleEnd(text, t + 1) : -1;
            }
        }

        return -1;
    }

    // "[label](target "title")": the ')' after the quoted title.
    private static int QuotedTitleEnd(string text, int quote)
    {
        for (var t = quote + 1; t < text.Length && !CharClasses.IsLineBreak(text[t]); t++)
        {
            if (text[t] == '"')
            {
                return t + 1 < text.Length && text[t + 1] == ')' ? t + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Emphasis marks touch a word on one side only ("**Ana", "Lima**,"): marks between two words ("snake_case", "3*4")
    /// or between two spaces (a bullet "* item", a lone "*") are text. Punctuation is neither ("**Ana Lima**," closes at ',').
    /// </summary>
    private static bool IsEmphasis(string text, int start, int run)
    {
        var wordBefore = start > 0 && char.IsLetterOrDigit(text[start - 1]);
        var wordAfter = start + run < text.Length && char.IsLetterOrDigit(text[start + run]);
        return wordBefore != wordAfter;
    }

    private static void Fill(StringBuilder text, int start, int length)
    {
        for (var k = start; k < start + length; k++)
        {
            text[k] = ' ';
        }
    }
}
