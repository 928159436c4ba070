using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// Names of numbers written under a label rather than in a sentence: "Online sales: $34 million" (a line's
/// label, bullet or not) → OnlineSales; a Markdown table cell → its row header and column header
/// ("| Apparel | $410 million |" under "| Segment | Revenue |" → ApparelRevenue); a number alone on its
/// line under a Markdown heading or a lead-in line ("## Capital spending" then "$90 million") → CapitalSpending.
/// </summary>
internal static class LabelNames
{
    // A label is a short phrase: more words before the colon make a sentence ("He told reporters: ...").
    private const int MaxLabelWords = 6;
    private const int MaxNameWords = 4;

    /// <summary>Writes the label name of the fact in <paramref name="window"/> to <paramref name="name"/> (emptied first); false, with nothing written, when the fact is under no label.</summary>
    public static bool TryWrite(in FactWindow window, ExtractedFact fact, ContextParts parts, NameBuilder name)
    {
        name.Clear();
        var whole = window.Whole(fact);
        if (!StartsSentence(whole, fact, parts))
        {
            return false;
        }

        return whole.Words[0].Text == "|"
            ? TryWriteTableCell(whole, fact, parts, name)
            : TryWriteLineLabel(whole, name);
    }

    /// <summary>
    /// Writes the heading or lead-in label of a fact that stands alone in its sentence (no content word
    /// but its own) to <paramref name="name"/> (emptied first); false, with nothing written, otherwise.
    /// </summary>
    public static bool TryWriteSectionLabel(in FactWindow window, ExtractedFact fact, ContextParts parts, NameBuilder name)
    {
        var whole = window.Whole(fact);
        for (var i = 0; i < whole.Words.Count; i++)
        {
            if ((i < whole.First || i > whole.Last) && whole.Words[i].IsContent)
            {
                return false;
            }
        }

        var label = parts.Layout.LabelOf(fact.Span.Start) is { } text ? parts.ContentName(text, MaxNameWords) : string.Empty;
        name.Clear();
        name.Append(label);
        if (name.Length == 0)
        {
            return false;
        }

        FactTime.AppendTo(window, name);
        return true;
    }

    // "- Online sales 2024: $34 million": the words before the line's first colon, right before the fact, with
    // nothing after the fact in its clause.
    private static bool TryWriteLineLabel(in FactWindow whole, NameBuilder name)
    {
        var colon = whole.First - 1;
        if (colon < 1 || colon > MaxLabelWords || whole.Words[colon].Text != ":")
        {
            return false;
        }

        // A label's value stands alone in its clause: "Sea-rail services grew: 850,000 TEU moved by rail" is prose.
        for (var i = whole.Last + 1; i <= whole.ClauseEnd; i++)
        {
            if (whole.Words[i].IsContent)
            {
                return false;
            }
        }

        var year = -1;
        var written = 0;
        for (var i = 0; i < colon; i++)
        {
            ref readonly var word = ref whole.Words[i];
            if (word.IsClauseBoundary || word.IsVerbOfAmount)
            {
                name.Clear();
                return false;
            }

            if (word.IsYear)
            {
                year = i;
            }
            else if (word.IsContent && written < MaxNameWords)
            {
                name.Append(word);
                written++;
            }
        }

        if (written == 0)
        {
            name.Clear();
            return false;
        }

        if (year >= 0)
        {
            name.Append(whole.Words[year].Text);
        }
        else
        {
            FactTime.AppendTo(whole, name);
        }

        return true;
    }

    // A cell of a Markdown table row: the row's header, the column's header, and a year written as the row header.
    private static bool TryWriteTableCell(in FactWindow whole, ExtractedFact fact, ContextParts parts, NameBuilder name)
    {
        if (!parts.Layout.TryTableCell(fact.Span.Start, out var rowHeader, out var columnHeader))
        {
            return false;
        }

        var row = parts.ContentName(rowHeader, MaxNameWords);
        var column = columnHeader is null ? string.Empty : parts.ContentName(columnHeader, MaxNameWords);
        var year = IsYear(rowHeader) ? rowHeader : string.Empty;
        name.Clear();
        name.Append(row);
        name.Append(column);
        if (name.Length == 0)
        {
            return false;
        }

        name.Append(year);
        return true;
    }

    // Whether the window's words start where the fact's sentence starts: a label opens its line.
    private static bool StartsSentence(in FactWindow whole, ExtractedFact fact, ContextParts parts)
    {
        var sentences = parts.Context.SentenceTokenList;
        return whole.Words.Count > 0
            && (uint)fact.SentenceIndex < (uint)sentences.Count
            && whole.Words[0].FirstToken == sentences[fact.SentenceIndex].FirstToken;
    }

    private static bool IsYear(string text)
        => text.Length == 4 && char.IsDigit(text[0]) && char.IsDigit(text[1]) && char.IsDigit(text[2]) && char.IsDigit(text[3]);
}
