using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// C# identifier rules without Roslyn: validity, reserved keywords and PascalCase conversion of
/// arbitrary text. Shared by the fact namer, the generator (default type names) and the CLI, so the
/// JSON and the generated API always name things alike.
/// </summary>
public static class CSharpIdentifier
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>Whether <paramref name="name"/> is a C# reserved keyword.</summary>
    public static bool IsKeyword(string name) => name.Length > 1 && name[0] >= 'a' && name[0] <= 'z' && Keywords.Contains(name);

    /// <summary>Whether <paramref name="name"/> is a valid, non-keyword C# identifier (no '@' escape, no '_'-only names).</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || IsKeyword(name!))
        {
            return false;
        }

        if (!IsIdentifierStart(name![0]))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsIdentifierPart(name[i]))
            {
                return false;
            }
        }

        return !IsUnderscores(name);
    }

    /// <summary>Whether the name written in <paramref name="name"/> is valid (see <see cref="IsValid(string)"/>), reading it in place.</summary>
    internal static bool IsValid(NameBuilder name)
    {
        var length = name.Length;
        var chars = name.Chars;
        if (length == 0 || !IsIdentifierStart(chars[0]))
        {
            return false;
        }

        var underscores = chars[0] == '_';
        for (var i = 1; i < length; i++)
        {
            var c = chars[i];
            if (!IsIdentifierPart(c))
            {
                return false;
            }

            underscores &= c == '_';
        }

        // Only a name starting with a lower-case letter can be a keyword: just such a name is made a string to look up.
        return !underscores && !(length > 1 && chars[0] >= 'a' && chars[0] <= 'z' && Keywords.Contains(name.ToString()));
    }

    /// <summary>
    /// Turns any text into a PascalCase identifier: letters and digits are kept, every other character
    /// separates words, each word's first letter is upper-cased (invariantly). Returns
    /// <paramref name="fallback"/> when nothing usable remains; prefixes '_' when the result would start
    /// with a digit, and appends '_' to a keyword.
    /// </summary>
    public static string ToPascalCase(string text, string fallback)
    {
        // The result never outgrows the text, plus room at index 0 for a leading '_'.
        var buffer = new char[text.Length + 1];
        var end = 1;
        var startOfWord = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsIdentifierPart(c) && c != '_')
            {
                buffer[end++] = startOfWord ? char.ToUpperInvariant(c) : c;
                startOfWord = false;
            }
            else if (!IsInnerApostrophe(text, i) && !IsNonSpacingMark(c))
            {
                // An apostrophe inside a word does not split it: "People's" → "Peoples", not "PeopleS".
                startOfWord = true;
            }
        }

        if (end == 1)
        {
            return fallback;
        }

        var start = 1;
        if (!IsIdentifierStart(buffer[1]))
        {
            buffer[0] = '_';
            start = 0;
        }

        var result = new string(buffer, start, end - start);
        return IsKeyword(result) ? result + "_" : result;
    }

    /// <summary>
    /// The default class name of a seed file: its file name without extension, in PascalCase
    /// ("000_8b5633673b5c9d83.txt" → "_0008b5633673b5c9d83", "q3 report.md" → "Q3Report").
    /// </summary>
    public static string TypeNameFromPath(string path)
    {
        var fileName = path;
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        if (slash >= 0)
        {
            fileName = path.Substring(slash + 1);
        }

        var dot = fileName.LastIndexOf('.');
        if (dot > 0)
        {
            fileName = fileName.Substring(0, dot);
        }

        return ToPascalCase(fileName, "Seed");
    }

    private static bool IsUnderscores(string name)
    {
        foreach (var c in name)
        {
            if (c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInnerApostrophe(string text, int i)
        => (text[i] == '\'' || text[i] == '\u2019') && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    // No ASCII character is a non-spacing mark: the category lookup is for the rest.
    private static bool IsNonSpacingMark(char c) => c >= 128 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsIdentifierStart(char c)
        => c == '_' || char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber;

    // ASCII: only letters, digits and '_' are identifier parts; skips the category lookup for almost every
    // character, and is small enough to inline into the loops over a name's characters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsIdentifierPart(char c)
        => c < 128
            ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            : IsNonAsciiIdentifierPart(c);

    private static bool IsNonAsciiIdentifierPart(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
                return true;
            default:
                return false;
        }
    }
}
