using System.Globalization;
using System.Linq;
using SeedSdk.Generator.Parsing;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Generator.Tests.Reliability;

/// <summary>Without SeedSdkMaxSeedBytes a seed over the default limit is skipped with SEED004, counted in UTF-8 bytes.</summary>
public sealed class SizeLimitTests
{
    [Fact]
    public void A_seed_one_byte_over_the_default_limit_gets_SEED004_and_others_still_generate()
    {
        Assert.Equal(2L * 1024 * 1024, GlobalOptionsReader.DefaultMaxSeedBytes);
        var harness = new GeneratorHarness();
        var large = harness.AddSeed("large.txt", "First line.\n" + new string('\u00E9', (int)(GlobalOptionsReader.DefaultMaxSeedBytes - 12) / 2) + "x");
        harness.AddSeed("small.txt", "Orbit Labs opened 40 stores.");

        var (result, compilation) = GeneratedCode.RunAndCompile(harness);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("SEED004", large.Path, 0, 0), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("has 2097153 bytes", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(new[] { "seeds/small.txt" }, GeneratedCode.SeedClasses(compilation).Keys.ToArray());
    }
}
