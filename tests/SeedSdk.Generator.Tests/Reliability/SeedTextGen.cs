using System.Linq;
using CsCheck;

namespace SeedSdk.Generator.Tests.Reliability;

/// <summary>Generated seed texts: injection fragments, prose with numbers, and random code units, mixed line by line.</summary>
internal static class SeedTextGen
{
    private static readonly string[] Fragments = HostileSeeds.InjectionText.Split('\n').Concat(new[]
    {
        "\"", "\"\"\"", "\\", "{", "}", "*/", "/*", "//", "#error", "</summary>", "<!--", "&", "\\u0022", "\uD800", "\uDC00", "\u202E", "\u2066",
        "$3.2bn", "up to 80 billion yen", "25%", "from 2021 to 2025", "March 5, 2025", "15-year", "Jane Roe said that", "Acme Corp", "Lima, Oslo and Accra",
        "\r\n", "\n", "\r", "\u2028", "\u0085", "\t", " ", "  ",
    }).ToArray();

    /// <summary>Characters that break naive escaping: quotes, backslashes, controls, separators, bidi, surrogates, NUL.</summary>
    private const string Troublemakers = "\"\\{}/*#<>&'@$\0\a\b\f\v\u0001\u001B\u007F\u0085\u00A0\u2028\u2029\u200B\u200E\u202E\u2066\uFEFF\uFFFD\uFFFE\uFFFF\uD800\uDFFF";

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.OneOf(Fragments)),
        (3, Gen.Char[Troublemakers].Select(c => c.ToString())),
        (4, Gen.Char[' ', '~'].Select(c => c.ToString())),
        (1, Gen.Char['\0', '\uFFFF'].Select(c => c.ToString())),
        (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)));

    /// <summary>A seed of up to 40 pieces.</summary>
    public static readonly Gen<string> Seed = Piece.Array[0, 40].Select(string.Concat);
}
