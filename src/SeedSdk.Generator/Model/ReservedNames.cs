using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Generator.Model;

/// <summary>
/// The names the generated class uses for itself, which neither a seed's class (SEED006) nor a fact member may take:
/// read by the parser (type names) and the emitter (member names), so both agree without importing each other.
/// </summary>
internal static class ReservedNames
{
    /// <summary>The private nested class that holds the fact table.</summary>
    public const string TableClass = "FactTable";

    /// <summary>The private method of each kind's class that reads a fact from the table.</summary>
    public const string FactAccessor = "At";

    private static readonly HashSet<string> TypeNames = CreateTypeNames();

    /// <summary>Names no fact member of a kind's class may take: <see cref="object"/>'s members and the class's own helpers.</summary>
    public static readonly IReadOnlyCollection<string> MemberNames = new[]
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize", TableClass, FactAccessor,
    };

    /// <summary>Whether <paramref name="name"/> is a member of every seed's class or a kind's nested class: no seed class may be named so (CS0542).</summary>
    public static bool IsTypeName(string name) => TypeNames.Contains(name);

    private static HashSet<string> CreateTypeNames()
    {
        // "Sentences" named the sentence table's class before the fact table held it: still reserved, so that no seed's
        // class name changes with the upgrade.
        var names = new HashSet<string>(StringComparer.Ordinal) { "Path", "Title", "Text", "Document", TableClass, "Sentences" };
        foreach (FactKind kind in Enum.GetValues(typeof(FactKind)))
        {
            names.Add(kind.GroupName());
        }

        return names;
    }
}
