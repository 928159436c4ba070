using System.Text;

namespace SeedSdk.Generator.Emitting;

/// <summary>Writes C# source with tab indentation (a quarter of the bytes of four spaces, in files of many short lines) and '\n' line endings.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "\t";
    private readonly StringBuilder _builder = new();
    private int _indent;

    /// <summary>Writes one indented line.</summary>
    public SourceWriter Line(string text)
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes an empty line.</summary>
    public SourceWriter Line() => Line(string.Empty);

    /// <summary>Writes <paramref name="text"/> at the start of a line, whatever the indentation (preprocessor directives).</summary>
    public SourceWriter Directive(string text)
    {
        _builder.Append(text).Append('\n');
        return this;
    }

    /// <summary>The 1-based column at which the next line's text starts.</summary>
    public int TextColumn => (_indent * IndentUnit.Length) + 1;

    /// <summary>Writes "{" and indents.</summary>
    public SourceWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Outdents and writes "}" followed by <paramref name="suffix"/>.</summary>
    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Indents the following lines one more level.</summary>
    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    /// <summary>Undoes <see cref="Indent"/>.</summary>
    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>Writes a one-line <c>&lt;summary&gt;</c>; <paramref name="xml"/> must already be escaped and single-line.</summary>
    public SourceWriter Summary(string xml) => Line("/// <summary>" + xml + "</summary>");

    /// <inheritdoc />
    public override string ToString() => _builder.ToString();
}
