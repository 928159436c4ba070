using System;
using System.Collections.Generic;
using SeedSdk.Internal;

namespace SeedSdk;

/// <summary>A role a person holds, possibly in an organization ("founder of Example Corp").</summary>
public sealed record RoleFact : Fact
{
    /// <summary>Creates a role fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The exact source characters.</param>
    /// <param name="source">Where the fact stands.</param>
    /// <param name="person">The person's canonical name.</param>
    /// <param name="role">The role, lower-case as written ("ceo", "founder").</param>
    /// <param name="organization">The organization's canonical name, when one is named.</param>
    /// <param name="personEntity">The person fact of the same document, when there is one.</param>
    /// <param name="organizationEntity">The organization fact of the same document, when there is one.</param>
    public RoleFact(
        string name,
        string text,
        SourceSpan source,
        string person,
        string role,
        string? organization,
        PersonFact? personEntity,
        OrganizationFact? organizationEntity)
        : base(name, text, source)
    {
        Person = person ?? throw new ArgumentNullException(nameof(person));
        Role = role ?? throw new ArgumentNullException(nameof(role));
        Organization = organization;
        PersonEntity = personEntity;
        OrganizationEntity = organizationEntity;
    }

    /// <inheritdoc />
    public override FactKind Kind => FactKind.Role;

    /// <summary>The person's canonical name.</summary>
    public string Person { get; }

    /// <summary>The role, lower-case as written ("ceo", "vice president").</summary>
    public string Role { get; }

    /// <summary>The organization's canonical name, or null when none is named.</summary>
    public string? Organization { get; }

    /// <summary>The document's fact for <see cref="Person"/>, when the extractor found one.</summary>
    public PersonFact? PersonEntity { get; }

    /// <summary>The document's fact for <see cref="Organization"/>, when the extractor found one.</summary>
    public OrganizationFact? OrganizationEntity { get; }

    /// <summary>"Jane Doe, ceo of Example Corp" or "Jane Doe, ceo".</summary>
    protected override string FormatValue()
        => Organization is null ? Person + ", " + Role : Person + ", " + Role + " of " + Organization;
}

/// <summary>An enumeration of items, with the noun phrase that introduces it.</summary>
public sealed record ListFact : Fact
{
    /// <summary>Creates a list fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The exact source characters.</param>
    /// <param name="source">Where the fact stands.</param>
    /// <param name="head">The noun phrase that introduces the items, or null.</param>
    /// <param name="items">The items in order.</param>
    public ListFact(string name, string text, SourceSpan source, string? head, IEnumerable<string> items)
        : base(name, text, source)
    {
        Head = head;
        Items = new ReadOnlyValueList<string>(items);
    }

    /// <inheritdoc />
    public override FactKind Kind => FactKind.List;

    /// <summary>The noun phrase that introduces the items ("core areas"), or null.</summary>
    public string? Head { get; }

    /// <summary>The items in order.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>How many items there are.</summary>
    public int Count => Items.Count;

    /// <summary>"core areas: phones, cars, homes" or "phones, cars, homes".</summary>
    protected override string FormatValue()
        => Head is null ? string.Join(", ", Items) : Head + ": " + string.Join(", ", Items);
}

/// <summary>An attributed statement ("X said that ..."); <see cref="Fact.Text"/> is the reported content.</summary>
public sealed record StatementFact : Fact
{
    /// <summary>Creates a statement fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The reported content.</param>
    /// <param name="source">Where the content stands.</param>
    /// <param name="speaker">The speaker's canonical name.</param>
    public StatementFact(string name, string text, SourceSpan source, string speaker)
        : base(name, text, source)
    {
        Speaker = speaker ?? throw new ArgumentNullException(nameof(speaker));
    }

    /// <inheritdoc />
    public override FactKind Kind => FactKind.Statement;

    /// <summary>The speaker's canonical name.</summary>
    public string Speaker { get; }

    /// <summary>Speaker: "content".</summary>
    protected override string FormatValue() => Speaker + ": \"" + Text + "\"";
}
