namespace SeedSdk.Extraction.Model;

/// <summary>The names the facts contract and the generated API use for a <see cref="FactKind"/>, read from <see cref="FactKinds"/>.</summary>
public static class FactKindNames
{
    /// <summary>The lower-case <c>kind</c> string of the JSON contract ("money", "ratio", ...).</summary>
    public static string ContractName(this FactKind kind) => FactKinds.Of(kind).ContractName;

    /// <summary>The plural PascalCase name of the nested class that holds facts of this kind ("Money", "People", ...).</summary>
    public static string GroupName(this FactKind kind) => FactKinds.Of(kind).GroupName;
}
