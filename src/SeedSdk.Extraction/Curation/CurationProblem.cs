using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Curation;

/// <summary>One problem in a curation file, located at the JSON token that caused it.</summary>
/// <param name="Id">The diagnostic ID (one of <see cref="CurationProblemIds"/>).</param>
/// <param name="Message">What is wrong and what to do, as one sentence.</param>
/// <param name="Span">Where in the curation file (1-based line and column).</param>
public sealed record CurationProblem(string Id, string Message, SourceSpan Span);

/// <summary>The diagnostic IDs of curation problems; the generator and the CLI report them under these IDs.</summary>
public static class CurationProblemIds
{
    /// <summary>The curation file is not JSON; nothing of it is applied.</summary>
    public const string NotJson = "SEED020";

    /// <summary>A member is unknown, has the wrong type, is missing or conflicts with another; the entry is skipped.</summary>
    public const string InvalidEntry = "SEED021";

    /// <summary>No fact matches an entry.</summary>
    public const string UnknownFact = "SEED022";

    /// <summary>More than one fact (or quote occurrence) matches an entry.</summary>
    public const string AmbiguousFact = "SEED023";

    /// <summary>The quote of an added fact is not in the seed.</summary>
    public const string QuoteNotFound = "SEED024";

    /// <summary>A kind, value or name is not valid for the fact.</summary>
    public const string BadValue = "SEED025";

    /// <summary>Two curated facts of one kind claim one name.</summary>
    public const string DuplicateName = "SEED026";
}
