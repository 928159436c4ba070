using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Generator.Emitting;

/// <summary>
/// Per kind: the runtime record and the constants emitted beside the fact's property. The record names and constant
/// suffixes are the catalogue's (<see cref="FactKinds"/>); the constants' types and literals are written here.
/// </summary>
internal static class FactMembers
{
    /// <summary>The runtime record's simple name ("MoneyFact"), from the catalogue.</summary>
    public static string RecordType(FactKind kind) => FactKinds.Of(kind).RecordType;

    /// <summary>The suffixes of the constants a fact of <paramref name="kind"/> gets, in order, from the catalogue.</summary>
    public static IReadOnlyList<string> ConstantSuffixes(FactKind kind) => FactKinds.Of(kind).ConstantSuffixes;

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
