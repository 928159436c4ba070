using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Diagnostics;
using SeedSdk.Generator.Emitting;
using SeedSdk.Generator.Model;
using SeedSdk.Generator.Parsing;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Generator.Tests;

using FactKind = SeedSdk.Extraction.Model.FactKind;
using SourceSpan = SeedSdk.Extraction.Model.SourceSpan;

/// <summary>One test per diagnostic: ID, severity, and location in the seed file.</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void SEED001_unreadable_seed_is_an_error_in_that_file()
    {
        var harness = new GeneratorHarness();
        var file = harness.AddFile(InMemoryAdditionalText.Unreadable(GeneratorHarness.ProjectDirectory + "seeds/locked.txt"), "seeds/locked.txt");
        harness.AddSeed("fine.txt", "Orbit Labs opened a store.");

        var result = harness.Run();

        var diagnostic = Single(result, "SEED001", DiagnosticSeverity.Error);
        AssertLocation(diagnostic, file.Path, 0, 0, 0, 0);
        Assert.Equal(GeneratedFiles.HintNameOf("MyApp.Seeds.Fine"), Assert.Single(result.GeneratedSources).HintName);
    }

    [Fact]
    public void SEED002_empty_seed_is_a_warning_spanning_the_file()
    {
        var harness = new GeneratorHarness();
        var file = harness.AddSeed("blank.txt", "  \n\t\n ");

        var result = harness.Run();

        AssertLocation(Single(result, "SEED002", DiagnosticSeverity.Warning), file.Path, 0, 0, 2, 1);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void SEED003_binary_content_is_reported_at_the_first_bad_character()
    {
        var harness = new GeneratorHarness();
        var nul = harness.AddSeed("image.txt", "header line\nab\0cd");
        var invalid = harness.AddSeed("latin1.txt", "caf\uFFFD au lait");

        var result = harness.Run();

        var diagnostics = Many(result, "SEED003", DiagnosticSeverity.Warning);
        AssertLocation(diagnostics.Single(d => d.Location.GetLineSpan().Path == nul.Path), nul.Path, 1, 2, 1, 3);
        AssertLocation(diagnostics.Single(d => d.Location.GetLineSpan().Path == invalid.Path), invalid.Path, 0, 3, 0, 4);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void SEED004_seed_over_the_size_limit_is_skipped_with_a_warning_on_its_first_line()
    {
        var harness = new GeneratorHarness().WithGlobal(GeneratorHarness.MaxSeedBytesProperty, "20");
        var large = harness.AddSeed("large.txt", "First line here.\nSecond line is long enough.");
        harness.AddSeed("small.txt", "Tiny.");

        var result = harness.Run();

        var diagnostic = Single(result, "SEED004", DiagnosticSeverity.Warning);
        AssertLocation(diagnostic, large.Path, 0, 0, 0, 16);
        Assert.Contains("more than SeedSdkMaxSeedBytes (20)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(GeneratedFiles.HintNameOf("MyApp.Seeds.Small"), Assert.Single(result.GeneratedSources).HintName);
    }

    [Fact]
    public void SEED005_second_seed_with_the_same_type_name_is_an_error_naming_both_files()
    {
        var harness = new GeneratorHarness();
        var first = harness.AddSeed("a.txt", "Alpha text.", typeName: "Report");
        var second = harness.AddSeed("b.txt", "Beta text.\nMore.", typeName: "Report");

        var result = harness.Run();

        var diagnostic = Single(result, "SEED005", DiagnosticSeverity.Error);
        AssertLocation(diagnostic, second.Path, 0, 0, 0, 10);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'seeds/a.txt'", message);
        Assert.Contains("'seeds/b.txt'", message);
        Assert.DoesNotContain(GeneratorHarness.ProjectDirectory, message);
        Assert.EndsWith("seeds/a.txt", first.Path);
        Assert.Contains("Alpha text.", GeneratorHarness.SingleSource(result));
    }

    [Fact]
    public void SEED005_type_names_differing_only_in_case_clash_too()
    {
        var harness = new GeneratorHarness();
        harness.AddSeed("a.txt", "Alpha.", typeName: "Report");
        var second = harness.AddSeed("b.txt", "Beta.", typeName: "REPORT");

        var result = harness.Run();

        Assert.Equal(second.Path, Single(result, "SEED005", DiagnosticSeverity.Error).Location.GetLineSpan().Path);
        Assert.Single(result.GeneratedSources);
    }

    [Theory]
    [InlineData("1Report")]
    [InlineData("My Report")]
    [InlineData("class")]
    [InlineData("Money")]
    [InlineData("Path")]
    public void SEED006_invalid_or_reserved_type_name_is_an_error_with_the_value(string typeName)
    {
        var harness = new GeneratorHarness();
        var file = harness.AddSeed("report.txt", "Quarterly report.\nDetails.", typeName: typeName);

        var result = harness.Run();

        var diagnostic = Single(result, "SEED006", DiagnosticSeverity.Error);
        AssertLocation(diagnostic, file.Path, 0, 0, 0, 17);
        Assert.Contains("'" + typeName + "'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("My App.Seeds")]
    [InlineData("MyApp..Seeds")]
    [InlineData("MyApp.class")]
    [InlineData("9Seeds")]
    public void SEED007_invalid_namespace_is_an_error_and_code_goes_to_the_fallback(string ns)
    {
        var harness = new GeneratorHarness().WithGlobal(GeneratorHarness.NamespaceProperty, ns);
        harness.AddSeed("report.txt", "Quarterly report.");

        var result = harness.Run();

        var diagnostic = Single(result, "SEED007", DiagnosticSeverity.Error);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Contains("'" + ns + "'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(GeneratedFiles.HintNameOf("Seeds.Report"), Assert.Single(result.GeneratedSources).HintName);
    }

    [Fact]
    public void SEED008_malformed_fact_is_dropped_with_a_warning_at_its_span()
    {
        const string Text = "Intro line.\nLaunch on 2025-13 was planned.";
        var document = new SampleDocuments.DocumentBuilder(Text)
            .Add(FactKind.Date, "Launch", "2025-13", f => f with { Date = "2025-13" })
            .Add(FactKind.Ratio, "Half", "planned", f => f with { Value = 0.5m })
            .Build("seeds/launch.txt", "Intro line.");
        var diagnostics = new List<DiagnosticInfo>();

        var kept = FactValidator.Validate(document, "/src/MyApp/seeds/launch.txt", SourceText.From(Text), diagnostics);

        var diagnostic = Assert.Single(diagnostics).ToDiagnostic();
        Assert.Equal("SEED008", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertLocation(diagnostic, "/src/MyApp/seeds/launch.txt", 1, 10, 1, 17);
        Assert.Equal("Half", Assert.Single(kept.Facts).Name);
    }

    [Fact]
    public void SEED099_a_failing_seed_reports_an_internal_error_and_others_still_generate()
    {
        var harness = new GeneratorHarness();
        var file = harness.AddFile(InMemoryAdditionalText.Throwing(GeneratorHarness.ProjectDirectory + "seeds/broken.txt", "disk on fire"), "seeds/broken.txt");
        harness.AddSeed("fine.txt", "Orbit Labs opened a store.");

        var result = harness.Run();

        var diagnostic = Single(result, "SEED099", DiagnosticSeverity.Error);
        AssertLocation(diagnostic, file.Path, 0, 0, 0, 0);
        Assert.Contains("disk on fire", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(result.Exception);
        Assert.Single(result.GeneratedSources);
    }

    [Fact]
    public void No_message_names_a_machine_path_only_project_relative_ones()
    {
        var harness = new GeneratorHarness();
        harness.AddFile(InMemoryAdditionalText.Unreadable(GeneratorHarness.ProjectDirectory + "seeds/locked.txt"), "seeds/locked.txt");
        harness.AddFile(InMemoryAdditionalText.Throwing(GeneratorHarness.ProjectDirectory + "seeds/broken.txt", "disk on fire"), "seeds/broken.txt");
        harness.AddSeed("twice.txt", "Orbit Labs opened a store.");
        harness.AddSeed("twice.txt", "Orbit Labs opened a store.");
        harness.AddSeed("a.txt", "Alpha.", typeName: "Report");
        harness.AddSeed("b.txt", "Beta.", typeName: "Report");
        harness.AddSeed("empty.txt", " ");
        harness.AddSeed("bad-name.txt", "Gamma.", typeName: "not valid");

        var result = harness.Run();

        var messages = result.Diagnostics.ToDictionary(d => d.Id, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new[] { "SEED001", "SEED002", "SEED005", "SEED006", "SEED009", "SEED099" }, messages.Keys.OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(messages.Values, message => Assert.DoesNotContain(GeneratorHarness.ProjectDirectory, message));
        Assert.Contains("'seeds/locked.txt'", messages["SEED001"]);
        Assert.Contains("'seeds/broken.txt'", messages["SEED099"]);
        Assert.Contains("'seeds/twice.txt'", messages["SEED009"]);
        Assert.Contains("'seeds/b.txt'", messages["SEED005"]);
    }

    [Fact]
    public void Every_descriptor_is_listed_in_the_unshipped_release_notes()
    {
        var notes = System.IO.File.ReadAllText(SeedSdk.Testing.RepoFiles.PathOf("src/SeedSdk.Generator/AnalyzerReleases.Unshipped.md"));
        var descriptors = typeof(DiagnosticDescriptors).GetFields().Select(f => (DiagnosticDescriptor)f.GetValue(null)!).ToList();

        Assert.All(descriptors, d => Assert.Contains(d.Id + " | SeedSdk | " + d.DefaultSeverity, notes));
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
    }

    private static Diagnostic Single(GeneratorRunResult result, string id, DiagnosticSeverity severity)
        => Assert.Single(Many(result, id, severity));

    private static IReadOnlyList<Diagnostic> Many(GeneratorRunResult result, string id, DiagnosticSeverity severity)
    {
        var found = GeneratorHarness.Diagnostics(result, id);
        Assert.NotEmpty(found);
        Assert.All(found, d => Assert.Equal(severity, d.Severity));
        Assert.All(found, d => Assert.Equal("SeedSdk", d.Descriptor.Category));
        return found;
    }

    private static void AssertLocation(Diagnostic diagnostic, string path, int startLine, int startColumn, int endLine, int endColumn)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(new LinePositionSpan(new LinePosition(startLine, startColumn), new LinePosition(endLine, endColumn)), span.Span);
    }
}
