namespace SeedSdk.Extraction.Model;

/// <summary>
/// One fact found in a document. A flat, immutable record with value equality: every fact has a
/// <see cref="Kind"/>, a <see cref="Name"/> (its C# identifier), the exact source <see cref="Text"/>
/// and where it stands; the other members are filled according to the kind, as in the
/// <c>seedsdk/facts@1</c> contract, and stay <see langword="null"/> (or empty) otherwise.
/// </summary>
public sealed record ExtractedFact
{
    /// <summary>What kind of fact this is.</summary>
    public FactKind Kind { get; init; }

    private string _name = string.Empty;

    /// <summary>The C# identifier the fact gets, unique within its kind in the document. Empty until the namer ran.</summary>
    public string Name { get => _name; init => _name = value; }

    /// <summary>The exact source characters of the fact (for statements: the reported content).</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Where <see cref="Text"/> stands in the document.</summary>
    public SourceSpan Span { get; init; }

    /// <summary>The 0-based index of the sentence the fact stands in.</summary>
    public int SentenceIndex { get; init; }

    /// <summary>Money, ratio, quantity, duration: the normalized number (money in units, ratios as a fraction of one).</summary>
    public decimal? Value { get; init; }

    /// <summary>Money: ISO 4217 code; quantity: lower-case singular noun; duration: year, month, week, day, hour or minute.</summary>
    public string? Unit { get; init; }

    /// <summary>Money: <c>up-to</c>, <c>at-least</c>, <c>about</c>, <c>over</c> or <c>under</c>; null when exact.</summary>
    public string? Qualifier { get; init; }

    /// <summary>Date: ISO 8601 value as precise as the text ("2025", "2025-03", "2025-03-05", "2025-Q1").</summary>
    public string? Date { get; init; }

    /// <summary>Period: ISO 8601 start.</summary>
    public string? Start { get; init; }

    /// <summary>Period: ISO 8601 end, inclusive.</summary>
    public string? End { get; init; }

    /// <summary>Person, organization, location, event: the canonical name.</summary>
    public string? EntityName { get => Details.EntityName; init => SetDetails(Details with { EntityName = value }); }

    /// <summary>Person, organization, location, event: the other spellings and resolved pronouns or descriptions.</summary>
    public EquatableArray<string> Aliases { get => Details.Aliases; init => SetDetails(Details with { Aliases = value }); }

    /// <summary>Role: the person's canonical name.</summary>
    public string? Person { get => Details.Person; init => SetDetails(Details with { Person = value }); }

    /// <summary>Role: the role, lower-case as written ("ceo", "vice president").</summary>
    public string? Role { get => Details.Role; init => SetDetails(Details with { Role = value }); }

    /// <summary>Role: the organization's canonical name, when one is named.</summary>
    public string? Organization { get => Details.Organization; init => SetDetails(Details with { Organization = value }); }

    /// <summary>List: the noun phrase that introduces the items, or null.</summary>
    public string? Head { get => Details.Head; init => SetDetails(Details with { Head = value }); }

    /// <summary>List: the items in order.</summary>
    public EquatableArray<string> Items { get => Details.Items; init => SetDetails(Details with { Items = value }); }

    /// <summary>Statement: the speaker's canonical name.</summary>
    public string? Speaker { get => Details.Speaker; init => SetDetails(Details with { Speaker = value }); }

    // The members only entities, roles, lists and statements fill, kept apart so that the many numeric and temporal
    // facts of a long document are smaller (less for the garbage collector to copy). Null while all are empty; an
    // immutable record, so copies made with 'with' may share it, and compared by value, so equality is unchanged.
    private FactDetails? _details;

    private FactDetails Details => _details ?? FactDetails.Empty;

    private void SetDetails(FactDetails details) => _details = details == FactDetails.Empty ? null : details;

    /// <summary>
    /// Names the fact in place. Only the namer calls it, once, on facts the extraction has just built and
    /// not yet handed out: copying every fact to set one member doubled the extraction's largest allocation.
    /// </summary>
    internal void AssignName(string name) => _name = name;

    private sealed record FactDetails
    {
        public static readonly FactDetails Empty = new();

        public string? EntityName { get; init; }

        public EquatableArray<string> Aliases { get; init; }

        public string? Person { get; init; }

        public string? Role { get; init; }

        public string? Organization { get; init; }

        public string? Head { get; init; }

        public EquatableArray<string> Items { get; init; }

        public string? Speaker { get; init; }
    }
}
