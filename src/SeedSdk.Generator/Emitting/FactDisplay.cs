using System.Globalization;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Generator.Emitting;

/// <summary>
/// The readable value of a fact for doc comments, formatted like the runtime records' <c>ToString()</c>
/// ("up to 3,200,000,000 USD", "25%", "2021..2025"), invariantly.
/// </summary>
internal static class FactDisplay
{
    private const string GroupedDecimal = "#,0.############################";

    public static string Of(ExtractedFact fact) => fact.Kind switch
    {
        FactKind.Money => Qualified(fact.Qualifier, Number(fact.Value) + " " + fact.Unit),
        FactKind.Ratio => Number(decimal.Round((fact.Value ?? 0m) * 100m, 2)) + "%",
        FactKind.Quantity => Joined(Number(fact.Value), fact.Unit),
        FactKind.Duration => Joined(Number(fact.Value), fact.Unit) + (fact.Value == 1m || string.IsNullOrEmpty(fact.Unit) ? string.Empty : "s"),
        FactKind.Date => fact.Date ?? string.Empty,
        FactKind.Period => fact.Start + ".." + fact.End,
        FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event => fact.EntityName ?? fact.Text,
        FactKind.Role => fact.Organization is null ? fact.Person + ", " + fact.Role : fact.Person + ", " + fact.Role + " of " + fact.Organization,
        FactKind.List => fact.Head is null ? string.Join(", ", fact.Items) : fact.Head + ": " + string.Join(", ", fact.Items),
        FactKind.Statement => fact.Speaker + ": \"" + fact.Text + "\"",
        _ => fact.Text,
    };

    /// <summary>The <c>MoneyQualifier</c> member for a contract qualifier ("up-to" → "UpTo"); "None" when absent or unknown.</summary>
    public static string QualifierMember(string? qualifier) => qualifier switch
    {
        "up-to" => "UpTo",
        "at-least" => "AtLeast",
        "about" => "About",
        "over" => "Over",
        "under" => "Under",
        _ => "None",
    };

    private static string Qualified(string? qualifier, string amount)
        => QualifierMember(qualifier) == "None" ? amount : qualifier!.Replace('-', ' ') + " " + amount;

    private static string Joined(string number, string? unit) => string.IsNullOrEmpty(unit) ? number : number + " " + unit;

    private static string Number(decimal? value) => (value ?? 0m).ToString(GroupedDecimal, CultureInfo.InvariantCulture);
}
