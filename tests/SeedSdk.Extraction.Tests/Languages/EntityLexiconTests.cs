using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

using static SeedSdk.Extraction.Tests.Languages.TestLexicons;

namespace SeedSdk.Extraction.Tests.Languages;

/// <summary>
/// The entity stage's gazetteers and word lists come with the document's lexicon: a lexicon that adds one place or given
/// name to its gazetteer, one legal suffix to the classifier's words, one copula to the role words or one noun to
/// coreference changes the entities, roles and statements extracted.
/// </summary>
public class EntityLexiconTests
{
    private static List<ExtractedFact> Facts(string text, FactKind kind, Lexicon? lexicon = null)
        => (lexicon is null ? FactExtractor.Extract(text, "seed.txt") : FactExtractor.Extract(text, "seed.txt", lexicon)).Facts.Where(f => f.Kind == kind).ToList();

    [Fact]
    public void The_gazetteers_are_lists_of_the_lexicon()
    {
        Assert.Contains("gazetteer/cities", Lexicon.English.ListNames);
        Assert.Contains("gazetteer/names-given", Lexicon.English.ListNames);
        Assert.Contains("Beijing", Lexicon.English.List("gazetteer/cities"));
        Assert.Contains(Lexicon.English.List("gazetteer/countries"), row => row.StartsWith("United States|"));

        var lexicon = With("gazetteer/cities", "Qelmora");
        Assert.Contains("Qelmora", lexicon.List("gazetteer/cities"));
        Assert.DoesNotContain("Qelmora", Lexicon.English.List("gazetteer/cities"));
        Assert.Equal(Lexicon.English.List("gazetteer/countries"), lexicon.List("gazetteer/countries"));
    }

    [Fact]
    public void A_city_added_to_the_gazetteer_is_a_location()
    {
        const string text = "Qelmora is cold in winter.";
        Assert.DoesNotContain("Qelmora", Lexicon.English.List("gazetteer/cities"));

        var withCity = Facts(text, FactKind.Location, With("gazetteer/cities", "Qelmora"));
        var english = Facts(text, FactKind.Location);

        Assert.Equal("Qelmora", Assert.Single(withCity).Text);
        Assert.Empty(english);
    }

    [Fact]
    public void A_given_name_added_to_the_gazetteer_makes_a_person()
    {
        const string text = "Brakmor Hestvik met the minister on Monday.";

        var withName = Facts(text, FactKind.Person, With("gazetteer/given-names", "Brakmor"));
        var english = Facts(text, FactKind.Person);

        Assert.Equal("Brakmor Hestvik", Assert.Single(withName).Text);
        Assert.Empty(english);
    }

    [Fact]
    public void A_legal_suffix_added_to_the_classifier_words_makes_a_company()
    {
        const string text = "Harlan Brisk Tmk reported higher sales on Monday.";
        Assert.DoesNotContain("Tmk", Lexicon.English.List("legal-suffixes"));

        var withSuffix = Facts(text, FactKind.Organization, With("legal-suffixes", "Tmk"));
        var english = Facts(text, FactKind.Organization);

        Assert.Equal("Harlan Brisk Tmk", Assert.Single(withSuffix).Text);
        Assert.Empty(english);
    }

    [Fact]
    public void A_copula_added_to_the_role_words_states_a_role()
    {
        const string text = "Maria Lopez stays chief executive of Northwind Traders.";
        Assert.DoesNotContain("stays", Lexicon.English.List("role-copulas"));

        var withCopula = Facts(text, FactKind.Role, With("role-copulas", "stays"));
        var english = Facts(text, FactKind.Role);

        var role = Assert.Single(withCopula);
        Assert.Equal(("Maria Lopez", "chief executive", "Northwind Traders"), (role.Person, role.Role, role.Organization));
        Assert.Empty(english);
    }

    [Fact]
    public void A_noun_added_to_coreference_names_the_speaker()
    {
        const string text = "Northwind Traders Ltd opened a plant in Lisbon. \"Demand is strong,\" the outfit said.";
        Assert.DoesNotContain("outfit", Lexicon.English.List("coreference-organization-nouns"));

        var withNoun = Facts(text, FactKind.Statement, With("coreference-organization-nouns", "outfit"));
        var english = Facts(text, FactKind.Statement);

        Assert.Equal("Northwind Traders Ltd", Assert.Single(withNoun).Speaker);
        Assert.Empty(english);
    }
}
