using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Tests.Tokenization;

/// <summary>Markdown emphasis and links are markup: blanked for the tokens, never part of a name, in .md and .txt alike.</summary>
public sealed class MarkupBlankingTests
{
    [Theory]
    [InlineData("**Ana Lima** said", "  Ana Lima   said")]
    [InlineData("__Ana Lima__, chief", "  Ana Lima  , chief")]
    [InlineData("*Ana Lima* said", " Ana Lima  said")]
    [InlineData("met [Bo Park](https://example.com/bo) today", "met  Bo Park                          today")]
    [InlineData("![Logo](logo.png) here", "  Logo            here")]
    [InlineData("[Bo Park](https://example.com/bo \"Bo\") spoke", " Bo Park                               spoke")]
    public void Emphasis_and_links_become_spaces_of_the_same_length(string text, string expected)
    {
        var blanked = MarkupBlanking.Blank(text);
        Assert.Equal(expected, blanked);
        Assert.Equal(text.Length, blanked.Length);
    }

    [Theory]
    [InlineData("snake_case and 3*4 and 2 * 3")]
    [InlineData("* a bullet\n- another")]
    [InlineData("[sic] and [1] and a [note] (aside)")]
    [InlineData("plain text")]
    public void Other_marks_stay_text(string text)
        => Assert.Equal(text, MarkupBlanking.Blank(text));

    [Theory]
    [InlineData("corpus.md")]
    [InlineData("corpus.txt")]
    public void A_bold_name_and_a_linked_name_are_the_people(string path)
    {
        const string text = "**Ana Lima** joined the firm in May. The firm also hired [Bo Park](https://example.com/bo) in June.";
        var people = FactExtractor.Extract(text, path).Facts.Where(f => f.Kind == FactKind.Person).Select(f => f.EntityName).ToArray();
        Assert.Equal(new[] { "Ana Lima", "Bo Park" }, people);
    }

    [Fact]
    public void A_bold_name_in_a_heading_is_the_person_without_the_marks()
    {
        const string text = "# Five questions for **Greta Lindqvist**\n\nGreta Lindqvist runs a shipyard in Gothenburg.";
        var person = Assert.Single(FactExtractor.Extract(text, "corpus.md").Facts, f => f.Kind == FactKind.Person);
        Assert.Equal("Greta Lindqvist", person.EntityName);
        Assert.Equal("Greta Lindqvist", person.Text);
    }
}
