using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Generator.Tests;

public sealed class ApprovalsTests
{
    [Theory]
    [InlineData("1", null, true)]
    [InlineData("1", "false", true)]
    [InlineData("1", "true", false)]
    [InlineData("1", "TRUE", false)]
    [InlineData(null, null, false)]
    [InlineData("0", null, false)]
    public void Accepting_needs_the_variable_and_is_refused_under_ci(string? accept, string? ci, bool expected)
    {
        Assert.Equal(expected, Approvals.AcceptRequested(accept, ci));
    }

    [Fact]
    public void Diff_summary_points_at_the_first_differing_line()
    {
        var summary = Approvals.DiffSummary("a\nb\nc", "a\nB\nc\nd");

        Assert.Contains("line 2", summary);
        Assert.Contains("- b", summary);
        Assert.Contains("+ B", summary);
        Assert.Contains("approved 3 lines, received 4", summary);
        Assert.Contains("no approved file", Approvals.DiffSummary(null, "x"));
    }
}
