using System;
using System.Collections.Generic;
using SeedSdk.Internal;

namespace SeedSdk;

/// <summary>A named thing: a person, organization, location or event, with the other names it goes by.</summary>
public abstract record EntityFact : Fact
{
    /// <summary>Initializes an entity fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The exact source characters.</param>
    /// <param name="source">Where the fact stands.</param>
    /// <param name="entityName">The canonical name.</param>
    /// <param name="aliases">The other spellings and references resolved to this entity.</param>
    protected EntityFact(string name, string text, SourceSpan source, string entityName, IEnumerable<string> aliases)
        : base(name, text, source)
    {
        EntityName = entityName ?? throw new ArgumentNullException(nameof(entityName));
        Aliases = new ReadOnlyValueList<string>(aliases);
    }

    /// <summary>The canonical name ("the longest form written" for organizations, the full name for people).</summary>
    public string EntityName { get; }

    /// <summary>The other spellings and references resolved to this entity, in order of appearance.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The canonical name.</summary>
    protected override string FormatValue() => EntityName;
}

/// <summary>A named person.</summary>
public sealed record PersonFact : EntityFact
{
    /// <summary>Creates a person fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The exact source characters.</param>
    /// <param name="source">Where the fact stands.</param>
    /// <param name="entityName">The full name as first written.</param>
    /// <param name="aliases">Other spellings and resolved pronouns.</param>
    public PersonFact(string name, string text, SourceSpan source, string entityName, IEnumerable<string> aliases)
        : base(name, text, source, entityName, aliases)
    {
    }

    /// <inheritdoc />
    public override FactKind Kind => FactKind.Person;
}

/// <summary>A named organization.</summary>
public sealed record OrganizationFact : EntityFact
{
    /// <summary>Creates an organization fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The exact source characters.</param>
    /// <param name="source">Where the fact stands.</param>
    /// <param name="entityName">The longest form written.</param>
    /// <param name="aliases">Shorter forms and references.</param>
    public OrganizationFact(string name, string text, SourceSpan source, string entityName, IEnumerable<string> aliases)
        : base(name, text, source, entityName, aliases)
    {
    }

    /// <inheritdoc />
    public override FactKind Kind => FactKind.Organization;
}

/// <summary>A named place: a country, province, city or region.</summary>
public sealed record LocationFact : EntityFact
{
    /// <summary>Creates a location fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The exact source characters.</param>
    /// <param name="source">Where the fact stands.</param>
    /// <param name="entityName">The place's name.</param>
    /// <param name="aliases">Other names of the place.</param>
    public LocationFact(string name, string text, SourceSpan source, string entityName, IEnumerable<string> aliases)
        : base(name, text, source, entityName, aliases)
    {
    }

    /// <inheritdoc />
    public override FactKind Kind => FactKind.Location;
}

/// <summary>A named meeting, session, launch or programme.</summary>
public sealed record EventFact : EntityFact
{
    /// <summary>Creates an event fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The exact source characters.</param>
    /// <param name="source">Where the fact stands.</param>
    /// <param name="entityName">The event's name.</param>
    /// <param name="aliases">Other names of the event.</param>
    public EventFact(string name, string text, SourceSpan source, string entityName, IEnumerable<string> aliases)
        : base(name, text, source, entityName, aliases)
    {
    }

    /// <inheritdoc />
    public override FactKind Kind => FactKind.Event;
}
