using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Generator.Emitting;

/// <summary>
/// Per kind: the runtime record, the constructor arguments after name, text and source, and the
/// constants emitted beside the field. The record names and constant suffixes are the catalogue's
/// (<see cref="FactKinds"/>); the constants' types and literals are written here.
/// </summary>
internal static class FactMembers
{
    private const string Runtime = "global::SeedSdk.";

    /// <summary>The runtime record's simple name ("MoneyFact"), from the catalogue.</summary>
    public static string RecordType(FactKind kind) => FactKinds.Of(kind).RecordType;

    /// <summary>The suffixes of the constants a fact of <paramref name="kind"/> gets, in order, from the catalogue.</summary>
    public static IReadOnlyList<string> ConstantSuffixes(FactKind kind) => FactKinds.Of(kind).ConstantSuffixes;

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
            Runtime + "MoneyQualifier." + FactText.QualifierMember(fact.Qualifier),
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
