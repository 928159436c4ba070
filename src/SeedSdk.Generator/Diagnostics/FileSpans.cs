using Microsoft.CodeAnalysis.Text;

namespace SeedSdk.Generator.Diagnostics;

/// <summary>Spans to locate file-level diagnostics on.</summary>
internal static class FileSpans
{
    /// <summary>The first line of <paramref name="text"/> (without its line break), or an empty span at the start.</summary>
    public static (TextSpan Span, LinePositionSpan LineSpan) FirstLine(SourceText text)
    {
        if (text.Lines.Count == 0)
        {
            return (default, default);
        }

        var span = text.Lines[0].Span;
        return (span, text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>The whole of <paramref name="text"/>.</summary>
    public static (TextSpan Span, LinePositionSpan LineSpan) Whole(SourceText text)
    {
        var span = new TextSpan(0, text.Length);
        return (span, text.Lines.GetLinePositionSpan(span));
    }
}
