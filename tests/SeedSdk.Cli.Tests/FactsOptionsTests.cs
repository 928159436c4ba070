using System.Linq;
using System.Text;
using System.Text.Json;

namespace SeedSdk.Cli.Tests;

/// <summary><c>facts</c>: the kind filter, stdin, progress, folders without seeds, many files.</summary>
public class FactsOptionsTests
{
    private const string Prose = "Jane Doe, chief executive of Acme, said revenue rose 8% to $1.1 billion in 2024.";

    [Fact]
    public void Kind_keeps_only_the_facts_of_the_given_kinds()
    {
        using var folder = new ScratchFolder();
        folder.Write("a.txt", Prose);

        var all = Kinds(CliRun.In(folder.Root, "facts", "a.txt", "--json"));
        var some = Kinds(CliRun.In(folder.Root, "facts", "a.txt", "--json", "--kind", "money", "--kind=person"));

        Assert.Contains("ratio", all);
        Assert.Equal(new[] { "money", "person" }, some.Distinct().OrderBy(k => k, System.StringComparer.Ordinal).ToArray());
        Assert.Equal(all.Count(k => k is "money" or "person"), some.Length);
    }

    [Fact]
    public void Kind_filters_the_table_too()
    {
        using var folder = new ScratchFolder();
        folder.Write("a.txt", Prose);

        var run = CliRun.In(folder.Root, "facts", "a.txt", "--kind", "ratio");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ratio ", run.Stdout);
        Assert.DoesNotContain("money ", run.Stdout);
        Assert.Contains("(1 fact)", run.Stdout);
    }

    [Fact]
    public void A_dash_reads_the_seed_from_stdin()
    {
        using var folder = new ScratchFolder();
        var run = CliRun.WithStdin(folder.Root, Encoding.UTF8.GetBytes(Prose), "facts", "-", "--json");

        Assert.Equal(0, run.ExitCode);
        var document = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("documents")[0];
        Assert.Equal("stdin", document.GetProperty("path").GetString());
        Assert.Contains(document.GetProperty("facts").EnumerateArray(), f => f.GetProperty("kind").GetString() == "money");
    }

    [Fact]
    public void Stdin_that_is_not_utf8_is_reported_like_a_file()
    {
        using var folder = new ScratchFolder();
        var run = CliRun.WithStdin(folder.Root, new byte[] { 0x41, 0xFF }, "facts", "-", "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("seedsdk: error: cannot read stdin: not valid UTF-8", run.Stderr);
    }

    [Fact]
    public void Empty_and_binary_files_give_documents_without_facts_or_an_error()
    {
        using var folder = new ScratchFolder();
        folder.Write("empty.txt", string.Empty);
        folder.Write("nul.txt", "a\0b");

        var run = CliRun.In(folder.Root, "facts", ".", "--json");

        Assert.Equal(0, run.ExitCode);
        var documents = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Equal(0, d.GetProperty("facts").GetArrayLength()));
    }

    [Fact]
    public void A_folder_without_seeds_is_warned_about()
    {
        using var folder = new ScratchFolder();
        System.IO.Directory.CreateDirectory(System.IO.Path.Combine(folder.Root, "nothing"));

        var run = CliRun.In(folder.Root, "facts", "nothing");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("seedsdk: warning: no seed files (*.txt, *.md) in nothing", run.Stderr.Trim());
    }

    [Fact]
    public void Progress_goes_to_a_terminal_stderr_for_many_files_and_is_erased()
    {
        using var folder = new ScratchFolder();
        for (var i = 0; i < 300; i++)
        {
            folder.Write($"seeds/{i:D3}.txt", $"Unit {i} sold {i + 2} cars in 2024.");
        }

        var quiet = CliRun.In(folder.Root, "facts", "seeds", "--json");
        var shown = CliRun.OnTerminal(folder.Root, "facts", "seeds", "--json");

        Assert.Empty(quiet.Stderr);
        Assert.Contains("\rseedsdk: 300/300 seeds/299.txt", shown.Stderr);
        Assert.EndsWith("\r", shown.Stderr);
        Assert.Equal(quiet.Stdout, shown.Stdout);
        Assert.Equal(300, JsonDocument.Parse(shown.Stdout).RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void Few_files_show_no_progress_even_on_a_terminal()
    {
        using var folder = new ScratchFolder();
        folder.Write("a.txt", Prose);

        Assert.Empty(CliRun.OnTerminal(folder.Root, "facts", "a.txt").Stderr);
    }

    private static string[] Kinds(CliRun run)
        => JsonDocument.Parse(run.Stdout).RootElement.GetProperty("documents")[0].GetProperty("facts").EnumerateArray()
            .Select(f => f.GetProperty("kind").GetString()!).ToArray();
}
