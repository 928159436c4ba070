using System.Linq;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Generator.Tests.Reliability;

/// <summary>
/// Explicit SeedSdkTypeName values that are valid identifiers yet special to the compiler (contextual
/// keywords, all-lower-case names, '_'): the seed either gets SEED006 or generates code that compiles
/// with warnings as errors — never a build broken by a warning in generated code.
/// </summary>
public sealed class TypeNameTests
{
    [Theory]
    [InlineData("record")]
    [InlineData("report")]
    [InlineData("var")]
    [InlineData("dynamic")]
    [InlineData("nameof")]
    [InlineData("value")]
    [InlineData("global")]
    [InlineData("async")]
    [InlineData("await")]
    [InlineData("partial")]
    [InlineData("file")]
    [InlineData("required")]
    [InlineData("scoped")]
    [InlineData("_")]
    [InlineData("__")]
    [InlineData("\u00C9quipe")]
    [InlineData("Seeds")]
    [InlineData("MyApp")]
    [InlineData("System")]
    [InlineData("SeedSdk")]
    public void A_special_type_name_is_rejected_or_compiles_cleanly(string typeName)
    {
        var harness = new GeneratorHarness();
        var file = harness.AddSeed("named.txt", "Acme Corp said revenue rose 12% to $3.2bn in 2024.", typeName);
        harness.AddSeed("other.txt", "Orbit Labs opened 40 stores in Lima.");

        var (result, compilation) = GeneratedCode.RunAndCompile(harness);

        var diagnostics = result.Diagnostics.Where(d => d.Location.GetLineSpan().Path == file.Path).ToList();
        var generated = GeneratedCode.SeedClasses(compilation).ContainsKey("seeds/named.txt");
        Assert.True(generated ? diagnostics.Count == 0 : diagnostics.Single().Id == "SEED006", string.Join("\n", diagnostics));
        Assert.True(GeneratedCode.SeedClasses(compilation).ContainsKey("seeds/other.txt"));
    }
}
