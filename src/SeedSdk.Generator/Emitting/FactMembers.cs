using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Generator.Emitting;

/// <summary>
/// Per kind: the runtime record and the constants emitted beside the fact's property. Constant suffixes: money <c>Value</c> (decimal) and
/// <c>Currency</c>; ratio, quantity, duration <c>Value</c> (decimal); date <c>Value</c> (ISO string);
/// period <c>Start</c>/<c>End</c> (ISO strings); person, organization, location, event <c>Name</c>;
/// list <c>Count</c> (int); roles and statements have none.
/// </summary>
internal static class FactMembers
{
    private static readonly string[] None = Array.Empty<string>();
    private static readonly string[] ValueOnly = { "Value" };
    private static readonly string[] MoneySuffixes = { "Value", "Currency" };
    private static readonly string[] PeriodSuffixes = { "Start", "End" };
    private static readonly string[] NameOnly = { "Name" };
    private static readonly string[] CountOnly = { "Count" };

    /// <summary>The runtime record's simple name ("MoneyFact").</summary>
    public static string RecordType(FactKind kind) => kind switch
    {
        FactKind.Money => "MoneyFact",
        FactKind.Ratio => "RatioFact",
        FactKind.Quantity => "QuantityFact",
        FactKind.Duration => "DurationFact",
        FactKind.Date => "DateFact",
        FactKind.Period => "PeriodFact",
        FactKind.Person => "PersonFact",
        FactKind.Organization => "OrganizationFact",
        FactKind.Location => "LocationFact",
        FactKind.Event => "EventFact",
        FactKind.Role => "RoleFact",
        FactKind.List => "ListFact",
        FactKind.Statement => "StatementFact",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown fact kind."),
    };

    /// <summary>The suffixes of the constants a fact of <paramref name="kind"/> gets, in order.</summary>
    public static IReadOnlyList<string> ConstantSuffixes(FactKind kind) => kind switch
    {
        FactKind.Money => MoneySuffixes,
        FactKind.Ratio or FactKind.Quantity or FactKind.Duration or FactKind.Date => ValueOnly,
        FactKind.Period => PeriodSuffixes,
        FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event => NameOnly,
        FactKind.List => CountOnly,
        _ => None,
    };

    /// <summary>The constants of <paramref name="fact"/>, in the order of <see cref="ConstantSuffixes"/>.</summary>
    public static IReadOnlyList<Constant> Constants(ExtractedFact fact) => fact.Kind switch
    {
        FactKind.Money => new[]
        {
            new Constant("decimal", CSharpLiteral.Decimal(fact.Value ?? 0m)),
            new Constant("string", CSharpLiteral.String(fact.Unit ?? string.Empty)),
        },
        FactKind.Ratio => new[] { new Constant("decimal", CSharpLiteral.Decimal(fact.Value ?? 0m)) },
        FactKind.Quantity or FactKind.Duration => new[] { new Constant("decimal", CSharpLiteral.Decimal(fact.Value ?? 0m)) },
        FactKind.Date => new[] { new Constant("string", CSharpLiteral.String(fact.Date ?? string.Empty)) },
        FactKind.Period => new[]
        {
            new Constant("string", CSharpLiteral.String(fact.Start ?? string.Empty)),
            new Constant("string", CSharpLiteral.String(fact.End ?? string.Empty)),
        },
        FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event
            => new[] { new Constant("string", CSharpLiteral.String(fact.EntityName ?? string.Empty)) },
        FactKind.List => new[] { new Constant("int", CSharpLiteral.Int(fact.Items.Count)) },
        _ => Array.Empty<Constant>(),
    };

    /// <summary>One constant: its C# type keyword and its literal.</summary>
    internal sealed record Constant(string Type, string Literal);
}
