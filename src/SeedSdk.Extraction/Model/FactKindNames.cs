using System;

namespace SeedSdk.Extraction.Model;

/// <summary>Maps <see cref="FactKind"/> to the names the facts contract and the generated API use.</summary>
public static class FactKindNames
{
    /// <summary>The lower-case <c>kind</c> string of the JSON contract ("money", "ratio", ...).</summary>
    public static string ContractName(this FactKind kind) => kind switch
    {
        FactKind.Money => "money",
        FactKind.Ratio => "ratio",
        FactKind.Quantity => "quantity",
        FactKind.Duration => "duration",
        FactKind.Date => "date",
        FactKind.Period => "period",
        FactKind.Person => "person",
        FactKind.Organization => "organization",
        FactKind.Location => "location",
        FactKind.Event => "event",
        FactKind.Role => "role",
        FactKind.List => "list",
        FactKind.Statement => "statement",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown fact kind."),
    };

    /// <summary>The plural PascalCase name of the nested class that holds facts of this kind ("Money", "People", ...).</summary>
    public static string GroupName(this FactKind kind) => kind switch
    {
        FactKind.Money => "Money",
        FactKind.Ratio => "Ratios",
        FactKind.Quantity => "Quantities",
        FactKind.Duration => "Durations",
        FactKind.Date => "Dates",
        FactKind.Period => "Periods",
        FactKind.Person => "People",
        FactKind.Organization => "Organizations",
        FactKind.Location => "Locations",
        FactKind.Event => "Events",
        FactKind.Role => "Roles",
        FactKind.List => "Lists",
        FactKind.Statement => "Statements",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown fact kind."),
    };
}
