using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Generator.Tests.Reliability;

/// <summary>
/// The same seeds give byte-identical generated files and the same diagnostics whatever the current
/// culture and whatever order the AdditionalFiles arrive in; generated text never holds '\r', so the
/// machine's newline convention cannot leak in.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly string[] Cultures = { "tr-TR", "fi-FI", "ar-SA", "zh-CN" };

    private static readonly Lazy<Output> Baseline = new(() => Under("en-US", () => Generate(Corpus())));

    public static TheoryData<string> CultureNames() => new(Cultures);

    [Theory]
    [MemberData(nameof(CultureNames))]
    public void Output_is_byte_identical_under_the_culture(string culture)
    {
        var actual = Under(culture, () => Generate(Corpus()));

        AssertSame(Baseline.Value, actual);
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_order_of_the_additional_files()
    {
        var corpus = Corpus();
        var random = new Random(20_251_129);
        var shuffled = corpus.OrderBy(_ => random.Next()).ToList();
        Assert.NotEqual(corpus.Select(s => s.FileName), shuffled.Select(s => s.FileName));

        AssertSame(Baseline.Value, Generate(Enumerable.Reverse(corpus).ToList()));
        AssertSame(Baseline.Value, Generate(shuffled));
    }

    [Fact]
    public void Generated_text_has_only_LF_line_breaks_and_is_stable_across_runs()
    {
        Assert.NotEmpty(Baseline.Value.Sources);
        Assert.All(Baseline.Value.Sources.Values, text => Assert.DoesNotContain('\r', text));
        AssertSame(Baseline.Value, Generate(Corpus()));
    }

    private static T Under<T>(string culture, Func<T> action)
    {
        var (savedCulture, savedUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (savedCulture, savedUiCulture);
        }
    }

    /// <summary>The hostile corpus plus every seed document of the repository.</summary>
    private static List<HostileSeed> Corpus()
    {
        var corpus = HostileSeeds.All.ToList();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            corpus.Add(new HostileSeed(Path.GetFileName(file), File.ReadAllBytes(file), Decoding.Compiler));
        }

        return corpus;
    }

    private static Output Generate(IReadOnlyList<HostileSeed> seeds)
    {
        var result = HostileSeedTests.Harness(seeds).Run();
        Assert.Null(result.Exception);
        var sources = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var diagnostics = result.Diagnostics.Select(Describe).OrderBy(d => d, StringComparer.Ordinal).ToList();
        return new Output(sources, diagnostics);
    }

    private static string Describe(Diagnostic diagnostic)
        => diagnostic.Id + " " + diagnostic.Location.GetLineSpan() + " " + diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static void AssertSame(Output expected, Output actual)
    {
        Assert.Equal(expected.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal), actual.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (hintName, text) in expected.Sources)
        {
            Assert.True(string.Equals(text, actual.Sources[hintName], StringComparison.Ordinal), hintName + " differs");
        }

        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
    }

    private sealed record Output(IReadOnlyDictionary<string, string> Sources, IReadOnlyList<string> Diagnostics);
}
