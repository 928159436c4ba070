using System;
using System.Globalization;
using System.Threading;
using static SeedSdk.Tests.FactBuilders;

namespace SeedSdk.Tests;

public sealed class FactRecordTests
{
    [Fact]
    public void Facts_with_equal_members_are_equal()
    {
        Assert.Equal(Money(3_200_000_000m), Money(3_200_000_000m));
        Assert.Equal(Money(3_200_000_000m).GetHashCode(), Money(3_200_000_000m).GetHashCode());
        Assert.Equal(Person("Ada Park", "Park", "she"), Person("Ada Park", "Park", "she"));
    }

    [Fact]
    public void Facts_differing_in_any_member_are_not_equal()
    {
        Assert.NotEqual(Money(3m), Money(4m));
        Assert.NotEqual(Money(3m, "USD"), Money(3m, "EUR"));
        Assert.NotEqual(Money(3m), Money(3m, qualifier: MoneyQualifier.Over));
        Assert.NotEqual(Money(3m), Money(3m, name: "Other"));
        Assert.NotEqual(Person("Ada Park", "Park"), Person("Ada Park", "Ada"));
        Assert.NotEqual<Fact>(new RatioFact("X", "t", Span(), 0.5m), new QuantityFact("X", "t", Span(), 0.5m, "store"));
    }

    [Fact]
    public void Collections_are_copied_and_read_only()
    {
        var items = new[] { "phones", "tablets" };
        var list = new ListFact("Products", "phones and tablets", Span(), "products", items);
        items[0] = "changed";

        Assert.Equal(new[] { "phones", "tablets" }, list.Items);
        Assert.Equal(2, list.Count);
        Assert.False(list.Items is string[], "Items must not expose a mutable array.");
        Assert.Throws<ArgumentException>(() => new ListFact("L", "t", Span(), null, new string[] { null! }));
    }

    [Theory]
    [InlineData(3_200_000_000, "USD", MoneyQualifier.None, "3,200,000,000 USD")]
    [InlineData(105_000_000, "EUR", MoneyQualifier.UpTo, "up to 105,000,000 EUR")]
    [InlineData(2.5, "GBP", MoneyQualifier.AtLeast, "at least 2.5 GBP")]
    [InlineData(1000, "JPY", MoneyQualifier.About, "about 1,000 JPY")]
    public void Money_formats_invariantly_with_its_qualifier(decimal amount, string currency, MoneyQualifier qualifier, string expected)
    {
        using (new CultureScope("de-DE"))
        {
            Assert.Equal(expected, Money(amount, currency, qualifier).ToString());
        }
    }

    [Fact]
    public void Every_kind_has_a_readable_value()
    {
        using (new CultureScope("fr-FR"))
        {
            Assert.Equal("25%", new RatioFact("Share", "25%", Span(), 0.25m).ToString());
            Assert.Equal("33.33%", new RatioFact("Third", "a third", Span(), 0.3333m).ToString());
            Assert.Equal("1,200,000 vehicle", new QuantityFact("Sales", "t", Span(), 1_200_000m, "vehicle").ToString());
            Assert.Equal("15 years", new DurationFact("History", "t", Span(), 15m, "year").ToString());
            Assert.Equal("1 month", new DurationFact("Trial", "t", Span(), 1m, "month").ToString());
            Assert.Equal("2024-03", new DateFact("Launch", "t", Span(), new PartialDate(2024, 3)).ToString());
            Assert.Equal("2019..2023", new PeriodFact("Plan", "t", Span(), new DateRange(new PartialDate(2019), new PartialDate(2023))).ToString());
            Assert.Equal("Ada Park", Person("Ada Park").ToString());
            Assert.Equal("Ada Park, ceo of Orbit Labs", new RoleFact("R", "t", Span(), "Ada Park", "ceo", "Orbit Labs", null, null).ToString());
            Assert.Equal("Ada Park, ceo", new RoleFact("R", "t", Span(), "Ada Park", "ceo", null, null, null).ToString());
            Assert.Equal("markets: Chile, Peru", new ListFact("L", "t", Span(), "markets", new[] { "Chile", "Peru" }).ToString());
            Assert.Equal("Ada Park: \"prices will fall\"", new StatementFact("S", "prices will fall", Span(), "Ada Park").ToString());
        }
    }

    [Fact]
    public void Kind_matches_the_record_type()
    {
        Assert.Equal(FactKind.Money, Money(1m).Kind);
        Assert.Equal(FactKind.Person, Person("Ada Park").Kind);
        Assert.Equal(FactKind.Organization, new OrganizationFact("O", "t", Span(), "Orbit Labs", Array.Empty<string>()).Kind);
        Assert.Equal(FactKind.Location, new LocationFact("L", "t", Span(), "Chile", Array.Empty<string>()).Kind);
        Assert.Equal(FactKind.Event, new EventFact("E", "t", Span(), "Summit", Array.Empty<string>()).Kind);
    }

    [Fact]
    public void Role_links_to_its_entities()
    {
        var person = Person("Ada Park");
        var organization = new OrganizationFact("OrbitLabs", "Orbit Labs", Span(), "Orbit Labs", new[] { "Orbit" });
        var role = new RoleFact("AdaParkCeo", "ceo", Span(), "Ada Park", "ceo", "Orbit Labs", person, organization);

        Assert.Same(person, role.PersonEntity);
        Assert.Same(organization, role.OrganizationEntity);
    }

    [Fact]
    public void Source_span_rejects_impossible_positions()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceSpan("a.txt", 0, 1, 0, 1, 0, "s"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceSpan("a.txt", 0, 1, 1, 0, 0, "s"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SourceSpan("a.txt", -1, 1, 1, 1, 0, "s"));
        Assert.Equal("a.txt(4,9)", new SourceSpan("a.txt", 30, 2, 4, 9, 1, "s").ToString());
    }

    [Fact]
    public void Document_filters_facts_by_kind_in_order()
    {
        var first = Money(1m, name: "First");
        var person = Person("Ada Park");
        var second = Money(2m, name: "Second");
        var document = new SeedDocument("seeds/report.txt", "Report", "text", new Fact[] { first, person, second });

        Assert.Equal(new[] { first, second }, document.OfKind<MoneyFact>());
        Assert.Equal(new Fact[] { person }, document.OfKind(FactKind.Person));
        Assert.Empty(document.OfKind<DateFact>());
        Assert.Equal(3, document.Facts.Count);
        Assert.Equal("seeds/report.txt: 3 facts", document.ToString());
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _previous = Thread.CurrentThread.CurrentCulture;

        public CultureScope(string name) => Thread.CurrentThread.CurrentCulture = new CultureInfo(name);

        public void Dispose() => Thread.CurrentThread.CurrentCulture = _previous;
    }
}
