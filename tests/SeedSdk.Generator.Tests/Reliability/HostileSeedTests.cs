using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Generator.Tests.Reliability;

/// <summary>
/// The whole hostile corpus in one build, as a project with many seeds would have it: the generator
/// never fails, each bad seed gets its located SEEDnnn diagnostic, every other seed still generates,
/// and the output compiles with warnings as errors and reads back exactly.
/// </summary>
public sealed class HostileSeedTests
{
    private static readonly Lazy<(GeneratorRunResult Result, CSharpCompilation Compilation)> Run = new(() => GeneratedCode.RunAndCompile(Harness(HostileSeeds.All)));

    public static TheoryData<string> BadSeeds() => new(HostileSeeds.All.Where(s => s.DiagnosticId is not null).Select(s => s.FileName));

    public static TheoryData<string> GoodSeeds() => new(HostileSeeds.Generating.Select(s => s.FileName));

    [Theory]
    [MemberData(nameof(BadSeeds))]
    public void A_bad_seed_gets_its_diagnostic_at_the_right_line_and_column(string fileName)
    {
        var seed = Seed(fileName);
        var path = GeneratorHarness.ProjectDirectory + seed.RelativePath;

        var inFile = Run.Value.Result.Diagnostics.Where(d => d.Location.GetLineSpan().Path == path).ToList();

        var diagnostic = Assert.Single(inFile);
        Assert.Equal(seed.DiagnosticId, diagnostic.Id);
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((seed.Line, seed.Column), (start.Line, start.Character));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage(CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(seed.RelativePath, GeneratedCode.SeedClasses(Run.Value.Compilation).Keys);
    }

    [Theory]
    [MemberData(nameof(GoodSeeds))]
    public void Every_other_seed_generates_and_its_constants_read_back_exactly(string fileName)
    {
        var seed = Seed(fileName);
        var path = GeneratorHarness.ProjectDirectory + seed.RelativePath;
        Assert.DoesNotContain(Run.Value.Result.Diagnostics, d => d.Location.GetLineSpan().Path == path);

        var seedClass = GeneratedCode.SeedClasses(Run.Value.Compilation)[seed.RelativePath];

        GeneratedCode.AssertConstantsRoundTrip(seedClass, TextOf(seed), seed.RelativePath);
        if (HostileSeeds.TypeNames.TryGetValue(fileName, out var typeName))
        {
            Assert.Equal(typeName, seedClass.Name);
        }
    }

    [Fact]
    public void The_generated_facts_run_with_their_exact_text_and_source()
        => GeneratedCode.AssertRuntimeFacts(Run.Value.Compilation, HostileSeeds.Generating.ToDictionary(s => s.RelativePath, TextOf));

    [Fact]
    public void Only_the_expected_diagnostics_are_reported()
    {
        var expected = HostileSeeds.All.Where(s => s.DiagnosticId is not null).Select(s => s.DiagnosticId + " " + s.FileName).OrderBy(x => x, StringComparer.Ordinal);
        var actual = Run.Value.Result.Diagnostics.Select(d => d.Id + " " + System.IO.Path.GetFileName(d.Location.GetLineSpan().Path)).OrderBy(x => x, StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_injection_seed_compiles_under_CSharp_8_too()
    {
        var seed = Seed("injection.txt");

        var (_, compilation) = GeneratedCode.RunAndCompile(Harness(new[] { seed }), LanguageVersion.CSharp8);

        GeneratedCode.AssertConstantsRoundTrip(GeneratedCode.SeedClasses(compilation)[seed.RelativePath], TextOf(seed), seed.RelativePath);
    }

    [Fact]
    public void Generated_code_holds_no_raw_control_bidi_or_line_separator_characters()
    {
        // Such characters make the code a reader sees differ from the code the compiler sees ("trojan source").
        foreach (var source in Run.Value.Result.GeneratedSources)
        {
            var text = source.SourceText.ToString();
            var bad = FirstInvisible(text);
            Assert.True(bad < 0, $"{source.HintName}: U+{(bad < 0 ? 0 : text[bad]):X4} at offset {bad}");
        }
    }

    [Fact]
    public void Doc_comment_lines_stay_short_even_for_10000_character_lines()
    {
        var source = Run.Value.Result.GeneratedSources.Single(s => s.SourceText.ToString().Contains("\"seeds/long-lines.txt\"", StringComparison.Ordinal));

        var docLines = source.SourceText.ToString().Split('\n').Where(l => l.TrimStart().StartsWith("///", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(docLines);
        Assert.All(docLines, line => Assert.InRange(line.Length, 0, 600));
    }

    internal static GeneratorHarness Harness(IEnumerable<HostileSeed> seeds)
    {
        var harness = new GeneratorHarness().WithGlobal(GeneratorHarness.MaxSeedBytesProperty, HostileSeeds.MaxSeedBytes.ToString(CultureInfo.InvariantCulture));
        foreach (var seed in seeds)
        {
            harness.AddFile(new DecodedText(GeneratorHarness.ProjectDirectory + seed.RelativePath, seed.Bytes, seed.Decoding), seed.RelativePath);
        }

        return harness;
    }

    internal static string TextOf(HostileSeed seed)
        => new DecodedText(seed.RelativePath, seed.Bytes, seed.Decoding).GetText()!.ToString();

    private static HostileSeed Seed(string fileName) => HostileSeeds.All.Single(s => s.FileName == fileName);

    private static bool IsBidiControl(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The offset of the first control (other than '\n'), bidi control, line separator or unpaired surrogate, or -1.</summary>
    /// <summary>Whether only tabs stand between the start of the line and <paramref name="index"/>: the emitter indents with tabs.</summary>
    private static bool IsIndentation(string text, int index)
    {
        for (var i = index - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }

    private static int FirstInvisible(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if ((char.IsControl(c) && c != '\n' && !(c == '\t' && IsIndentation(text, i))) || c is '\u2028' or '\u2029' || char.IsSurrogate(c) || IsBidiControl(c))
            {
                return i;
            }
        }

        return -1;
    }
}
