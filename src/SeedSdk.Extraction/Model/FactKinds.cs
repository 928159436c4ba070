using System;
using System.Collections.Generic;

namespace SeedSdk.Extraction.Model;

/// <summary>
/// The catalogue of fact kinds: one row per <see cref="FactKind"/> with every name and table the extractor, the
/// generator and the CLI use for it (contract name, group class, runtime record, constant suffixes, contract fields
/// and what a fact of the kind needs). A new kind gets its row here; see docs/fact-kinds.md for the files it still touches.
/// </summary>
public static class FactKinds
{
    private static readonly FactKindInfo[] Rows =
    {
        new(FactKind.Money, "money", "Money", "MoneyFact", new[] { "Value", "Currency" },
            new[] { FactField.Number("value", f => f.Value), FactField.Text("unit", f => f.Unit), FactField.OptionalText("qualifier", f => f.Qualifier) },
            new[] { new FactRequirement("value", f => f.Value is not null), new FactRequirement("unit", f => !string.IsNullOrEmpty(f.Unit)) },
            "it has no amount or currency"),
        new(FactKind.Ratio, "ratio", "Ratios", "RatioFact", new[] { "Value" },
            new[] { FactField.Number("value", f => f.Value) },
            new[] { new FactRequirement("value", f => f.Value is not null) },
            "it has no value"),
        new(FactKind.Quantity, "quantity", "Quantities", "QuantityFact", new[] { "Value" },
            new[] { FactField.Number("value", f => f.Value), FactField.Text("unit", f => f.Unit) },
            new[] { new FactRequirement("value", f => f.Value is not null), new FactRequirement("unit", f => f.Unit is not null) },
            "it has no value or unit"),
        new(FactKind.Duration, "duration", "Durations", "DurationFact", new[] { "Value" },
            new[] { FactField.Number("value", f => f.Value), FactField.Text("unit", f => f.Unit) },
            new[] { new FactRequirement("value", f => f.Value is not null), new FactRequirement("unit", f => f.Unit is not null) },
            "it has no value or unit"),
        new(FactKind.Date, "date", "Dates", "DateFact", new[] { "Value" },
            new[] { FactField.Text("value", f => f.Date) },
            new[] { new FactRequirement("value", f => IsoDate.TryParse(f.Date, out _)) },
            "its date is not ISO 8601"),
        new(FactKind.Period, "period", "Periods", "PeriodFact", new[] { "Start", "End" },
            new[] { FactField.Text("start", f => f.Start), FactField.Text("end", f => f.End) },
            new[] { new FactRequirement("start", f => IsoDate.TryParse(f.Start, out _)), new FactRequirement("end", f => IsoDate.TryParse(f.End, out _)) },
            "its start or end is not ISO 8601"),
        Entity(FactKind.Person, "person", "People", "PersonFact"),
        Entity(FactKind.Organization, "organization", "Organizations", "OrganizationFact"),
        Entity(FactKind.Location, "location", "Locations", "LocationFact"),
        Entity(FactKind.Event, "event", "Events", "EventFact"),
        new(FactKind.Role, "role", "Roles", "RoleFact", Array.Empty<string>(),
            new[] { FactField.Text("person", f => f.Person), FactField.Text("role", f => f.Role), FactField.Text("organization", f => f.Organization) },
            new[] { new FactRequirement("person", f => f.Person is not null), new FactRequirement("role", f => f.Role is not null) },
            "it has no person or role"),
        new(FactKind.List, "list", "Lists", "ListFact", new[] { "Count" },
            new[] { FactField.Text("head", f => f.Head), FactField.Texts("items", f => f.Items) },
            Array.Empty<FactRequirement>(),
            string.Empty),
        new(FactKind.Statement, "statement", "Statements", "StatementFact", Array.Empty<string>(),
            new[] { FactField.Text("speaker", f => f.Speaker) },
            new[] { new FactRequirement("speaker", f => f.Speaker is not null) },
            "it has no speaker"),
    };

    private static readonly FactKindInfo?[] ByKind = IndexByKind();
    private static readonly Dictionary<string, FactKind> ByContractName = IndexByContractName();

    /// <summary>Every kind, in the order of <see cref="FactKind"/>.</summary>
    public static IReadOnlyList<FactKindInfo> All => Rows;

    /// <summary>The row of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind has no row (not a kind of the contract).</exception>
    public static FactKindInfo Of(FactKind kind)
        => IsKnown(kind) ? ByKind[(int)kind]! : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown fact kind.");

    /// <summary>Whether <paramref name="kind"/> has a row (and so a runtime record).</summary>
    public static bool IsKnown(FactKind kind) => (int)kind >= 0 && (int)kind < ByKind.Length && ByKind[(int)kind] is not null;

    /// <summary>The kind whose contract name is <paramref name="contractName"/> ("money"), if any.</summary>
    public static bool TryParse(string contractName, out FactKind kind) => ByContractName.TryGetValue(contractName, out kind);

    /// <summary>Whether facts of <paramref name="kind"/> name an entity (person, organization, location, event).</summary>
    public static bool IsEntity(FactKind kind) => IsKnown(kind) && ByKind[(int)kind]!.IsEntity;

    // The four entity kinds share their fields and needs: the canonical name (shown as the display name) and aliases.
    private static FactKindInfo Entity(FactKind kind, string contractName, string groupName, string recordType)
        => new(kind, contractName, groupName, recordType, new[] { "Name" },
            new[] { FactField.Texts("aliases", f => f.Aliases) },
            new[] { new FactRequirement("name", f => !string.IsNullOrEmpty(f.EntityName)) },
            "it has no name",
            isEntity: true);

    private static FactKindInfo?[] IndexByKind()
    {
        var max = 0;
        foreach (var row in Rows)
        {
            max = Math.Max(max, (int)row.Kind);
        }

        var byKind = new FactKindInfo?[max + 1];
        foreach (var row in Rows)
        {
            byKind[(int)row.Kind] = row;
        }

        return byKind;
    }

    private static Dictionary<string, FactKind> IndexByContractName()
    {
        var byName = new Dictionary<string, FactKind>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            byName.Add(row.ContractName, row.Kind);
        }

        return byName;
    }
}
