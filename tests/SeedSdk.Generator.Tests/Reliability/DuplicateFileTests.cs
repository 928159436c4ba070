using System.Linq;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Generator.Tests.Reliability;

/// <summary>
/// A seed listed twice as an AdditionalFile (an explicit Include beside the package's seeds/** glob) never
/// crashes the generator (two sources with one hint name would) and never fails silently: it either
/// generates once, or gets a located SEED009 error that says so. Today it gets SEED009.
/// </summary>
public sealed class DuplicateFileTests
{
    [Fact]
    public void A_seed_listed_twice_never_crashes_and_is_never_silently_lost()
    {
        var harness = new GeneratorHarness();
        var twice = harness.AddSeed("twice.txt", "Acme Corp opened 40 stores in Lima in 2024.");
        harness.AddSeed("twice.txt", "Acme Corp opened 40 stores in Lima in 2024.");
        harness.AddSeed("other.txt", "Orbit Labs hired 300 engineers.");

        var (result, compilation) = GeneratedCode.RunAndCompile(harness);

        var classes = GeneratedCode.SeedClasses(compilation);
        Assert.Contains("seeds/other.txt", classes.Keys);
        if (!classes.ContainsKey("seeds/twice.txt"))
        {
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(("SEED009", twice.Path), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
            Assert.Contains("more than once", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            Assert.Empty(result.Diagnostics);
        }
    }
}
