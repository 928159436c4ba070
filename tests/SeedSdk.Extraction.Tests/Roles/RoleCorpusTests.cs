using System.Linq;
using SeedSdk.Extraction.Model;
using static SeedSdk.Extraction.Tests.Entities.ExtractionAssertions;

namespace SeedSdk.Extraction.Tests.Roles;

/// <summary>Runs <see cref="RoleCorpus"/> through the extractor.</summary>
public sealed class RoleCorpusTests
{
    [Theory]
    [MemberData(nameof(RoleCorpus.Positive), MemberType = typeof(RoleCorpus))]
    public void FindsExactlyTheRoles(string text, string expected)
    {
        var facts = FactsOf(text, FactKind.Role);
        var actual = facts.Select(f => $"{f.Person}|{f.Role}|{f.Organization}").ToArray();
        Assert.True(expected.Split(';').SequenceEqual(actual), $"Expected {expected}; got {Describe(facts)}");
    }

    [Theory]
    [MemberData(nameof(RoleCorpus.Negative), MemberType = typeof(RoleCorpus))]
    public void FindsNoRole(string text)
    {
        var facts = FactsOf(text, FactKind.Role);
        Assert.True(facts.Count == 0, "Unexpected: " + Describe(facts));
    }

    [Fact]
    public void RoleTextIsTheRoleAsWritten()
    {
        var fact = Assert.Single(FactsOf("Mei Ling, CEO of Harbor Logistics, spoke.", FactKind.Role));
        Assert.Equal("CEO", fact.Text);
        Assert.Equal("ceo", fact.Role);
        Assert.Equal(11, fact.Span.Column);
    }

    [Fact]
    public void SameRoleStatedTwiceIsOneFact()
    {
        var facts = FactsOf("Mei Ling, CEO of Harbor Logistics, spoke. Later, Mei Ling, CEO of Harbor Logistics, left.", FactKind.Role);
        Assert.Single(facts);
    }
}
