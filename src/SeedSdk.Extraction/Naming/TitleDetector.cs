using System.Text;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// Finds a document's title: a markdown heading ("# Title") or a short first line without terminal
/// punctuation; otherwise the first sentence, cut at a word boundary to about
/// <see cref="MaxLength"/> characters with "…".
/// </summary>
internal static class TitleDetector
{
    /// <summary>The longest title kept whole; longer first sentences are truncated.</summary>
    public const int MaxLength = 80;

    private const int MaxHeadlineWords = 15;

    /// <summary>The title of the document in <paramref name="context"/>; empty for a blank document.</summary>
    public static string Detect(DocumentContext context)
    {
        var firstLine = FirstNonBlankLine(context.Text);
        if (firstLine.StartsWith("#", System.StringComparison.Ordinal))
        {
            var heading = Collapse(firstLine.Trim('#', ' ', '\t'));
            if (heading.Length > 0)
            {
                return Truncate(heading);
            }
        }

        if (IsHeadline(firstLine))
        {
            return Collapse(firstLine);
        }

        if (context.SentenceTokens.Count == 0)
        {
            return string.Empty;
        }

        var (first, count) = FirstSentenceAfterDateline(context);
        return Truncate(Collapse(context.TextOf(first, first + count - 1)));
    }

    // A dateline ("TOKYO, June 12 --") is split off as a sentence of its own; the title is what follows it.
    private static (int FirstToken, int TokenCount) FirstSentenceAfterDateline(DocumentContext context)
    {
        var sentence = context.SentenceTokens[0];
        var last = context.Tokens[sentence.FirstToken + sentence.TokenCount - 1];
        var isDateline = last.Kind == TokenKind.Symbol && CharClasses.IsDash(last.Text[0]);
        return isDateline && context.SentenceTokens.Count > 1 ? context.SentenceTokens[1] : sentence;
    }

    /// <summary>Cuts <paramref name="text"/> at the last word boundary before <see cref="MaxLength"/> and appends "…".</summary>
    public static string Truncate(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxLength - 1);
        var kept = (cut > MaxLength / 2 ? text.Substring(0, cut) : text.Substring(0, MaxLength - 1)).TrimEnd(' ', ',', ';', ':', '-');
        if (kept.Length > 0 && char.IsHighSurrogate(kept[kept.Length - 1]))
        {
            kept = kept.Substring(0, kept.Length - 1);
        }

        return kept + "\u2026";
    }

    private static bool IsHeadline(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxLength || CountWords(trimmed) > MaxHeadlineWords)
        {
            return false;
        }

        var last = trimmed[trimmed.Length - 1];
        return last is not ('.' or '!' or '?' or '\u2026' or ',' or ';' or ':' or '"' or '\u201D' or '\'' or '\u2019');
    }

    private static string FirstNonBlankLine(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && !CharClasses.IsLineBreak(text[end]))
            {
                end++;
            }

            var line = text.Substring(start, end - start).Trim().TrimStart('\uFEFF');
            if (line.Length > 0)
            {
                return line;
            }

            start = end + 1;
        }

        return string.Empty;
    }

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            words += !isSpace && !inWord ? 1 : 0;
            inWord = !isSpace;
        }

        return words;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
