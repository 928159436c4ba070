using System;
using System.Linq;
using SeedSdk.Extraction.Model;
using Xunit;

namespace SeedSdk.Extraction.Tests.FactModel;

public class FactKindsTests
{
    [Fact]
    public void Every_kind_has_one_row_and_its_names_are_unique()
    {
        var kinds = (FactKind[])Enum.GetValues(typeof(FactKind));
        Assert.Equal(kinds, FactKinds.All.Select(row => row.Kind));
        Assert.All(kinds, kind => Assert.Same(FactKinds.Of(kind), FactKinds.All[(int)kind]));
        Assert.Equal(kinds.Length, FactKinds.All.Select(row => row.ContractName).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(kinds.Length, FactKinds.All.Select(row => row.GroupName).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(kinds.Length, FactKinds.All.Select(row => row.RecordType).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_contract_name_reads_back_as_its_kind_and_an_unknown_one_does_not()
    {
        Assert.All(FactKinds.All, row => Assert.True(FactKinds.TryParse(row.ContractName, out var kind) && kind == row.Kind));
        Assert.False(FactKinds.TryParse("Money", out _));
        Assert.False(FactKinds.IsKnown((FactKind)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => FactKinds.Of((FactKind)99));
    }

    [Fact]
    public void Completeness_asks_for_each_requirement_of_the_row()
    {
        var money = new ExtractedFact { Kind = FactKind.Money, Text = "$5", Span = new SourceSpan(0, 2, 1, 1), Value = 5m, Unit = "USD" };
        Assert.Null(FactCompleteness.Problem(money, 2));
        Assert.Equal(new[] { "value", "unit" }, FactKinds.Of(FactKind.Money).Requirements.Select(r => r.Member));
        Assert.Equal(FactKinds.Of(FactKind.Money).MissingProblem, FactCompleteness.Problem(money with { Unit = "" }, 2));
        Assert.Equal(FactKinds.Of(FactKind.Money).MissingProblem, FactCompleteness.Problem(money with { Value = null }, 2));

        var list = new ExtractedFact { Kind = FactKind.List, Text = "a, b", Span = new SourceSpan(0, 4, 1, 1) };
        Assert.Empty(FactKinds.Of(FactKind.List).Requirements);
        Assert.Null(FactCompleteness.Problem(list, 4));
    }

    [Fact]
    public void Entity_kinds_are_the_four_named_kinds()
    {
        Assert.Equal(
            new[] { FactKind.Person, FactKind.Organization, FactKind.Location, FactKind.Event },
            FactKinds.All.Where(row => row.IsEntity).Select(row => row.Kind));
    }

    [Fact]
    public void The_two_registers_of_the_formatter_show_one_fact()
    {
        var money = new ExtractedFact { Kind = FactKind.Money, Text = "up to $3.2 billion", Value = 3_200_000_000m, Unit = "USD", Qualifier = "up-to" };
        Assert.Equal("up to 3,200,000,000 USD", FactText.Display(money));
        Assert.Equal("3200000000 USD (up-to)", FactText.Summary(money));

        var ratio = new ExtractedFact { Kind = FactKind.Ratio, Text = "25%", Value = 0.25m };
        Assert.Equal("25%", FactText.Display(ratio));
        Assert.Equal("0.25", FactText.Summary(ratio));

        var role = new ExtractedFact { Kind = FactKind.Role, Text = "x", Person = "Ana Ruiz", Role = "chief executive", Organization = "Fabrikam" };
        Assert.Equal("Ana Ruiz, chief executive of Fabrikam", FactText.Display(role));
        Assert.Equal("Ana Ruiz / chief executive / Fabrikam", FactText.Summary(role));
    }
}
