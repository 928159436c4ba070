using System.Globalization;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Cli.Output;

/// <summary>A fact's normalized value in one short line, for the table.</summary>
internal static class FactSummary
{
    /// <summary>"3200000000 USD (about)", "2021..2025", "Jane Doe / ceo / Acme", ...</summary>
    public static string Describe(ExtractedFact fact) => fact.Kind switch
    {
        FactKind.Money => Join(Number(fact.Value), fact.Unit) + (fact.Qualifier is null ? string.Empty : " (" + fact.Qualifier + ")"),
        FactKind.Ratio => Number(fact.Value),
        FactKind.Quantity or FactKind.Duration => Join(Number(fact.Value), fact.Unit),
        FactKind.Date => fact.Date ?? string.Empty,
        FactKind.Period => fact.Start + ".." + fact.End,
        FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event
            => (fact.EntityName ?? fact.Text) + (fact.Aliases.Count == 0 ? string.Empty : " (aka " + string.Join(", ", fact.Aliases) + ")"),
        FactKind.Role => fact.Person + " / " + fact.Role + (fact.Organization is null ? string.Empty : " / " + fact.Organization),
        FactKind.List => (fact.Head is null ? string.Empty : fact.Head + ": ") + string.Join(", ", fact.Items),
        FactKind.Statement => fact.Speaker ?? string.Empty,
        _ => string.Empty,
    };

    private static string Number(decimal? value) => value is { } v ? FactsJsonWriter.FormatNumber(v) : "?";

    private static string Join(string number, string? unit) => unit is null ? number : number + " " + unit;
}
