using SeedSdk.Extraction.Model;
using Xunit;

namespace SeedSdk.Extraction.Tests.FactModel;

public class ExtractedFactTests
{
    private static readonly ExtractedFact Role = new()
    {
        Kind = FactKind.Role,
        Text = "Ana Ruiz, chief executive of Fabrikam",
        Person = "Ana Ruiz",
        Role = "chief executive",
        Organization = "Fabrikam",
    };

    [Fact]
    public void Facts_with_equal_members_are_equal_and_hash_alike()
    {
        var copy = new ExtractedFact
        {
            Kind = FactKind.Role,
            Text = "Ana Ruiz, chief executive of Fabrikam",
            Organization = "Fabrikam",
            Role = "chief executive",
            Person = "Ana Ruiz",
        };

        Assert.Equal(Role, copy);
        Assert.Equal(Role.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void A_copy_made_with_with_leaves_the_original_unchanged()
    {
        var other = Role with { Person = "Li Na" };

        Assert.Equal("Ana Ruiz", Role.Person);
        Assert.Equal("Li Na", other.Person);
        Assert.Equal("Fabrikam", other.Organization);
        Assert.NotEqual(Role, other);
    }

    [Fact]
    public void Members_set_to_their_empty_values_equal_members_never_set()
    {
        var plain = new ExtractedFact { Kind = FactKind.Money, Text = "$5 million", Value = 5000000m, Unit = "USD" };
        var withEmptyDetails = plain with { EntityName = null, Aliases = default, Speaker = null };

        Assert.Equal(plain, withEmptyDetails);
        Assert.Equal(plain.GetHashCode(), withEmptyDetails.GetHashCode());
        Assert.Null(withEmptyDetails.EntityName);
        Assert.Empty(withEmptyDetails.Items);
    }

    [Fact]
    public void Every_member_shows_in_the_text_form()
    {
        var list = new ExtractedFact { Kind = FactKind.List, Head = "markets", Items = EquatableArray<string>.TakeOwnership(new[] { "Brazil", "Chile" }) };

        var text = list.ToString();

        Assert.Contains("Head = markets", text);
        Assert.Contains("Items = [Brazil, Chile]", text);
        Assert.Contains("Speaker = ", text);
    }
}
