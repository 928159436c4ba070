// Approved-file snapshots of generated code. The *.approved.txt files sit beside this file.
// After an intended change (for example a better extractor), review the *.received.txt written on
// failure, then accept all snapshots with:
//
//     SEEDSDK_ACCEPT=1 dotnet test tests/SeedSdk.Generator.Tests --filter "FullyQualifiedName~SnapshotTests"
//
// (PowerShell: $env:SEEDSDK_ACCEPT=1; dotnet test ...). Accepting never happens when CI=true.
using System;
using System.IO;
using SeedSdk.Generator.Emitting;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Generator.Tests.Snapshots;

public sealed class SnapshotTests
{
    public const string SeedFile = "000_8b5633673b5c9d83.txt";

    /// <summary>The seed article, copied to the test output by the project file.</summary>
    public static string SeedText() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", SeedFile));

    [Fact]
    public void Seed_article_generates_the_approved_source()
    {
        var harness = new GeneratorHarness();
        harness.AddSeed(SeedFile, SeedText(), typeName: "LeiJunInterview");

        var result = harness.Run();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(GeneratedFiles.HintNameOf("MyApp.Seeds.LeiJunInterview"), Assert.Single(result.GeneratedSources).HintName);
        // The #line directives name the seed by the path the compiler knows it by, which differs between systems.
        Approvals.Verify(GeneratorHarness.SingleSource(result).Replace(GeneratorHarness.ProjectDirectory, "/src/MyApp/", StringComparison.Ordinal), "LeiJunInterview");
    }

    [Fact]
    public void Document_with_every_kind_emits_the_approved_source()
    {
        var source = SeedEmitter.Emit(SampleDocuments.Model(SampleDocuments.AllKinds()));

        Approvals.Verify(source, "AllKinds");
    }
}
