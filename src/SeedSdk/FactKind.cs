namespace SeedSdk;

/// <summary>The kinds of fact a seed document can yield (the <c>seedsdk/facts@1</c> contract).</summary>
public enum FactKind
{
    /// <summary>An amount of money: value in units, ISO 4217 currency, optional qualifier.</summary>
    Money,

    /// <summary>A share expressed as a fraction of one.</summary>
    Ratio,

    /// <summary>A number of counted things with a unit.</summary>
    Quantity,

    /// <summary>A length of time: value and unit.</summary>
    Duration,

    /// <summary>A calendar date as precise as the text.</summary>
    Date,

    /// <summary>A span between two dates, end inclusive.</summary>
    Period,

    /// <summary>A named person.</summary>
    Person,

    /// <summary>A named organization.</summary>
    Organization,

    /// <summary>A named place.</summary>
    Location,

    /// <summary>A named meeting, session, launch or programme.</summary>
    Event,

    /// <summary>A (person, role, organization) triple.</summary>
    Role,

    /// <summary>An enumeration of items.</summary>
    List,

    /// <summary>An attributed statement.</summary>
    Statement,
}
