using System.IO;
using System.Linq;
using System.Text.Json;

namespace SeedSdk.Cli.Tests;

public class FactsCommandTests
{
    [Fact]
    public void A_folder_is_searched_recursively_for_txt_and_md_in_ordinal_order()
    {
        using var folder = new ScratchFolder();
        folder.Write("docs/b.md", "# B\nText.");
        folder.Write("docs/a.txt", "A text.");
        folder.Write("docs/Z.txt", "Z text.");
        folder.Write("docs/sub/c.TXT", "C text.");
        folder.Write("docs/sub/skip.json", "{}");
        folder.Write("docs/notes.txt.bak", "no");

        var run = CliRun.In(folder.Root, "facts", "docs", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { "docs/Z.txt", "docs/a.txt", "docs/b.md", "docs/sub/c.TXT" }, Paths(run.Stdout));
    }

    [Fact]
    public void Arguments_keep_their_order_and_a_file_named_twice_is_read_once()
    {
        using var folder = new ScratchFolder();
        folder.Write("b.txt", "B.");
        folder.Write("a.txt", "A.");

        var run = CliRun.In(folder.Root, "facts", "b.txt", "./a.txt", ".", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { "b.txt", "a.txt" }, Paths(run.Stdout));
    }

    [Fact]
    public void A_missing_path_is_reported_the_others_processed_and_the_exit_code_is_2()
    {
        using var folder = new ScratchFolder();
        folder.Write("ok.txt", "Fine text.");

        var run = CliRun.In(folder.Root, "facts", "nope.txt", "ok.txt", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("seedsdk: error: path not found: nope.txt", run.Stderr.Trim());
        Assert.Equal(new[] { "ok.txt" }, Paths(run.Stdout));
    }

    [Fact]
    public void An_undecodable_file_is_reported_the_others_processed_and_the_exit_code_is_1()
    {
        using var folder = new ScratchFolder();
        folder.WriteBytes("bad.txt", new byte[] { 0x41, 0xC3, 0x28, 0x42 });
        folder.Write("good.txt", "Good text.");

        var run = CliRun.In(folder.Root, "facts", ".", "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("seedsdk: error: cannot read bad.txt: not valid UTF-8", run.Stderr);
        Assert.Equal(new[] { "good.txt" }, Paths(run.Stdout));
    }

    [Fact]
    public void A_missing_path_outranks_an_unreadable_file()
    {
        using var folder = new ScratchFolder();
        folder.WriteBytes("bad.txt", new byte[] { 0xFF });

        var run = CliRun.In(folder.Root, "facts", "bad.txt", "gone", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("path not found: gone", run.Stderr);
        Assert.Contains("cannot read bad.txt", run.Stderr);
    }

    [Fact]
    public void A_utf8_bom_is_not_part_of_the_text()
    {
        using var folder = new ScratchFolder();
        folder.WriteBytes("bom.txt", new byte[] { 0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i' });

        var run = CliRun.In(folder.Root, "facts", "bom.txt", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Hi", JsonDocument.Parse(run.Stdout).RootElement.GetProperty("documents")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Paths_are_printed_relative_to_the_current_directory_with_slashes()
    {
        using var folder = new ScratchFolder();
        var full = folder.Write("deep/er/x.md", "# X");

        var run = CliRun.In(Path.Combine(folder.Root, "deep"), "facts", full, "--json");

        Assert.Equal(new[] { "er/x.md" }, Paths(run.Stdout));
        Assert.Equal("X", JsonDocument.Parse(run.Stdout).RootElement.GetProperty("documents")[0].GetProperty("typeName").GetString());
    }

    [Fact]
    public void The_seed_folder_prints_the_seed_with_its_repository_path()
    {
        var run = CliRun.InOutput("facts", "seeds", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { TestPaths.SeedPath }, Paths(run.Stdout));
    }

    [Fact]
    public void Without_json_a_table_is_printed_per_document()
    {
        using var folder = new ScratchFolder();
        folder.Write("a.txt", "# Alpha\nText.");
        folder.Write("b.txt", "Beta text.");

        var run = CliRun.In(folder.Root, "facts", ".");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("a.txt (A)\nTitle: Alpha\n", run.Stdout.Replace("\r\n", "\n"));
        Assert.Contains("b.txt (B)\nTitle: Beta text.\n", run.Stdout.Replace("\r\n", "\n"));
    }

    private static string[] Paths(string json)
        => JsonDocument.Parse(json).RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => d.GetProperty("path").GetString()!)
            .ToArray();
}
