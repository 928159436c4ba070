using System.Globalization;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Generator.Emitting;

/// <summary>
/// Maps each fact's declarations to the fact's text in the seed with <c>#line</c>, so that go-to-definition,
/// compiler diagnostics and the debugger land on the sentence rather than in the .g.cs file. The declared name
/// starts its own line, right after the directive: with C# 10 span directives
/// (<c>#line (line, column) - (endLine, endColumn) offset "seed"</c>, offset the name's column in the generated
/// line) its first character maps to the fact's first
/// character; older language versions get <c>#line line "seed"</c>, which maps the line only. <c>#line default</c>
/// follows the last fact of a class, so the rest of the file keeps its own positions.
/// </summary>
internal sealed class LineDirectives
{
    // The largest line (and span column) the compiler accepts in #line (CS1576, CS8938 above it).
    private const int MaxLine = 0xFEEFED;

    // The largest column a span directive accepts (CS8938 above it); a fact further right maps its line only.
    private const int MaxColumn = 0x10000;

    // Stands for the column the declared name starts at, known only when the line is written.
    private const string OffsetPlaceholder = "{offset}";

    private readonly string? _quotedPath;
    private readonly bool _spans;
    private readonly LineMap? _lines;

    private LineDirectives(string? path, bool spans, string? text)
    {
        // A #line file name cannot hold a quote or a line break (no escapes exist there): such a seed is not mapped.
        _quotedPath = path is null || path.IndexOfAny(new[] { '"', '\n', '\r', '\u0085', '\u2028', '\u2029' }) >= 0 ? null : "\"" + path + "\"";
        _spans = spans;
        _lines = _quotedPath is null ? null : new LineMap(text ?? string.Empty);
    }

    /// <summary>No directives: declarations stay on one line each.</summary>
    public static LineDirectives None { get; } = new(null, false, null);

    /// <summary>Directives into the seed at <paramref name="seedPath"/> whose text is <paramref name="text"/>.</summary>
    /// <param name="seedPath">The path the compiler knows the seed by.</param>
    /// <param name="text">The seed's text.</param>
    /// <param name="spans">Whether C# 10 span directives may be used.</param>
    public static LineDirectives Into(string seedPath, string text, bool spans) => new(seedPath, spans, text);

    /// <summary>
    /// Writes the declaration <paramref name="head"/> <paramref name="nameAndRest"/> (the declared name first in
    /// the second part), mapped to <paramref name="fact"/>'s text when there is a mapping. <paramref name="mapped"/>
    /// says whether a mapping is in force; it stays in force after the declaration, so consecutive facts need one
    /// <see cref="EndMapping"/> after the last of them instead of a <c>#line default</c> each.
    /// </summary>
    public void Declare(SourceWriter writer, string head, string nameAndRest, ExtractedFact fact, ref bool mapped)
    {
        var directive = Directive(fact);
        if (directive is null)
        {
            EndMapping(writer, ref mapped);
            writer.Line(head + " " + nameAndRest);
            return;
        }

        writer.Line(head);
        writer.Directive(directive.Replace(OffsetPlaceholder, Number(writer.TextColumn)));
        writer.Line(nameAndRest);
        mapped = true;
    }

    /// <summary>Writes <c>#line default</c> when a mapping is in force, so what follows keeps its generated positions.</summary>
    public void EndMapping(SourceWriter writer, ref bool mapped)
    {
        if (mapped)
        {
            writer.Directive("#line default");
            mapped = false;
        }
    }

    private string? Directive(ExtractedFact fact)
    {
        if (_quotedPath is null || _lines is null || fact.Span.Line < 1 || fact.Span.Column < 1 || fact.Span.Line > MaxLine)
        {
            return null;
        }

        if (!_spans)
        {
            return "#line " + Number(fact.Span.Line) + " " + _quotedPath;
        }

        // The end position of a span directive is inclusive: the fact's last character.
        var end = _lines.Span(fact.Span.Length > 0 ? fact.Span.End - 1 : fact.Span.Start, 0);
        if (end.Line > MaxLine || fact.Span.Column > MaxColumn || end.Column > MaxColumn || end.Line < fact.Span.Line || (end.Line == fact.Span.Line && end.Column < fact.Span.Column))
        {
            return "#line " + Number(fact.Span.Line) + " " + _quotedPath;
        }

        return "#line (" + Number(fact.Span.Line) + ", " + Number(fact.Span.Column) + ") - (" + Number(end.Line) + ", " + Number(end.Column) + ") " + OffsetPlaceholder + " " + _quotedPath;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
