using System.Globalization;
using System.Text;

namespace SeedSdk.Generator.Emitting;

/// <summary>C# literals for emitted code, culture-invariant and safe for any input text.</summary>
internal static class CSharpLiteral
{
    /// <summary>
    /// A quoted regular string literal. Escapes '\\', '"', every control and format character, U+0085,
    /// U+2028, U+2029, U+FFFE/U+FFFF and lone surrogates as <c>\uXXXX</c>; keeps other characters (valid
    /// surrogate pairs included) as they are.
    /// </summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\0': builder.Append("\\0"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\v': builder.Append("\\v"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else if (NeedsUnicodeEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A quoted string literal, or <c>null</c>.</summary>
    public static string NullableString(string? value) => value is null ? "null" : String(value);

    /// <summary>A decimal literal with the <c>m</c> suffix, invariant ("3200000000m", "0.25m", "-3.5m").</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    /// <summary>An int literal, invariant.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Format characters (bidi overrides and isolates, zero-width marks) are escaped so the code a
    // reader sees is the code the compiler sees.
    private static bool NeedsUnicodeEscape(char c)
        => char.IsControl(c) || char.IsSurrogate(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF'
           || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
