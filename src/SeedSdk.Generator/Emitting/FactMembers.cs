using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Parsing;

namespace SeedSdk.Generator.Emitting;

/// <summary>
/// Per kind: the runtime record, the constructor arguments after name, text and source, and the
/// constants emitted beside the field. Constant suffixes: money <c>Value</c> (decimal) and
/// <c>Currency</c>; ratio, quantity, duration <c>Value</c> (decimal); date <c>Value</c> (ISO string);
/// period <c>Start</c>/<c>End</c> (ISO strings); person, organization, location, event <c>Name</c>;
/// list <c>Count</c> (int); roles and statements have none.
/// </summary>
internal static class FactMembers
{
    private const string Runtime = "global::SeedSdk.";

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
            new Constant("decimal", CSharpLiteral.Decimal(fact.Value ?? 0m), "The amount, in units,"),
            new Constant("string", CSharpLiteral.String(fact.Unit ?? string.Empty), "The ISO 4217 currency code"),
        },
        FactKind.Ratio => new[] { new Constant("decimal", CSharpLiteral.Decimal(fact.Value ?? 0m), "The fraction of one") },
        FactKind.Quantity or FactKind.Duration => new[] { new Constant("decimal", CSharpLiteral.Decimal(fact.Value ?? 0m), "The number of units") },
        FactKind.Date => new[] { new Constant("string", CSharpLiteral.String(fact.Date ?? string.Empty), "The ISO 8601 date") },
        FactKind.Period => new[]
        {
            new Constant("string", CSharpLiteral.String(fact.Start ?? string.Empty), "The ISO 8601 start"),
            new Constant("string", CSharpLiteral.String(fact.End ?? string.Empty), "The ISO 8601 end (inclusive)"),
        },
        FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event
            => new[] { new Constant("string", CSharpLiteral.String(fact.EntityName ?? string.Empty), "The canonical name") },
        FactKind.List => new[] { new Constant("int", CSharpLiteral.Int(fact.Items.Count), "The number of items") },
        _ => Array.Empty<Constant>(),
    };

    /// <summary>The constructor arguments after name, text and source.</summary>
    public static IEnumerable<string> ValueArguments(ExtractedFact fact, SeedEmitter.EntityReferences references) => fact.Kind switch
    {
        FactKind.Money => new[]
        {
            "new " + Runtime + "Money(" + CSharpLiteral.Decimal(fact.Value ?? 0m) + ", " + CSharpLiteral.String(fact.Unit ?? string.Empty) + ")",
            Runtime + "MoneyQualifier." + FactDisplay.QualifierMember(fact.Qualifier),
        },
        FactKind.Ratio => new[] { CSharpLiteral.Decimal(fact.Value ?? 0m) },
        FactKind.Quantity or FactKind.Duration => new[] { CSharpLiteral.Decimal(fact.Value ?? 0m), CSharpLiteral.String(fact.Unit ?? string.Empty) },
        FactKind.Date => new[] { PartialDate(fact.Date) },
        FactKind.Period => new[] { "new " + Runtime + "DateRange(" + PartialDate(fact.Start) + ", " + PartialDate(fact.End) + ")" },
        FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event
            => new[] { CSharpLiteral.String(fact.EntityName ?? fact.Text), Strings(fact.Aliases) },
        FactKind.Role => new[]
        {
            CSharpLiteral.String(fact.Person ?? string.Empty),
            CSharpLiteral.String(fact.Role ?? string.Empty),
            CSharpLiteral.NullableString(fact.Organization),
            references.Person(fact.Person),
            references.Organization(fact.Organization),
        },
        FactKind.List => new[] { CSharpLiteral.NullableString(fact.Head), Strings(fact.Items) },
        FactKind.Statement => new[] { CSharpLiteral.String(fact.Speaker ?? string.Empty) },
        _ => Array.Empty<string>(),
    };

    private static string Strings(EquatableArray<string> items)
    {
        if (items.Count == 0)
        {
            return "global::System.Array.Empty<string>()";
        }

        var literals = new List<string>(items.Count);
        foreach (var item in items)
        {
            literals.Add(CSharpLiteral.String(item ?? string.Empty));
        }

        return "new string[] { " + string.Join(", ", literals) + " }";
    }

    /// <summary>A <c>PartialDate</c> construction; the validator guarantees <paramref name="iso"/> parses.</summary>
    private static string PartialDate(string? iso)
    {
        IsoDate.TryParse(iso, out var date);
        var year = CSharpLiteral.Int(date.Year);
        if (date.Quarter != 0)
        {
            return Runtime + "PartialDate.FromQuarter(" + year + ", " + CSharpLiteral.Int(date.Quarter) + ")";
        }

        var arguments = date.Day != 0 ? year + ", " + CSharpLiteral.Int(date.Month) + ", " + CSharpLiteral.Int(date.Day)
            : date.Month != 0 ? year + ", " + CSharpLiteral.Int(date.Month)
            : year;
        return "new " + Runtime + "PartialDate(" + arguments + ")";
    }

    /// <summary>One constant: its C# type keyword, its literal and the start of its doc sentence.</summary>
    internal sealed record Constant(string Type, string Literal, string Description);
}
