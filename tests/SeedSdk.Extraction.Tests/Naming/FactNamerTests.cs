using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Naming;
using static SeedSdk.Extraction.Tests.Naming.NamingFacts;

namespace SeedSdk.Extraction.Tests.Naming;

public class FactNamerTests
{
    [Fact]
    public void Entities_are_named_in_PascalCase_of_their_canonical_name()
    {
        Assert.Equal("JaneDoe", FieldName(new ExtractedFact { Kind = FactKind.Person, EntityName = "Jane Doe" }));
        Assert.Equal("PeoplesBankOfChina", FieldName(new ExtractedFact { Kind = FactKind.Organization, EntityName = "People's Bank of China" }));
        Assert.Equal("SãoPaulo", FieldName(new ExtractedFact { Kind = FactKind.Location, EntityName = "São Paulo" }));
    }

    [Fact]
    public void Roles_lists_and_statements_are_named_from_their_fields()
    {
        Assert.Equal("JaneDoeCeo", FieldName(new ExtractedFact { Kind = FactKind.Role, Person = "Jane Doe", Role = "ceo", Organization = "Acme" }));
        Assert.Equal("VicePresidentAcme", FieldName(new ExtractedFact { Kind = FactKind.Role, Role = "vice president", Organization = "Acme" }));
        Assert.Equal("CoreMarkets", FieldName(new ExtractedFact { Kind = FactKind.List, Head = "the core markets", Items = Items("a", "b") }));
        Assert.Equal("CloudServicesList", FieldName(new ExtractedFact { Kind = FactKind.List, Items = Items("cloud services", "games") }));

        var context = Context("Jane Doe said that demand for batteries will double by next year.");
        var statement = At(context, FactKind.Statement, "demand for batteries will double by next year") with { Speaker = "Jane Doe" };
        Assert.Equal("JaneDoeDemandBatteriesDouble", Name(context, statement));
    }

    [Fact]
    public void Names_are_unique_within_a_kind_and_told_apart_by_context_not_order()
    {
        var context = Context("The R&D budget in 2025 is $1 billion. The R&D budget in 2025 is $2 billion. Globex raised $3 million in funding. Initech raised $4 million in funding.");
        var names = Names(
            context,
            At(context, FactKind.Money, "$1 billion") with { Value = 1_000_000_000m, Unit = "USD" },
            At(context, FactKind.Money, "$2 billion") with { Value = 2_000_000_000m, Unit = "USD" },
            At(context, FactKind.Money, "$3 million") with { Value = 3_000_000m, Unit = "USD" },
            At(context, FactKind.Money, "$4 million") with { Value = 4_000_000m, Unit = "USD" },
            new ExtractedFact { Kind = FactKind.Organization, EntityName = "Funding", Span = context.SpanOf(0, 0) });
        Assert.Equal(new[] { "RdBudget2025_Usd1Billion", "RdBudget2025_Usd2Billion", "GlobexFunding", "InitechFunding", "Funding" }, names);
    }

    [Fact]
    public void A_name_never_takes_the_constant_of_another_name()
    {
        var context = Context("x");
        var span = context.SpanOf(0, 0);
        var names = Names(
            context,
            new ExtractedFact { Kind = FactKind.Organization, EntityName = "Acme", Span = span },
            new ExtractedFact { Kind = FactKind.Organization, EntityName = "Acme Value", Span = span });
        Assert.Equal(2, Distinct(names).Count);
        Assert.DoesNotContain(names, name => System.Array.IndexOf(names, name + "Value") >= 0);
        Assert.DoesNotContain("Acme", names);
    }

    [Theory]
    [InlineData(FactKind.List, "lists", "ListsFact")]
    [InlineData(FactKind.Event, "Path", "PathFact")]
    [InlineData(FactKind.Event, "Document", "DocumentFact")]
    [InlineData(FactKind.Organization, "Title", "TitleFact")]
    [InlineData(FactKind.Location, "Text", "TextFact")]
    public void Names_avoid_their_group_class_and_the_document_members(FactKind kind, string source, string expected)
    {
        var fact = kind == FactKind.List
            ? new ExtractedFact { Kind = kind, Head = source }
            : new ExtractedFact { Kind = kind, EntityName = source };
        Assert.Equal(expected, FieldName(fact));
    }

    [Theory]
    [InlineData("123")]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("北京")]
    [InlineData("class")]
    [InlineData("_")]
    public void Names_are_always_valid_identifiers(string entityName)
    {
        var name = FieldName(new ExtractedFact { Kind = FactKind.Organization, EntityName = entityName });
        Assert.True(CSharpIdentifier.IsValid(name), name);
    }

    [Fact]
    public void Names_do_not_change_when_unrelated_text_changes()
    {
        const string target = "The R&D budget in 2026 will reach 8 billion euros.";
        var before = Context("Acme met analysts in 2024. " + target);
        var after = Context("Last March, at a crowded event in Paris with 3,000 guests, the firm spoke for 2 hours.\n\n" + target);
        var nameBefore = Name(before, At(before, FactKind.Money, "8 billion euros") with { Unit = "EUR", Value = 8_000_000_000m });
        var nameAfter = Name(after, At(after, FactKind.Money, "8 billion euros") with { Unit = "EUR", Value = 8_000_000_000m });
        Assert.Equal("RdBudget2026", nameBefore);
        Assert.Equal(nameBefore, nameAfter);
    }

    [Fact]
    public void Every_fact_gets_a_name_and_order_is_kept()
    {
        var context = Context("Globex raised $50 million in funding in 2021.");
        var facts = new[]
        {
            At(context, FactKind.Money, "$50 million") with { Value = 50_000_000m, Unit = "USD" },
            At(context, FactKind.Date, "2021") with { Date = "2021" },
        };
        var named = FactNamer.AssignNames(context, facts.ToList());
        Assert.Equal(new[] { "Funding2021", "Year2021" }, named.Select(f => f.Name));
        Assert.Equal(facts.Select(f => f.Text), named.Select(f => f.Text));
    }
}

public class FactNamerRobustnessTests
{
    private const string Paragraph =
        "Since 2019, Müller GmbH's R&D budget (about €3.2bn) rose 12%; 北京 said \"class\" 2021–2024 — and 40% of which, 15-year... " +
        "Q3: 1,318 units!\n\n# Heading\u2028next line with 7 days and $5 in 2030 to 2031.";

    [Theory]
    [InlineData(FactKind.Money)]
    [InlineData(FactKind.Ratio)]
    [InlineData(FactKind.Quantity)]
    [InlineData(FactKind.Duration)]
    [InlineData(FactKind.Statement)]
    public void Any_span_gets_a_valid_name_unique_within_its_kind(FactKind kind)
    {
        var context = Context(Paragraph);
        var facts = new System.Collections.Generic.List<ExtractedFact>();
        for (var first = 0; first < context.Tokens.Count; first++)
        {
            for (var last = first; last < context.Tokens.Count && last < first + 3; last++)
            {
                facts.Add(context.FactOf(kind, first, last) with { Value = first, Unit = "USD", Speaker = last % 2 == 0 ? null : "Jane Doe" });
            }
        }

        var names = FactNamer.AssignNames(context, facts).Select(f => f.Name).ToList();
        Assert.All(names, name => Assert.True(CSharpIdentifier.IsValid(name), name));
        Assert.Equal(names.Count, Distinct(names).Count);
        Assert.DoesNotContain(kind.GroupName(), names);
    }
}

public class StatementNamesTests
{
    [Theory]
    [InlineData("Jane Doe said that Acme plans to invest 5 billion euros in batteries.", "Acme plans to invest 5 billion euros in batteries", "JaneDoeAcmeInvest")]
    [InlineData("Jane Doe said the firm has always focused on core markets.", "the firm has always focused on core markets", "JaneDoeFirmFocusedCore")]
    public void Statements_take_the_speaker_and_the_first_content_words_before_any_number(string sentence, string content, string expected)
    {
        var context = Context(sentence);
        Assert.Equal(expected, Name(context, At(context, FactKind.Statement, content) with { Speaker = "Jane Doe" }));
    }

    [Fact]
    public void A_statement_without_speaker_is_still_named()
    {
        var context = Context("According to the report, demand will double.");
        var name = Name(context, At(context, FactKind.Statement, "demand will double"));
        Assert.Equal("DemandDouble", name);
    }
}

public class StatementNumberTests
{
    [Fact]
    public void A_statement_opening_with_a_number_skips_it()
    {
        var context = Context("Weber said that the 10-year modernization plan would cut delays by half.");
        var fact = At(context, FactKind.Statement, "the 10-year modernization plan would cut delays by half") with { Speaker = "Hans Weber" };
        Assert.Equal("HansWeberYearModernizationPlan", Name(context, fact));
    }
}
