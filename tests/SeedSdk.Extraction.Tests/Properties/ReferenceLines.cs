namespace SeedSdk.Extraction.Tests.Properties;

/// <summary>
/// An independent, forward-scanning line/column reference: the extractor's <c>LineMap</c> uses a
/// line-start table and binary search, this walks every character once and counts.
/// CR LF is one break; CR, LF, NEL, U+2028 and U+2029 each end a line.
/// </summary>
internal sealed class ReferenceLines
{
    private readonly int[] _lines;
    private readonly int[] _columns;

    public ReferenceLines(string text)
    {
        _lines = new int[text.Length + 1];
        _columns = new int[text.Length + 1];
        int line = 1, column = 1;
        for (var i = 0; i <= text.Length; i++)
        {
            _lines[i] = line;
            _columns[i] = column;
            if (i == text.Length)
            {
                break;
            }

            var c = text[i];
            var crBeforeLf = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
            if (!crBeforeLf && (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'))
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
    }

    /// <summary>The 1-based line of <paramref name="offset"/>.</summary>
    public int LineOf(int offset) => _lines[offset];

    /// <summary>The 1-based column (UTF-16 units) of <paramref name="offset"/>.</summary>
    public int ColumnOf(int offset) => _columns[offset];
}
