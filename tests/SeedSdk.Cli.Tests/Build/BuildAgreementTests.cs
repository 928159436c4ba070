using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SeedSdk.Cli.Tests.Build;

/// <summary>
/// <c>check</c> and <c>generate</c> against a real <c>dotnet build</c> of the same seeds: the same diagnostics,
/// one for one, and the same generated files, byte for byte.
/// </summary>
[Collection(RealBuildCollection.Name)]
public class BuildAgreementTests
{
    private readonly RealBuild _build;

    public BuildAgreementTests(RealBuild build) => _build = build;

    [Fact]
    public void The_build_reports_every_problem_the_probe_seeds_have()
    {
        var ids = _build.Diagnostics.Select(d => d.Split(": ")[1]).ToList();
        Assert.True(ids.Count(i => i == "error SEED005") == 1, _build.Output);
        Assert.Equal(1, ids.Count(i => i == "warning SEED004"));
        Assert.Equal(2, ids.Count(i => i == "warning SEED002"));
        Assert.Equal(2, ids.Count(i => i == "warning SEED003"));
    }

    [Fact]
    public void Check_prints_the_builds_diagnostics_one_for_one_and_fails_as_the_build_does()
    {
        var run = CliRun.In(_build.Root, "check", "seeds", "--namespace", ProbeSeeds.Namespace, "--max-seed-bytes", ProbeSeeds.MaxSeedBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var printed = Lines(run.Stdout).Where(l => !l.StartsWith("check: ", StringComparison.Ordinal)).OrderBy(l => l, StringComparer.Ordinal).ToList();
        Assert.Equal(_build.Diagnostics, printed);
        Assert.Equal(1, run.ExitCode);
        var errors = _build.Diagnostics.Count(d => IsSeverity(d, "error"));
        var warnings = _build.Diagnostics.Count(d => IsSeverity(d, "warning"));
        Assert.EndsWith($"check: 10 seeds, {errors} error{(errors == 1 ? "" : "s")}, {warnings} warnings", run.Stdout.TrimEnd());
    }

    [Fact]
    public void Check_of_the_good_seeds_alone_agrees_with_the_build_that_they_are_clean()
    {
        var good = ProbeSeeds.Generated.Where(p => p != "seeds/a/report.txt").ToArray();
        Assert.All(good, path => Assert.DoesNotContain(_build.Diagnostics, d => d.StartsWith(path + "(", StringComparison.Ordinal)));

        var run = CliRun.In(_build.Root, new[] { "check" }.Concat(good).Concat(new[] { "--namespace", ProbeSeeds.Namespace }).ToArray());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("check: 3 seeds, 0 errors, 0 warnings", run.Stdout.Trim());
    }

    [Fact]
    public void Generate_prints_each_seeds_class_as_the_build_generated_it_and_the_build_files_are_exactly_those_classes()
    {
        // The build groups seeds into a bounded number of files; `generate <seed>` prints the file that seed alone
        // would get: the same header, then the seed's section, byte for byte as it stands in the build's file.
        var built = _build.GeneratedFiles.Select(path => Encoding.UTF8.GetString(WithoutBom(path))).ToList();
        var sections = new List<string>();
        string? header = null;
        foreach (var seed in ProbeSeeds.Generated)
        {
            var run = CliRun.In(_build.Root, "generate", seed, "--namespace", ProbeSeeds.Namespace);
            Assert.True(run.ExitCode == 0, run.Stderr);
            var split = run.Stdout.IndexOf("\nnamespace ", StringComparison.Ordinal);
            Assert.True(split > 0, run.Stdout);
            Assert.True(header is null || header == run.Stdout[..split], run.Stdout);
            header = run.Stdout[..split];
            sections.Add(run.Stdout[split..]);
        }

        foreach (var file in built)
        {
            var held = sections.Where(section => file.Contains(section, StringComparison.Ordinal)).OrderBy(section => file.IndexOf(section, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(held);
            Assert.Equal(header + string.Concat(held), file);
        }

        Assert.All(sections, section => Assert.Single(built, file => file.Contains(section, StringComparison.Ordinal)));
    }

    private static bool IsSeverity(string diagnostic, string severity)
        => diagnostic.StartsWith(severity + " SEED", StringComparison.Ordinal) || diagnostic.Contains(": " + severity + " SEED", StringComparison.Ordinal);

    private static byte[] WithoutBom(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var bom = Encoding.UTF8.Preamble;
        return bytes.AsSpan().StartsWith(bom) ? bytes[bom.Length..] : bytes;
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));
}
