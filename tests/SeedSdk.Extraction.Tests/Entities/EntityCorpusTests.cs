using System.Linq;
using SeedSdk.Extraction.Model;
using static SeedSdk.Extraction.Tests.Entities.ExtractionAssertions;

namespace SeedSdk.Extraction.Tests.Entities;

/// <summary>Runs <see cref="EntityCorpus"/> through the extractor.</summary>
public sealed class EntityCorpusTests
{
    [Theory]
    [MemberData(nameof(EntityCorpus.Positive), MemberType = typeof(EntityCorpus))]
    public void FindsEntity(string text, string kind, string name, string aliases)
    {
        var facts = FactsOf(text, KindOf(kind));
        var fact = facts.FirstOrDefault(f => f.EntityName == name);
        Assert.True(fact is not null, $"No {kind} \"{name}\" in: {Describe(facts)}");
        Assert.Equal(Cells(aliases), fact!.Aliases.ToArray());
        Assert.Equal(name, text.Substring(fact.Span.Start, fact.Span.Length));
    }

    [Theory]
    [MemberData(nameof(EntityCorpus.Negative), MemberType = typeof(EntityCorpus))]
    public void DoesNotFindEntity(string text, string kind, string name)
    {
        var facts = FactsOf(text, KindOf(kind));
        var wrong = name == "*" ? facts : facts.Where(f => f.EntityName == name).ToList();
        Assert.True(wrong.Count == 0, "Unexpected: " + Describe(wrong));
    }

    [Theory]
    [InlineData("BRITAIN CONDEMNS ATTACK\n\nLONDON 1996-08-31\n\nThe government said it was in touch with its allies.", "LONDON", "London")]
    [InlineData("NEW YORK 1996-08-30\n\nShares rose on Friday.", "NEW YORK", "New York")]
    [InlineData("TRADE TALKS RESUME IN GENEVA\n\nDelegates met on Monday.", "GENEVA", "Geneva")]
    public void APlaceInALineOfCapitalsIsNamedAsTheGazetteerWritesIt(string text, string written, string name)
    {
        var place = Assert.Single(FactsOf(text, FactKind.Location), f => f.Text == written);
        Assert.Equal(name, place.EntityName);
    }

    [Fact]
    public void ADatelinePlaceInCapitalsIsNamedAsTheGazetteerWritesIt()
    {
        var facts = FactsOf("BERLIN, May 4 -- Siemens Energy said it would cut jobs.", FactKind.Location);
        var place = Assert.Single(facts);
        Assert.Equal("Berlin", place.EntityName);
        Assert.Equal("BERLIN", place.Text);
        Assert.Empty(place.Aliases);
    }

    [Fact]
    public void ADatelineWithAnAgencyAndASingleDashNamesThePlaceAndLendsTheAgencyNoAlias()
    {
        const string text = "SEOUL, March 12 (Reuters) - Hanjin Cells will spend 2 trillion won on a plant, the company said.";
        var place = Assert.Single(FactsOf(text, FactKind.Location));
        Assert.Equal("Seoul", place.EntityName);
        Assert.Equal("SEOUL", place.Text);
        var organizations = FactsOf(text, FactKind.Organization);
        Assert.Empty(Assert.Single(organizations, f => f.EntityName == "Reuters").Aliases);
        Assert.Equal(new[] { "the company" }, Assert.Single(organizations, f => f.EntityName == "Hanjin Cells").Aliases.ToArray());
    }

    [Theory]
    [InlineData("On the sidelines of the third session of the 14th National People's Congress, delegates met.", "Third Session of the 14th National People's Congress", "third session of the 14th National People's Congress")]
    [InlineData("The second plenary session of the 20th Central Committee opened on Sunday.", "Second Plenary Session of the 20th Central Committee", "second plenary session of the 20th Central Committee")]
    public void ASessionOfABodyInLowerCaseIsAnEventNamedAsWhenCapitalized(string text, string name, string written)
    {
        var session = Assert.Single(FactsOf(text, FactKind.Event));
        Assert.Equal(name, session.EntityName);
        Assert.Equal(written, session.Text);
        Assert.Empty(session.Aliases);
    }

    [Fact]
    public void EachEntityIsReportedOncePerDocument()
    {
        var facts = FactsOf("Siemens AG posted results. Siemens said Siemens AG would hire. Siemens's shares rose.", FactKind.Organization);
        Assert.Single(facts);
        Assert.Equal("Siemens AG", facts[0].EntityName);
        Assert.Equal(new[] { "Siemens" }, facts[0].Aliases.ToArray());
    }

    [Fact]
    public void CanonicalNameIsLongestFormEvenWhenWrittenLater()
    {
        var facts = FactsOf("Siemens's shares rose. Siemens AG posted results.", FactKind.Organization);
        Assert.Single(facts);
        Assert.Equal("Siemens AG", facts[0].EntityName);
        Assert.Equal(24, facts[0].Span.Column);
    }

    internal static FactKind KindOf(string kind) => kind switch
    {
        "person" => FactKind.Person,
        "organization" => FactKind.Organization,
        "location" => FactKind.Location,
        _ => FactKind.Event,
    };
}
