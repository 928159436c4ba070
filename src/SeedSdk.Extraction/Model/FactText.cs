using System.Globalization;

namespace SeedSdk.Extraction.Model;

/// <summary>
/// The one formatter of a fact's value, in two registers: <see cref="Display"/>, readable prose formatted like the runtime
/// records' <c>ToString()</c> ("up to 3,200,000,000 USD", "25%"), for the generated doc comments; and <see cref="Summary"/>,
/// the contract's normalized values in one short line ("3200000000 USD (up-to)", "0.25"), for the CLI's table and report.
/// Both are culture-invariant.
/// </summary>
public static class FactText
{
    private const string GroupedDecimal = "#,0.############################";
    private const string PlainDecimal = "0.############################";

    /// <summary>The readable value of <paramref name="fact"/>: "up to 3,200,000,000 USD", "25%", "2 weeks", "2021..2025".</summary>
    public static string Display(ExtractedFact fact) => fact.Kind switch
    {
        FactKind.Money => Qualified(fact.Qualifier, Grouped(fact.Value) + " " + fact.Unit),
        FactKind.Ratio => Grouped(decimal.Round((fact.Value ?? 0m) * 100m, 2)) + "%",
        FactKind.Quantity => Joined(Grouped(fact.Value), fact.Unit),
        FactKind.Duration => Joined(Grouped(fact.Value), fact.Unit) + (fact.Value == 1m || string.IsNullOrEmpty(fact.Unit) ? string.Empty : "s"),
        FactKind.Date => fact.Date ?? string.Empty,
        FactKind.Period => fact.Start + ".." + fact.End,
        FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event => fact.EntityName ?? fact.Text,
        FactKind.Role => fact.Person + ", " + fact.Role + (fact.Organization is null ? string.Empty : " of " + fact.Organization),
        FactKind.List => Listed(fact),
        FactKind.Statement => fact.Speaker + ": \"" + fact.Text + "\"",
        _ => fact.Text,
    };

    /// <summary>The normalized value of <paramref name="fact"/> in one line: "3200000000 USD (up-to)", "0.25", "Jane Doe / ceo / Acme".</summary>
    public static string Summary(ExtractedFact fact) => fact.Kind switch
    {
        FactKind.Money => JoinedUnit(Plain(fact.Value), fact.Unit) + (fact.Qualifier is null ? string.Empty : " (" + fact.Qualifier + ")"),
        FactKind.Ratio => Plain(fact.Value),
        FactKind.Quantity or FactKind.Duration => JoinedUnit(Plain(fact.Value), fact.Unit),
        FactKind.Date => fact.Date ?? string.Empty,
        FactKind.Period => fact.Start + ".." + fact.End,
        FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event
            => (fact.EntityName ?? fact.Text) + (fact.Aliases.Count == 0 ? string.Empty : " (aka " + string.Join(", ", fact.Aliases) + ")"),
        FactKind.Role => fact.Person + " / " + fact.Role + (fact.Organization is null ? string.Empty : " / " + fact.Organization),
        FactKind.List => Listed(fact),
        FactKind.Statement => fact.Speaker ?? string.Empty,
        _ => string.Empty,
    };

    /// <summary>A contract number as the JSON writes it: invariant, no grouping, no trailing zeros ("0.3333", "100", "-7.5").</summary>
    public static string Number(decimal value) => value.ToString(PlainDecimal, CultureInfo.InvariantCulture);

    /// <summary>The runtime <c>MoneyQualifier</c> member for a contract qualifier ("up-to" → "UpTo"); "None" when absent or unknown.</summary>
    public static string QualifierMember(string? qualifier) => qualifier switch
    {
        "up-to" => "UpTo",
        "at-least" => "AtLeast",
        "about" => "About",
        "over" => "Over",
        "under" => "Under",
        _ => "None",
    };

    private static string Listed(ExtractedFact fact) => (fact.Head is null ? string.Empty : fact.Head + ": ") + string.Join(", ", fact.Items);

    private static string Qualified(string? qualifier, string amount)
        => QualifierMember(qualifier) == "None" ? amount : qualifier!.Replace('-', ' ') + " " + amount;

    // The readable register leaves out an empty unit; the summary only a missing one.
    private static string Joined(string number, string? unit) => string.IsNullOrEmpty(unit) ? number : number + " " + unit;

    private static string JoinedUnit(string number, string? unit) => unit is null ? number : number + " " + unit;

    private static string Grouped(decimal? value) => (value ?? 0m).ToString(GroupedDecimal, CultureInfo.InvariantCulture);

    private static string Plain(decimal? value) => value is { } v ? Number(v) : "?";
}
