using System;
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

    /// <summary>
    /// The longest quote of a fact's sentence, in characters of the seed, before it is shortened around the fact: about
    /// fifteen words, enough to read the fact in its context on hover. Dense news has a fact every 40 characters, so this
    /// window is the largest single part of the generated code's size (see docs/benchmarks.md).
    /// </summary>
    public const int MaxSentenceQuoteLength = 100;

    /// <summary><paramref name="text"/> flattened, cut to <see cref="MaxQuoteLength"/> at a word boundary (with '…'), and escaped.</summary>
    public static string Quote(string text) => EscapeXml(Truncate(Flatten(text), MaxQuoteLength));

    /// <summary><paramref name="text"/> flattened, cut to <see cref="MaxSentenceQuoteLength"/> at a word boundary (with '…'), and escaped: a fact's own words quoted in its doc comment.</summary>
    public static string QuoteOf(string text) => EscapeXml(Truncate(Flatten(text), MaxSentenceQuoteLength));

    /// <summary>
    /// The part of <paramref name="text"/> between <paramref name="sentenceStart"/> and <paramref name="sentenceEnd"/> that a
    /// fact's doc comment quotes: the whole sentence when it is at most <see cref="MaxSentenceQuoteLength"/> characters, else
    /// about that many characters around the fact (<paramref name="factStart"/>, <paramref name="factLength"/>), cut at word
    /// boundaries with '…' on each cut side. Flattened and escaped; its cost never grows with the sentence.
    /// </summary>
    public static string QuoteAround(string text, int sentenceStart, int sentenceEnd, int factStart, int factLength)
    {
        if (sentenceEnd - sentenceStart <= MaxSentenceQuoteLength)
        {
            return EscapeXml(Flatten(text.Substring(sentenceStart, sentenceEnd - sentenceStart)));
        }

        var (start, end) = Window(text, sentenceStart, sentenceEnd, factStart, factLength, MaxSentenceQuoteLength);
        var quote = Truncate(Flatten(text.Substring(start, end - start)), MaxSentenceQuoteLength);
        return (start > sentenceStart ? Ellipsis.ToString() : string.Empty) + EscapeXml(quote) + (end < sentenceEnd && !quote.EndsWith(Ellipsis.ToString(), StringComparison.Ordinal) ? Ellipsis.ToString() : string.Empty);
    }

    /// <summary>At most <paramref name="max"/> characters of [<paramref name="low"/>, <paramref name="high"/>) centred on the fact, moved inwards to word boundaries.</summary>
    private static (int Start, int End) Window(string text, int low, int high, int factStart, int factLength, int max)
    {
        factStart = Math.Min(Math.Max(factStart, low), high);
        var factEnd = Math.Min(factStart + Math.Max(factLength, 0), high);
        var room = Math.Max(max - (factEnd - factStart), 0);
        var start = Math.Max(low, factStart - (room / 2));
        var end = Math.Min(high, start + Math.Max(max, factEnd - start));
        start = Math.Max(low, Math.Min(start, end - max));
        if (start > low)
        {
            var word = IndexOfSpace(text, start, factStart);
            start = word < 0 ? start : word + 1;
        }

        if (end < high)
        {
            var word = LastIndexOfSpace(text, factEnd, end);
            end = word < 0 ? end : word;
        }

        return (start, Math.Max(start, end));
    }

    private static int IndexOfSpace(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndexOfSpace(string text, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

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
