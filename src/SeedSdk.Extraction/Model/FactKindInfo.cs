using System.Collections.Generic;

namespace SeedSdk.Extraction.Model;

/// <summary>One row of <see cref="FactKinds"/>: the names and tables of one fact kind.</summary>
public sealed class FactKindInfo
{
    internal FactKindInfo(
        FactKind kind,
        string contractName,
        string groupName,
        string recordType,
        string[] constantSuffixes,
        FactField[] fields,
        FactRequirement[] requirements,
        string missingProblem,
        bool isEntity = false)
    {
        Kind = kind;
        ContractName = contractName;
        GroupName = groupName;
        RecordType = recordType;
        ConstantSuffixes = constantSuffixes;
        Fields = fields;
        Requirements = requirements;
        MissingProblem = missingProblem;
        IsEntity = isEntity;
    }

    /// <summary>The kind.</summary>
    public FactKind Kind { get; }

    /// <summary>The lower-case <c>kind</c> string of the JSON contract ("money").</summary>
    public string ContractName { get; }

    /// <summary>The plural PascalCase name of the generated class that holds facts of this kind ("Money", "People").</summary>
    public string GroupName { get; }

    /// <summary>The runtime record's simple name ("MoneyFact").</summary>
    public string RecordType { get; }

    /// <summary>The suffixes of the constants the generator emits beside a fact's field, in order ("Value", "Currency").</summary>
    public IReadOnlyList<string> ConstantSuffixes { get; }

    /// <summary>The contract's fields of this kind after kind, name, text, line and column, in the JSON's order.</summary>
    public IReadOnlyList<FactField> Fields { get; }

    /// <summary>What a fact of this kind must have to become a runtime record (the generator drops it otherwise, SEED008).</summary>
    public IReadOnlyList<FactRequirement> Requirements { get; }

    /// <summary>Why a fact that misses a requirement cannot be emitted ("it has no amount or currency").</summary>
    public string MissingProblem { get; }

    /// <summary>Whether the kind names an entity: its facts carry a canonical name, shown as their display name, and aliases.</summary>
    public bool IsEntity { get; }
}
