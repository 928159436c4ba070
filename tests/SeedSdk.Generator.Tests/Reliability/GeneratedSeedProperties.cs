using System;
using System.Globalization;
using System.Linq;
using CsCheck;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Generator.Tests.Reliability;

/// <summary>
/// For generated seed texts, several per build: the generator never fails; a seed either gets exactly one
/// located SEED002/SEED003 (empty, NUL, U+FFFD) or generates code that compiles with warnings as errors
/// and whose constants and facts read back exactly.
/// </summary>
public sealed class GeneratedSeedProperties
{
    /// <summary>Builds (generator run + compile + load) per run; each holds <see cref="SeedsPerBuild"/> seeds.</summary>
    public const int Builds = 60;

    public const int SeedsPerBuild = 4;

    private static readonly string[] SkipIds = { "SEED002", "SEED003" };

    [Fact]
    public void Generated_seeds_compile_and_read_back_exactly()
        => SeedTextGen.Seed.Array[SeedsPerBuild].Sample(
            texts =>
            {
                var harness = new GeneratorHarness();
                for (var i = 0; i < texts.Length; i++)
                {
                    harness.AddFile(new DecodedText(PathOf(i), DecodedText.CodeUnits(texts[i]), Decoding.InMemory), RelativePathOf(i));
                }

                var (result, compilation) = GeneratedCode.RunAndCompile(harness);
                var classes = GeneratedCode.SeedClasses(compilation);
                var generated = texts.Select((text, i) => (text, i)).Where(x => classes.ContainsKey(RelativePathOf(x.i))).ToDictionary(x => RelativePathOf(x.i), x => x.text);
                for (var i = 0; i < texts.Length; i++)
                {
                    var diagnostics = result.Diagnostics.Where(d => d.Location.GetLineSpan().Path == PathOf(i)).ToList();
                    if (generated.ContainsKey(RelativePathOf(i)))
                    {
                        Assert.Empty(diagnostics);
                        GeneratedCode.AssertConstantsRoundTrip(classes[RelativePathOf(i)], texts[i], RelativePathOf(i));
                    }
                    else
                    {
                        Assert.Contains(Assert.Single(diagnostics).Id, SkipIds);
                    }
                }

                if (generated.Count > 0)
                {
                    GeneratedCode.AssertRuntimeFacts(compilation, generated);
                }
            },
            iter: Builds,
            print: texts => string.Join(" | ", texts.Select(Show)));

    private static string RelativePathOf(int index) => "seeds/generated-" + index.ToString(CultureInfo.InvariantCulture) + ".txt";

    private static string PathOf(int index) => GeneratorHarness.ProjectDirectory + RelativePathOf(index);

    private static string Show(string text)
        => "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + "\"";
}
