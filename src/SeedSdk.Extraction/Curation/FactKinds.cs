using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Curation;

/// <summary>Fact kinds by their contract names ("money", "person", ...).</summary>
internal static class FactKinds
{
    private static readonly Dictionary<string, FactKind> ByName = Build();

    public static bool TryParse(string name, out FactKind kind) => ByName.TryGetValue(name, out kind);

    public static string UnknownKindMessage(string name)
        => "Unknown fact kind \"" + name + "\"; the kinds are " + string.Join(", ", ByName.Keys);

    public static bool IsEntity(FactKind kind) => kind is FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event;

    private static Dictionary<string, FactKind> Build()
    {
        var byName = new Dictionary<string, FactKind>(StringComparer.Ordinal);
        foreach (FactKind kind in Enum.GetValues(typeof(FactKind)))
        {
            byName.Add(kind.ContractName(), kind);
        }

        return byName;
    }
}
