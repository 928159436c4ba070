using SeedSdk.Cli.Extraction;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Cli.Tests;

/// <summary>Hand-built documents for the writers: one fact of every kind, with made-up values.</summary>
internal static class SampleDocuments
{
    /// <summary>A document holding one fact of each kind.</summary>
    public static ExtractedDocument AllKinds() => With(
        Fact(FactKind.Money, "RdBudget2025", "up to 105 billion yuan", 4, 81) with { Value = 105_000_000_000m, Unit = "CNY", Qualifier = "up-to" },
        Fact(FactKind.Ratio, "RevenueShare", "25%", 4, 10) with { Value = 0.2500m },
        Fact(FactKind.Quantity, "VehicleSales", "1.2 million vehicles", 5, 1) with { Value = 1_200_000.0m, Unit = "vehicle" },
        Fact(FactKind.Duration, "OperatingHistory", "15-year", 5, 30) with { Value = 15m, Unit = "year" },
        Fact(FactKind.Date, "March2025", "March 2025", 6, 1) with { Date = "2025-03" },
        Fact(FactKind.Period, "From2021To2025", "from 2021 to 2025", 6, 20) with { Start = "2021", End = "2025" },
        Fact(FactKind.Person, "JaneDoe", "Jane Doe", 1, 1) with { EntityName = "Jane Doe", Aliases = EquatableArray.Of("She") },
        Fact(FactKind.Organization, "AcmeGroup", "Acme Group", 1, 20) with { EntityName = "Acme Group", Aliases = EquatableArray.Of("Acme") },
        Fact(FactKind.Location, "Ohio", "Ohio", 1, 40) with { EntityName = "Ohio" },
        Fact(FactKind.Event, "SpringExpo", "Spring Expo", 2, 1) with { EntityName = "Spring Expo" },
        Fact(FactKind.Role, "JaneDoeCeo", "CEO", 1, 12) with { Person = "Jane Doe", Role = "ceo" },
        Fact(FactKind.List, "CarsList", "cars, phones", 3, 1) with { Items = EquatableArray.Of("cars", "phones") },
        Fact(FactKind.Statement, "JaneDoeSalesDouble", "sales will double", 3, 30) with { Speaker = "Jane Doe" });

    /// <summary>A document holding <paramref name="facts"/>.</summary>
    public static ExtractedDocument With(params ExtractedFact[] facts)
        => new("notes/q3 report.md", "Q3 Report", Text, EquatableArray<SentenceInfo>.Empty, new EquatableArray<ExtractedFact>(facts));

    /// <summary>The document <paramref name="facts"/> with their generated member names, as the commands see it.</summary>
    public static NamedDocument Named(params ExtractedFact[] facts) => DocumentLoader.Named(With(facts), System.Array.Empty<string>());

    /// <summary>The all-kinds document with member names.</summary>
    public static NamedDocument NamedAllKinds() => DocumentLoader.Named(AllKinds(), System.Array.Empty<string>());

    // Long enough for every made-up span, so the generator would emit each fact.
    private static readonly string Text = "Q3 Report\n" + new string('x', 200);

    private static ExtractedFact Fact(FactKind kind, string name, string text, int line, int column)
        => new() { Kind = kind, Name = name, Text = text, Span = new SourceSpan(0, text.Length, line, column) };
}
