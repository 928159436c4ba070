using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedSdk.Generator.Emitting;
using SeedSdk.Generator.Tests.TestSupport;
using Xunit.Sdk;

namespace SeedSdk.Generator.Tests;

/// <summary>The pipeline caches: unrelated edits re-emit nothing, a seed edit re-emits only that seed.</summary>
public sealed class IncrementalTests
{
    [Fact]
    public void Unrelated_code_edit_leaves_every_tracked_output_cached()
    {
        var (harness, _, _) = TwoSeeds();
        var compilation = CompilationFactory.Consumer();
        var driver = harness.CreateDriver().RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace MyApp { internal static class Extra { } }", CompilationFactory.ParseOptions(LanguageVersion.Latest)));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        IncrementalAssert.AllCached(result);
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached }, IncrementalAssert.Reasons(result, TrackingNames.SeedSections));
        Assert.All(IncrementalAssert.Reasons(result, TrackingNames.GeneratedFiles), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal(2, result.GeneratedSources.Sum(s => GeneratedSections.Split(s.SourceText.ToString()).Count()));
    }

    [Fact]
    public void Editing_one_of_many_seeds_re_emits_only_its_section_and_rebuilds_only_its_file()
    {
        var harness = new GeneratorHarness();
        var seeds = Enumerable.Range(0, 40).Select(i => harness.AddSeed($"s{i:D2}.txt", $"Orbit Labs opened {i + 2} stores in Chile in 2024.")).ToList();
        var compilation = CompilationFactory.Consumer();
        var driver = harness.CreateDriver().RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        var result = driver
            .ReplaceAdditionalText(seeds[7], InMemoryAdditionalText.Of(seeds[7].Path, "Orbit Labs opened 9 stores in Peru in 2025."))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        var sections = IncrementalAssert.Reasons(result, TrackingNames.SeedSections);
        Assert.Equal(1, sections.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(39, sections.Count(r => r == IncrementalStepRunReason.Cached));
        var files = result.TrackedSteps[TrackingNames.GeneratedFiles].SelectMany(step => step.Outputs).ToList();
        var rebuilt = Assert.Single(files, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(GeneratedFiles.HintNameOf("MyApp.Seeds.S07"), ((GeneratedFile)rebuilt.Value).HintName);
        Assert.All(files.Where(output => output != rebuilt), output => Assert.Equal(IncrementalStepRunReason.Unchanged, output.Reason));
        Assert.All(result.GeneratedSources.Where(s => s.HintName != GeneratedFiles.HintNameOf("MyApp.Seeds.S07")), s => Assert.Equal(before[s.HintName], s.SourceText.ToString()));
        Assert.Contains("Peru", GeneratedSections.Of(result, "MyApp.Seeds.S07"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Many_seeds_share_a_bounded_number_of_files_each_class_once()
    {
        var harness = new GeneratorHarness();
        for (var i = 0; i < 300; i++)
        {
            harness.AddSeed($"s{i:D3}.txt", $"Orbit Labs opened {i + 2} stores in 2024.");
        }

        var result = harness.Run();

        Assert.InRange(result.GeneratedSources.Length, 2, GeneratedFiles.FileCount);
        Assert.Equal(300, result.GeneratedSources.Sum(s => GeneratedSections.Split(s.SourceText.ToString()).Count()));
        for (var i = 0; i < 300; i += 37)
        {
            Assert.Contains($"opened {i + 2} stores", GeneratedSections.Of(result, $"MyApp.Seeds.S{i:D3}"), System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Editing_one_of_two_seeds_re_emits_exactly_that_seed()
    {
        var result = RerunWithFirstSeed(FirstText + " Sales grew again in March.");

        var reasons = IncrementalAssert.Reasons(result, TrackingNames.SeedSections);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains("Sales grew again in March.", GeneratedSections.Of(result, "MyApp.Seeds.First"));
    }

    [Fact]
    public void Negative_control_the_cached_assertion_fails_when_a_seed_changed()
    {
        var result = RerunWithFirstSeed("Entirely new text.");

        Assert.Contains(IncrementalAssert.NotCached(result), failure => failure.StartsWith(TrackingNames.SeedSections + ": Modified", System.StringComparison.Ordinal));
        Assert.Throws<TrueException>(() => IncrementalAssert.AllCached(result));
    }

    [Fact]
    public void A_change_that_only_moves_a_diagnostic_emits_no_code()
    {
        var harness = new GeneratorHarness();
        harness.AddSeed("good.txt", FirstText);
        var binary = harness.AddSeed("binary.txt", "ab\0cd");
        var compilation = CompilationFactory.Consumer();
        var driver = harness.CreateDriver().RunGenerators(compilation);

        var result = driver
            .ReplaceAdditionalText(binary, InMemoryAdditionalText.Of(binary.Path, "abc\0d"))
            .RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(IncrementalAssert.Reasons(result, TrackingNames.SeedSections), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        Assert.Contains(IncrementalStepRunReason.Modified, IncrementalAssert.Reasons(result, TrackingNames.SeedDiagnostics));
        Assert.Equal(3, Assert.Single(result.Diagnostics).Location.GetLineSpan().StartLinePosition.Character);
    }

    [Fact]
    public void Step_outputs_hold_no_roslyn_objects()
    {
        var (harness, _, _) = TwoSeeds();

        var result = harness.Run();

        // That step pairs each AdditionalText with the options provider by design; it feeds the reader only.
        Assert.Empty(IncrementalAssert.ForbiddenObjects(result, TrackingNames.AdditionalFilesWithOptions));
        Assert.NotEmpty(IncrementalAssert.ForbiddenObjects(result));
    }

    [Fact]
    public void Every_tracking_name_is_used()
    {
        var (harness, _, _) = TwoSeeds();

        var result = harness.Run();

        Assert.All(IncrementalAssert.TrackingNameValues, name => Assert.True(result.TrackedSteps.ContainsKey(name), name));
    }

    private const string FirstText = "Orbit Labs opened 40 stores in Chile in 2024.";

    /// <summary>Runs on two seeds, replaces the first seed's text, and returns the second run.</summary>
    private static GeneratorRunResult RerunWithFirstSeed(string newText)
    {
        var (harness, first, _) = TwoSeeds();
        var compilation = CompilationFactory.Consumer();
        var driver = harness.CreateDriver().RunGenerators(compilation);
        return driver
            .ReplaceAdditionalText(first, InMemoryAdditionalText.Of(first.Path, newText))
            .RunGenerators(compilation).GetRunResult().Results.Single();
    }

    private static (GeneratorHarness Harness, AdditionalText First, AdditionalText Second) TwoSeeds()
    {
        var harness = new GeneratorHarness();
        var first = harness.AddSeed("first.txt", FirstText);
        var second = harness.AddSeed("second.md", "# Second\nThe council met in Lyon on 3 May 2023.");
        return (harness, first, second);
    }
}
