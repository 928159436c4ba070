using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SeedSdk.Extraction.Curation;

/// <summary>
/// A small strict JSON reader (RFC 8259) that keeps every value's position. The generator runs inside the
/// compiler, where System.Text.Json is not reliably loadable from a netstandard2.0 analyzer, and a curation
/// file needs positions on every token anyway. Linear time; nesting deeper than <see cref="MaxDepth"/> is refused
/// rather than recursed into.
/// </summary>
public sealed class JsonReader
{
    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private int _position;

    private JsonReader(string text) => _text = text;

    /// <summary>Reads <paramref name="text"/> as one JSON value, or returns null with the first syntax error.</summary>
    public static JsonNode? Read(string text, out JsonSyntaxError? error)
    {
        var reader = new JsonReader(text);
        try
        {
            reader.SkipWhitespace();
            var value = reader.ReadValue(0);
            reader.SkipWhitespace();
            if (reader._position < text.Length)
            {
                throw reader.Error("unexpected text after the end of the JSON value", 1);
            }

            error = null;
            return value;
        }
        catch (SyntaxException exception)
        {
            error = exception.Error;
            return null;
        }
    }

    private JsonNode ReadValue(int depth)
    {
        if (_position >= _text.Length)
        {
            throw Error("unexpected end of file: a value is missing", 0);
        }

        return _text[_position] switch
        {
            '{' => ReadObject(depth),
            '[' => ReadArray(depth),
            '"' => ReadStringNode(),
            't' => ReadLiteral("true", JsonNodeKind.Boolean),
            'f' => ReadLiteral("false", JsonNodeKind.Boolean),
            'n' => ReadLiteral("null", JsonNodeKind.Null),
            var c when c == '-' || (c >= '0' && c <= '9') => ReadNumber(),
            _ => throw Error("unexpected character '" + _text[_position] + "': a value is expected", 1),
        };
    }

    private JsonNode ReadObject(int depth)
    {
        var start = Enter(depth);
        var properties = new List<JsonProperty>();
        if (!TryConsume('}'))
        {
            do
            {
                SkipWhitespace();
                if (_position >= _text.Length || _text[_position] != '"')
                {
                    throw Error("a member name in double quotes is expected", 1);
                }

                var nameStart = _position;
                var name = ReadString();
                var nameLength = _position - nameStart;
                SkipWhitespace();
                Expect(':', "':' is expected after a member name");
                SkipWhitespace();
                var value = ReadValue(depth + 1);
                properties.Add(new JsonProperty(name, nameStart, nameLength, value));
                SkipWhitespace();
            }
            while (TryConsume(','));

            Expect('}', "',' or '}' is expected in an object");
        }

        return new JsonNode(JsonNodeKind.Object, start, _position - start, string.Empty, properties, null);
    }

    private JsonNode ReadArray(int depth)
    {
        var start = Enter(depth);
        var items = new List<JsonNode>();
        if (!TryConsume(']'))
        {
            do
            {
                SkipWhitespace();
                items.Add(ReadValue(depth + 1));
                SkipWhitespace();
            }
            while (TryConsume(','));

            Expect(']', "',' or ']' is expected in an array");
        }

        return new JsonNode(JsonNodeKind.Array, start, _position - start, string.Empty, null, items);
    }

    /// <summary>Consumes the opening bracket and the whitespace after it; returns the value's start.</summary>
    private int Enter(int depth)
    {
        if (depth >= MaxDepth)
        {
            throw Error("nesting is deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels", 1);
        }

        var start = _position++;
        SkipWhitespace();
        return start;
    }

    private JsonNode ReadStringNode()
    {
        var start = _position;
        var value = ReadString();
        return new JsonNode(JsonNodeKind.String, start, _position - start, value, null, null);
    }

    private string ReadString()
    {
        var start = _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                _position = start;
                throw Error("unterminated string", 1);
            }

            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Error("control character in a string (write it as an escape such as \\n)", 1);
            }

            if (c != '\\')
            {
                builder.Append(c);
                _position++;
                continue;
            }

            builder.Append(ReadEscape());
        }
    }

    private char ReadEscape()
    {
        if (_position + 1 >= _text.Length)
        {
            throw Error("unterminated escape sequence", 1);
        }

        var code = _text[_position + 1];
        _position += 2;
        switch (code)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_position + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
                {
                    _position += 4;
                    return (char)unit;
                }

                _position -= 2;
                throw Error("\\u must be followed by four hexadecimal digits", 2);
            default:
                _position -= 2;
                throw Error("unknown escape sequence '\\" + code + "'", 2);
        }
    }

    private JsonNode ReadNumber()
    {
        var start = _position;
        TryConsume('-');
        if (TryConsume('0'))
        {
            // A leading zero stands alone.
        }
        else if (!SkipDigits())
        {
            throw Error("a digit is expected in a number", 1);
        }

        if (TryConsume('.') && !SkipDigits())
        {
            throw Error("a digit is expected after the decimal point", 1);
        }

        if (_position < _text.Length && (_text[_position] == 'e' || _text[_position] == 'E'))
        {
            _position++;
            if (!TryConsume('+'))
            {
                TryConsume('-');
            }

            if (!SkipDigits())
            {
                throw Error("a digit is expected in the exponent", 1);
            }
        }

        return new JsonNode(JsonNodeKind.Number, start, _position - start, _text.Substring(start, _position - start), null, null);
    }

    private bool SkipDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private JsonNode ReadLiteral(string literal, JsonNodeKind kind)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error("unknown word: a value (string, number, object, array, true, false or null) is expected", 1);
        }

        var start = _position;
        _position += literal.Length;
        return new JsonNode(kind, start, literal.Length, literal, null, null);
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }

        // A UTF-8 byte order mark decoded into the text is not JSON, but editors write it; accept it at the start.
        if (_position == 0 && _text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position++;
            SkipWhitespace();
        }
    }

    private bool TryConsume(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c, string message)
    {
        if (!TryConsume(c))
        {
            throw Error(message, _position < _text.Length ? 1 : 0);
        }
    }

    private SyntaxException Error(string message, int length) => new(new JsonSyntaxError(_position, length, message));

    private sealed class SyntaxException : System.Exception
    {
        public SyntaxException(JsonSyntaxError error)
            : base(error.Message) => Error = error;

        public JsonSyntaxError Error { get; }
    }
}

/// <summary>Where a JSON text stops being JSON, and why.</summary>
/// <param name="Start">The offset of the offending character.</param>
/// <param name="Length">How many characters to mark (0 at the end of the text).</param>
/// <param name="Message">What is wrong.</param>
public sealed record JsonSyntaxError(int Start, int Length, string Message);
