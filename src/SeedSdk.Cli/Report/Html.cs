using System.Globalization;
using System.Text;

namespace SeedSdk.Cli.Report;

/// <summary>
/// Writes untrusted text into HTML: markup characters become entities, and characters that are invisible
/// or reorder text (controls, bidi overrides and isolates, zero-width and other format characters) become
/// visible <c>U+XXXX</c> badges, so seed text can neither inject markup nor disguise itself.
/// </summary>
internal static class Html
{
    /// <summary>Appends <paramref name="text"/> escaped for an element's content or a quoted attribute value.</summary>
    public static StringBuilder Escape(StringBuilder html, string text, int start = 0, int length = -1)
    {
        var end = length < 0 ? text.Length : start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }
        }

        return html;
    }

    /// <summary><paramref name="text"/> escaped, as a string.</summary>
    public static string Escape(string text) => Escape(new StringBuilder(text.Length + 16), text).ToString();

    /// <summary>
    /// Appends a stretch of document text for display: escaped, with hidden and reordering characters shown
    /// as badges. Line breaks and tabs stay (the text is shown with <c>white-space: pre-wrap</c>).
    /// </summary>
    public static void AppendDocumentText(StringBuilder html, string text, int start, int end)
    {
        var run = start;
        for (var i = start; i < end; i++)
        {
            if (IsHidden(text[i]))
            {
                Escape(html, text, run, i - run);
                var code = "U+" + ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture);
                html.Append("<span class=\"ctl\" title=\"").Append(code).Append(" (hidden character)\">").Append(code).Append("</span>");
                run = i + 1;
            }
        }

        Escape(html, text, run, end - run);
    }

    private static bool IsHidden(char c)
    {
        if (c is '\n' or '\r' or '\t')
        {
            return false;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse;
    }
}
