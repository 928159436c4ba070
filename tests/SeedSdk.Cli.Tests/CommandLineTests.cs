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
        Assert.StartsWith("Usage: seedsdk facts", run.Stdout);
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
    [InlineData("unknown option: --csv", "facts", "seeds", "--csv")]
    [InlineData("unknown command: report", "report")]
    [InlineData("facts needs at least one file or folder", "facts", "--json")]
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
    public void Facts_takes_paths_and_json_in_any_order()
    {
        var parsed = CliParser.Parse(new[] { "facts", "a.txt", "--json", "b", "--", "--odd.md" });
        Assert.Equal(CliCommand.Facts, parsed.Command);
        Assert.True(parsed.Json);
        Assert.Equal(new[] { "a.txt", "b", "--odd.md" }, parsed.Paths);
    }
}
