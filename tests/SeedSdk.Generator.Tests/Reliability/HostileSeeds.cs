using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SeedSdk.Generator.Tests.Reliability;

/// <summary>One hostile seed: its file name, raw bytes, how they are decoded, and what the generator must do with it.</summary>
/// <param name="FileName">The file name under <c>seeds/</c>.</param>
/// <param name="Bytes">The file's bytes.</param>
/// <param name="Decoding">How the bytes become text.</param>
/// <param name="DiagnosticId">The diagnostic it must get, or null when it must generate.</param>
/// <param name="Line">0-based line of the diagnostic.</param>
/// <param name="Column">0-based column of the diagnostic.</param>
internal sealed record HostileSeed(string FileName, byte[] Bytes, Decoding Decoding, string? DiagnosticId = null, int Line = 0, int Column = 0)
{
    public string RelativePath => "seeds/" + FileName;

    public override string ToString() => FileName;
}

/// <summary>The hostile corpus: broken encodings, odd line breaks, huge lines, odd file names, injection attempts.</summary>
internal static class HostileSeeds
{
    /// <summary>The size limit the hostile run sets (SeedSdkMaxSeedBytes).</summary>
    public const int MaxSeedBytes = 40_000;

    /// <summary>A line only an editor buffer can hold: a UTF-8 or UTF-16 file cannot encode lone surrogates.</summary>
    private const string LoneSurrogates = "Lone surrogates \uD800 here and \uDC00 there, a pair \uD83D\uDE00 and a reversed pair \uDE00\uD83D.";

    /// <summary>Seed text that tries every way out of a string literal, a comment or a doc comment.</summary>
    public static readonly string InjectionText = string.Join("\n", new[]
    {
        "Acme Corp said on March 5, 2025 that revenue rose 12% to $3.2bn, up from \"$2.9bn\" in 2024.",
        "A quote \" and a raw delimiter \"\"\" and a backslash \\ and a double one \\\\ and a trailing one \\",
        "Braces {0} and {{ twice }} and $\"{interpolated}\" and {\"json\": [1, 2]}.",
        "A comment ends */ here, another starts /* here, and // a line comment follows.",
        "#error this line must not become a directive",
        "#if false",
        "#pragma warning disable",
        "#line 1 \"evil.cs\"",
        "#nullable disable",
        "</summary><!-- a comment --> & &amp; &#x41; <see cref=\"Evil\"/> <![CDATA[ x ]]> <para>",
        "///<summary>forged doc</summary>",
        "Escapes stay text: \\u0022 \\u000A \\x41 \\U0001F600 \\n \\t \\0.",
        LoneSurrogates,
        "Bidi controls \u202E reversed \u202C, \u2066isolated\u2069, \u200F marks \u200E and \u061C.",
        "Controls \u0001 \u001B[31m \u007F \u0008 and noncharacters \uFFFE \uFFFF and a BOM \uFEFF inside.",
        "Tabs\tand\vvertical\ffeeds.",
        "\"; } } public static class Evil { public static void Main() { System.Console.WriteLine(\"pwned\"); } } /*",
        "public const string Path = \"hacked\"; public const string Text = @\"x\"\"\";",
        "@\"verbatim\" and \"utf8\"u8 and $$\"\"\"raw {{x}}\"\"\" and 'c' and '\\''.",
        "Line separators\u2028inside\u2029a\u0085line.",
        "Acme Corp's CEO Jane Roe said that the company would invest up to \u20AC450 million from 2025 to 2027.",
    });

    /// <summary>Multi-line, fact-rich text whose line breaks each variant swaps.</summary>
    private static readonly string[] FactLines =
    {
        "Nordwind AG, a maker of turbines, reported revenue of \u20AC1.2 billion for 2024.",
        "  Its chief executive, Maria Schmidt, said that orders rose 15% in the first quarter.",
        "",
        "From 2021 to 2023 the company hired 2,500 engineers in Chile, Peru and Mexico.",
        "The 10-year programme costs about $30m a year.",
    };

    /// <summary>The seeds the generator must turn into code.</summary>
    public static IEnumerable<HostileSeed> Generating => All.Where(s => s.DiagnosticId is null);

    /// <summary>The expected class name of seeds whose file names are hostile.</summary>
    public static IReadOnlyDictionary<string, string> TypeNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["class.txt"] = "Class",
        ["2024 annual report.txt"] = "_2024AnnualReport",
        ["my.seed.v2.txt"] = "MySeedV2",
        ["q3-results.md"] = "Q3Results",
        ["\u00FCbersicht \u00FCber.txt"] = "\u00DCbersicht\u00DCber",
        ["\u65E5\u672C\u8A9E.txt"] = "\u65E5\u672C\u8A9E",
        ["Money.txt"] = "MoneySeed",
        ["-.txt"] = "Seed",
        ["a b.txt"] = "AB",
    };

    /// <summary>Every hostile seed (declared after the tables it is built from).</summary>
    public static IReadOnlyList<HostileSeed> All { get; } = Build();

    private static List<HostileSeed> Build()
    {
        var seeds = new List<HostileSeed>
        {
            new("empty.txt", Array.Empty<byte>(), Decoding.Compiler, "SEED002"),
            new("whitespace.txt", Utf8(" \r\n\t\u2028 \u00A0\n"), Decoding.Compiler, "SEED002"),
            new("bom-utf8.txt", Bom(Encoding.UTF8, Lines("\r\n")), Decoding.Compiler),
            new("utf16-le.txt", Bom(new UnicodeEncoding(bigEndian: false, byteOrderMark: true), Lines("\n")), Decoding.Compiler),
            new("utf16-be.txt", Bom(new UnicodeEncoding(bigEndian: true, byteOrderMark: true), Lines("\r\n")), Decoding.Compiler),
            new("latin1-compiler.txt", Latin1("First line.\nCaf\u00E9 prices rose 5%."), Decoding.Compiler, "SEED003", 1, 3),
            new("latin1-editor.txt", Latin1("First line.\nCaf\u00E9 prices rose 5%."), Decoding.Replacement, "SEED003", 1, 3),
            new("binary-compiler.txt", Png(), Decoding.Compiler, "SEED001"),
            new("binary-editor.txt", Png(), Decoding.Replacement, "SEED003"),
            new("nul-lf.txt", Utf8("Header line.\nab\0cd"), Decoding.Compiler, "SEED003", 1, 2),
            new("nul-crlf.txt", Utf8("Header line.\r\nx\r\nab\0cd"), Decoding.Compiler, "SEED003", 2, 2),
            new("nul-cr.txt", Utf8("Header line.\rab\0cd"), Decoding.Compiler, "SEED003", 1, 2),
            new("nul-ls.txt", Utf8("Header line.\u2028\u2029ab\0cd"), Decoding.Compiler, "SEED003", 2, 2),
            new("lines-lf.txt", Utf8(Lines("\n")), Decoding.Compiler),
            new("lines-crlf.txt", Utf8(Lines("\r\n")), Decoding.Compiler),
            new("lines-cr.txt", Utf8(Lines("\r")), Decoding.Compiler),
            new("lines-ls.txt", Utf8(Lines("\u2028")), Decoding.Compiler),
            new("lines-mixed.txt", Utf8(FactLines[0] + "\r\n" + FactLines[1] + "\r" + FactLines[2] + "\u2029" + FactLines[3] + "\u0085" + FactLines[4]), Decoding.Compiler),
            new("long-lines.txt", Utf8(LongLines()), Decoding.Compiler),
            new("at-limit.txt", Utf8(new string('\u00E9', MaxSeedBytes / 2)), Decoding.Compiler),
            new("over-limit.txt", Utf8("Big.\n" + new string('\u00E9', MaxSeedBytes / 2)), Decoding.Compiler, "SEED004"),
            new("injection.txt", DecodedText.CodeUnits(InjectionText), Decoding.InMemory),
            new("injection-file.txt", Utf8(InjectionText.Replace(LoneSurrogates, "No lone surrogates in a file.")), Decoding.Compiler),
            new("a-b.txt", Utf8("Clashes with 'a b.txt', which sorts first.\nSecond line."), Decoding.Compiler, "SEED005"),
        };

        foreach (var fileName in TypeNames.Keys)
        {
            seeds.Add(new HostileSeed(fileName, Utf8("The seed " + fileName + " says revenue rose 3% in 2024."), Decoding.Compiler));
        }

        return seeds;
    }

    private static string Lines(string newline) => string.Join(newline, FactLines);

    /// <summary>Three lines of about 10,000 characters: repeated fact-rich sentences without a break.</summary>
    private static string LongLines()
    {
        var line = new StringBuilder();
        while (line.Length < 10_000)
        {
            line.Append("Orbit Labs sold 1,200 units for $4.5 million in 2023 and said that sales rose 8%. ");
        }

        return string.Join("\n", line.ToString(), line.ToString().Replace("Orbit", "Delta"), line.ToString().Replace("8%", "9%"));
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static byte[] Bom(Encoding encoding, string text) => encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

    /// <summary>A PNG header: invalid UTF-8 from the first byte, NUL bytes soon after.</summary>
    private static byte[] Png() => new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00 };
}
