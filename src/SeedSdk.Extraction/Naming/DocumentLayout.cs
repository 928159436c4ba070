using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// The line structure a name may read beyond its fact's sentence: Markdown headings ("## Online
/// sales"), lead-in lines that end with ':' above a list or table ("Northwind's results:"), and
/// Markdown table rows with the header row of their table. Read in one pass over the text, and only
/// for a document whose names ask for it.
/// </summary>
internal sealed class DocumentLayout
{
    private const int MaxLabelLength = 80;

    // How far into a table row a cell is looked for: a row is short, and the bound keeps naming linear on a long line.
    private const int MaxRowPrefix = 2_000;

    private readonly string _text;
    private readonly LineMap _lines;

    // By line (0-based): the line whose text labels it (its section's heading, or the lead-in line above its
    // list or table), or -1.
    private readonly int[] _labelLine;

    // By line: the first row of the Markdown table the line is a row of, or -1 when it is not a table row.
    private readonly int[] _tableStart;

    // By line: the label text of a heading or lead-in line, read once; by table start: its header cells.
    private readonly System.Collections.Generic.Dictionary<int, string> _labels = new();
    private readonly System.Collections.Generic.Dictionary<int, string[]?> _headers = new();

    private DocumentLayout(string text, LineMap lines)
    {
        _text = text;
        _lines = lines;
        _labelLine = new int[lines.LineCount];
        _tableStart = new int[lines.LineCount];
        var heading = -1;
        for (var line = 0; line < lines.LineCount; line++)
        {
            var kind = KindOf(line);
            var previous = line > 0 ? KindOf(line - 1) : LineKind.Blank;
            _tableStart[line] = kind != LineKind.TableRow ? -1 : previous == LineKind.TableRow ? _tableStart[line - 1] : line;
            if (kind == LineKind.Heading)
            {
                heading = line;
            }

            // An item (list entry or table row) sits under the lead-in line right above its block, else under the heading.
            _labelLine[line] = kind is LineKind.Item or LineKind.TableRow
                ? previous is LineKind.Item or LineKind.TableRow ? _labelLine[line - 1]
                    : previous == LineKind.LeadIn ? line - 1 : heading
                : kind == LineKind.Heading ? -1 : heading;
        }
    }

    private enum LineKind : byte
    {
        Blank,
        Prose,
        Heading,
        LeadIn,
        Item,
        TableRow,
    }

    /// <summary>The layout of <paramref name="text"/>, whose lines are <paramref name="lines"/>.</summary>
    public static DocumentLayout Of(string text, LineMap lines) => new(text, lines);

    /// <summary>
    /// The text of the heading or lead-in line that labels the line holding <paramref name="offset"/>
    /// (markers, '#'s and the closing ':' removed), or null.
    /// </summary>
    public string? LabelOf(int offset)
    {
        var labelLine = _labelLine[LineIndexOf(offset)];
        if (labelLine < 0)
        {
            return null;
        }

        if (!_labels.TryGetValue(labelLine, out var label))
        {
            label = LabelText(labelLine);
            _labels.Add(labelLine, label);
        }

        return label;
    }

    /// <summary>
    /// For an offset inside a Markdown table row: the text of the row's first cell and of the header cell
    /// above the offset's column (null for the first column or a table without a header row); false
    /// outside a table.
    /// </summary>
    public bool TryTableCell(int offset, out string rowHeader, out string? columnHeader)
    {
        rowHeader = string.Empty;
        columnHeader = null;
        var line = LineIndexOf(offset);
        var tableStart = _tableStart[line];
        if (tableStart < 0)
        {
            return false;
        }

        var start = _lines.StartOf(line + 1);
        if (offset - start > MaxRowPrefix)
        {
            return false;
        }

        var column = -1;
        for (var i = start; i < offset; i++)
        {
            column += _text[i] == '|' ? 1 : 0;
        }

        if (column <= 0)
        {
            return false;
        }

        rowHeader = Cell(line, 0) ?? string.Empty;
        if (HeaderCells(tableStart) is { } header && column < header.Length)
        {
            columnHeader = header[column];
        }

        return true;
    }

    // The cells of a table's header row, read once per table; null when the table has no header row.
    private string[]? HeaderCells(int tableStart)
    {
        if (!_headers.TryGetValue(tableStart, out var cells))
        {
            cells = tableStart + 1 < _lines.LineCount && IsSeparatorRow(tableStart + 1) ? Cells(tableStart) : null;
            _headers.Add(tableStart, cells);
        }

        return cells;
    }

    // The texts of a row's cells, trimmed.
    private string[] Cells(int line)
    {
        var (start, end) = Trimmed(line);
        var text = _text.Substring(start, end - start).Trim('|');
        var cells = text.Split('|');
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = cells[i].Trim();
        }

        return cells;
    }

    // The 0-based line of offset.
    private int LineIndexOf(int offset) => _lines.LineOf(offset) - 1;

    // The line's text without its line break and surrounding white space: start and end offsets.
    private (int Start, int End) Trimmed(int line)
    {
        var start = _lines.StartOf(line + 1);
        var end = line + 1 < _lines.LineCount ? _lines.StartOf(line + 2) : _text.Length;
        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        return (start, end);
    }

    private LineKind KindOf(int line)
    {
        var (start, end) = Trimmed(line);
        if (start == end)
        {
            return LineKind.Blank;
        }

        var first = _text[start];
        if (first == '#')
        {
            return LineKind.Heading;
        }

        if (first == '|')
        {
            return LineKind.TableRow;
        }

        if (ItemTextStart(start, end) > start)
        {
            return LineKind.Item;
        }

        return _text[end - 1] == ':' && end - start <= MaxLabelLength ? LineKind.LeadIn : LineKind.Prose;
    }

    // Where the text of a list item starts after its marker ("- ", "* ", "• ", "1. ", "2) "), or start when there is none.
    private int ItemTextStart(int start, int end)
    {
        var c = _text[start];
        if (MarkdownMarks.IsBullet(c) && start + 1 < end && char.IsWhiteSpace(_text[start + 1]))
        {
            return start + 2;
        }

        var i = start;
        while (i < end && i - start < 3 && CharClasses.IsAsciiDigit(_text[i]))
        {
            i++;
        }

        return i > start && i + 1 < end && _text[i] is '.' or ')' && char.IsWhiteSpace(_text[i + 1]) ? i + 2 : start;
    }

    private string LabelText(int line)
    {
        var (start, end) = Trimmed(line);
        while (start < end && _text[start] == '#')
        {
            start++;
        }

        while (end > start && (_text[end - 1] == ':' || _text[end - 1] == '#'))
        {
            end--;
        }

        end = System.Math.Min(end, start + MaxLabelLength);
        return _text.Substring(start, end - start).Trim();
    }

    // The text of the column-th cell of a table row (0-based), or null.
    private string? Cell(int line, int column)
    {
        var (start, end) = Trimmed(line);
        var cell = -1;
        var cellStart = start;
        for (var i = start; i < end; i++)
        {
            if (_text[i] != '|')
            {
                continue;
            }

            if (cell == column)
            {
                return _text.Substring(cellStart, i - cellStart).Trim();
            }

            cell++;
            cellStart = i + 1;
        }

        return cell == column && cellStart < end ? _text.Substring(cellStart, end - cellStart).Trim() : null;
    }

    // "| --- | :---: |": the row under a table's header.
    private bool IsSeparatorRow(int line)
    {
        if (line >= _lines.LineCount || _tableStart[line] < 0)
        {
            return false;
        }

        var (start, end) = Trimmed(line);
        for (var i = start; i < end; i++)
        {
            if (_text[i] is not ('|' or '-' or ':' or ' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
