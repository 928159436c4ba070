using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// Turns UTF-16 offsets into 1-based line and column. CR LF counts as one break; CR, LF, NEL,
/// U+2028 and U+2029 each end a line, as in the C# compiler, so our lines match diagnostics.
/// </summary>
public sealed class LineMap
{
    // The characters CharClasses.IsLineBreak accepts, for the runtime's vectorized search.
    private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    private readonly List<int> _lineStarts = new() { 0 };

    /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
    public LineMap(string text)
    {
        // Lines run to dozens of characters: searching for the next break skips each line at once
        // where testing every character would cost a comparison chain per character.
        var i = text.IndexOfAny(LineBreaks);
        while (i >= 0)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            _lineStarts.Add(i + 1);
            i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1;
        }
    }

    /// <summary>The number of lines.</summary>
    public int LineCount => _lineStarts.Count;

    /// <summary>The 1-based line of <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        int lo = 0, hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo + 1;
    }

    /// <summary>The offset where 1-based line <paramref name="line"/> starts.</summary>
    public int StartOf(int line) => _lineStarts[line - 1];

    /// <summary>The span of <paramref name="length"/> characters at <paramref name="start"/>.</summary>
    public SourceSpan Span(int start, int length)
    {
        var line = LineOf(start);
        return new SourceSpan(start, length, line, start - _lineStarts[line - 1] + 1);
    }
}
