using System.Linq;
using System.Text;

namespace SeedSdk.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void Clean_seeds_print_only_the_summary_and_exit_0()
    {
        using var folder = new ScratchFolder();
        folder.Write("seeds/a.txt", "Acme earned $5 million in 2024.");
        folder.Write("seeds/b.md", "# Plan\n\nRevenue rose 8%.");

        var run = CliRun.In(folder.Root, "check", "seeds");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("check: 2 seeds, 0 errors, 0 warnings\n", run.Stdout.Replace("\r", string.Empty));
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Warnings_alone_exit_0_and_point_into_the_seed_with_a_relative_path()
    {
        using var folder = new ScratchFolder();
        folder.Write("seeds/empty.txt", string.Empty);
        folder.WriteBytes("seeds/bin.txt", Encoding.UTF8.GetBytes("line one\nab\0cd"));

        var run = CliRun.In(folder.Root, "check", "seeds");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("seeds/bin.txt(2,3): warning SEED003: The seed file 'seeds/bin.txt' contains a NUL character at line 2: it is not UTF-8 text; no code is generated for it (https://github.com/seedsdk/seedsdk/blob/main/docs/diagnostics.md#seed003)", lines[0]);
        Assert.StartsWith("seeds/empty.txt(1,1): warning SEED002: ", lines[1]);
        Assert.Equal("check: 2 seeds, 0 errors, 2 warnings", lines[2]);
    }

    [Fact]
    public void Two_seeds_with_one_type_name_are_an_error_and_exit_1()
    {
        using var folder = new ScratchFolder();
        folder.Write("x/report.txt", "One.");
        folder.Write("y/report.txt", "Two.");

        var run = CliRun.In(folder.Root, "check", "x", "y");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("y/report.txt(1,1): error SEED005: The seed file 'y/report.txt' maps to type 'Seeds.Report', which the seed file 'x/report.txt' already uses", run.Stdout);
    }

    [Fact]
    public void An_invalid_namespace_is_the_builds_error_without_a_location()
    {
        using var folder = new ScratchFolder();
        folder.Write("a.txt", "Text.");

        var run = CliRun.In(folder.Root, "check", "a.txt", "--namespace", "My..Seeds");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error SEED007: SeedSdkNamespace 'My..Seeds' is not a valid C# namespace; using 'Seeds' instead", run.Stdout);
    }

    [Fact]
    public void An_oversized_seed_is_skipped_with_SEED004_at_the_given_limit()
    {
        using var folder = new ScratchFolder();
        folder.Write("big.txt", new string('a', 101));

        var run = CliRun.In(folder.Root, "check", "big.txt", "--max-seed-bytes", "100");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("big.txt(1,1): warning SEED004: The seed file 'big.txt' has 101 bytes, more than SeedSdkMaxSeedBytes (100)", run.Stdout);
    }

    [Fact]
    public void A_folder_without_seeds_is_a_warning_of_its_own_and_a_missing_path_exits_2()
    {
        using var folder = new ScratchFolder();
        folder.Write("docs/data.json", "{}");

        var empty = CliRun.In(folder.Root, "check", "docs");
        Assert.Equal(0, empty.ExitCode);
        Assert.Equal("seedsdk: warning: no seed files (*.txt, *.md) in docs", empty.Stderr.Trim());
        Assert.Equal("check: 0 seeds, 0 errors, 0 warnings", empty.Stdout.Trim());

        var missing = CliRun.In(folder.Root, "check", "nope");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("seedsdk: error: path not found: nope", missing.Stderr.Trim());
    }

    [Fact]
    public void Stdin_is_a_seed_named_stdin()
    {
        using var folder = new ScratchFolder();

        var empty = CliRun.WithStdin(folder.Root, System.Array.Empty<byte>(), "check", "-");
        Assert.StartsWith("stdin(1,1): warning SEED002: The seed file 'stdin' is empty", empty.Stdout);

        var text = CliRun.WithStdin(folder.Root, Encoding.UTF8.GetBytes("Acme earned $5 million."), "check", "-");
        Assert.Equal(0, text.ExitCode);
        Assert.Equal("check: 1 seed, 0 errors, 0 warnings", text.Stdout.Trim());
    }

    [Fact]
    public void Several_hundred_seeds_are_checked_with_each_problem_reported_once()
    {
        using var folder = new ScratchFolder();
        for (var i = 0; i < 400; i++)
        {
            folder.Write($"seeds/s{i:D3}.txt", $"Company {i} earned ${i + 1} million in {2000 + (i % 25)}.");
        }

        folder.Write("seeds/s150.md", " ");
        folder.Write("seeds/more/s007.txt", "Clash of type names.");

        var run = CliRun.In(folder.Root, "check", "seeds");

        Assert.Equal(1, run.ExitCode);
        var diagnostics = run.Stdout.Split('\n').Where(l => l.Contains(": warning SEED") || l.Contains(": error SEED")).ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.StartsWith("seeds/s150.md(1,1): warning SEED002", System.StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("error SEED005") && d.Contains("'Seeds.S007'"));
        Assert.EndsWith("check: 402 seeds, 1 error, 1 warning", run.Stdout.TrimEnd());
    }
}
