using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Generator.Model;

/// <summary>The fact kinds the runtime has a record for: the parser keeps only these, the emitter writes only these.</summary>
internal static class KnownKinds
{
    private static readonly HashSet<FactKind> Kinds = new()
    {
        FactKind.Money, FactKind.Ratio, FactKind.Quantity, FactKind.Duration, FactKind.Date, FactKind.Period,
        FactKind.Person, FactKind.Organization, FactKind.Location, FactKind.Event, FactKind.Role, FactKind.List,
        FactKind.Statement,
    };

    /// <summary>Whether the runtime has a record for <paramref name="kind"/>.</summary>
    public static bool Contains(FactKind kind) => Kinds.Contains(kind);
}
