using System.Text;

namespace SeedSdk.Generator.Emitting;

/// <summary>
/// Text for XML doc comments: one line, well-formed XML, never able to end the comment. Line breaks
/// and tabs become spaces, runs of spaces collapse, characters XML forbids (control characters,
/// lone surrogates, U+FFFE/U+FFFF) and bidi controls are dropped, and &amp;, &lt;, &gt; are escaped.
/// </summary>
internal static class DocText
{
    /// <summary>The longest quoted sentence, in characters, before it is cut at a word boundary.</summary>
    public const int MaxQuoteLength = 200;

    private const char Ellipsis = '\u2026';

    /// <summary><paramref name="text"/> as escaped single-line XML text.</summary>
    public static string Escape(string text) => EscapeXml(Flatten(text));

    /// <summary><paramref name="text"/> flattened, cut to <see cref="MaxQuoteLength"/> at a word boundary (with '…'), and escaped.</summary>
    public static string Quote(string text) => EscapeXml(Truncate(Flatten(text), MaxQuoteLength));

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters plus '…', preferring the last space after half the limit.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max);
        if (cut < max / 2)
        {
            cut = char.IsLowSurrogate(text[max]) ? max - 1 : max;
        }

        return text.Substring(0, cut).TrimEnd() + Ellipsis;
    }

    private static string Flatten(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c) && !IsBidiControl(c) && c is not ('\uFFFE' or '\uFFFF'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>Marks, embeddings, overrides and isolates that reorder how the comment displays.</summary>
    private static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string EscapeXml(string text)
        => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
