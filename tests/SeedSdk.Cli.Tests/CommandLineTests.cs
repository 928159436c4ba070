using SeedSdk.Cli.CommandLine;

namespace SeedSdk.Cli.Tests;

public class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_prints_usage_to_stdout_and_succeeds(string arg)
    {
        var run = CliRun.InOutput(arg);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Usage: seedsdk check", run.Stdout);
        Assert.Contains("seedsdk generate <seed>", run.Stdout);
        Assert.Contains("seedsdk report <files or folders>... -o <report.html>", run.Stdout);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void No_arguments_print_usage_to_stderr_and_exit_2()
    {
        var run = CliRun.InOutput();
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("Usage:", run.Stderr);
    }

    [Theory]
    [InlineData("unknown option: --bogus", "--bogus")]
    [InlineData("unknown option for facts: --csv", "facts", "seeds", "--csv")]
    [InlineData("unknown command: export", "export")]
    [InlineData("facts needs at least one file or folder", "facts", "--json")]
    [InlineData("check needs at least one file or folder", "check")]
    [InlineData("report needs at least one file or folder", "report", "-o", "r.html")]
    [InlineData("report needs -o <file.html>", "report", "seeds")]
    [InlineData("-o needs a value", "report", "seeds", "-o")]
    [InlineData("generate takes exactly one seed file", "generate", "a.txt", "b.txt")]
    [InlineData("unknown option for generate: --json", "generate", "a.txt", "--json")]
    [InlineData("unknown option for check: --type-name", "check", "seeds", "--type-name", "X")]
    [InlineData("unknown kind: dollars (kinds: money, ratio", "facts", "seeds", "--kind", "dollars")]
    [InlineData("--namespace given more than once", "check", "seeds", "--namespace", "A", "--namespace=B")]
    public void Bad_usage_is_reported_with_exit_2(string message, params string[] args)
    {
        var run = CliRun.InOutput(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("seedsdk: error: " + message, run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Version_prints_the_tool_version()
    {
        var run = CliRun.InOutput("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^seedsdk \d+\.\d+\.\d+\S*\r?\n$", run.Stdout);
    }

    [Fact]
    public void Options_take_their_value_after_a_space_or_an_equals_sign_and_kind_repeats()
    {
        var parsed = CliParser.Parse(new[] { "facts", "-", "--kind", "money", "--kind=person" });
        Assert.Equal(CliCommand.Facts, parsed.Command);
        Assert.Equal(new[] { "-" }, parsed.Paths);
        Assert.Equal(new[] { "money", "person" }, parsed.Kinds);

        var generate = CliParser.Parse(new[] { "generate", "a.txt", "--namespace=My.Seeds", "--type-name", "Report", "--max-seed-bytes", "10" });
        Assert.Equal((CliCommand.Generate, "My.Seeds", "Report", "10"), (generate.Command, generate.Namespace, generate.TypeName, generate.MaxSeedBytes));

        var report = CliParser.Parse(new[] { "report", "seeds", "--output=out.html" });
        Assert.Equal((CliCommand.Report, "out.html"), (report.Command, report.OutputPath));
    }

    [Fact]
    public void Facts_takes_paths_and_json_in_any_order()
    {
        var parsed = CliParser.Parse(new[] { "facts", "a.txt", "--json", "b", "--", "--odd.md" });
        Assert.Equal(CliCommand.Facts, parsed.Command);
        Assert.True(parsed.Json);
        Assert.Equal(new[] { "a.txt", "b", "--odd.md" }, parsed.Paths);
    }
}
