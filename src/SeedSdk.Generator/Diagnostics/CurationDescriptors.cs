using Microsoft.CodeAnalysis;
using SeedSdk.Extraction.Curation;

namespace SeedSdk.Generator.Diagnostics;

/// <summary>
/// The diagnostics of curation files (<c>report.seedsdk.json</c> beside <c>report.txt</c>), SEED020 to SEED027.
/// The messages of SEED020 to SEED026 come from the shared curation code, so the CLI prints the same words.
/// </summary>
internal static class CurationDescriptors
{
    private const string Category = "SeedSdk";

    public static readonly DiagnosticDescriptor NotJson = Create(CurationProblemIds.NotJson, "Curation file is not JSON");

    public static readonly DiagnosticDescriptor InvalidEntry = Create(CurationProblemIds.InvalidEntry, "Curation entry is not valid");

    public static readonly DiagnosticDescriptor UnknownFact = Create(CurationProblemIds.UnknownFact, "Curated fact not found");

    public static readonly DiagnosticDescriptor AmbiguousFact = Create(CurationProblemIds.AmbiguousFact, "Curated fact is ambiguous");

    public static readonly DiagnosticDescriptor QuoteNotFound = Create(CurationProblemIds.QuoteNotFound, "Quote of an added fact not found");

    public static readonly DiagnosticDescriptor BadValue = Create(CurationProblemIds.BadValue, "Curated kind, value or name is not valid");

    public static readonly DiagnosticDescriptor DuplicateName = Create(CurationProblemIds.DuplicateName, "Curated name given twice");

    public static readonly DiagnosticDescriptor NoSeed = new(
        "SEED027",
        "Curation file has no seed",
        "The curation file '{0}' has no seed beside it (a seed file of the same name, .txt or .md, in the same folder); it is not applied",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticHelp.LinkFor("SEED027"));

    /// <summary>The descriptor of a curation problem ID.</summary>
    public static DiagnosticDescriptor ForId(string id) => id switch
    {
        CurationProblemIds.NotJson => NotJson,
        CurationProblemIds.InvalidEntry => InvalidEntry,
        CurationProblemIds.UnknownFact => UnknownFact,
        CurationProblemIds.AmbiguousFact => AmbiguousFact,
        CurationProblemIds.QuoteNotFound => QuoteNotFound,
        CurationProblemIds.BadValue => BadValue,
        _ => DuplicateName,
    };

    private static DiagnosticDescriptor Create(string id, string title)
        => new(id, title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: DiagnosticHelp.LinkFor(id));
}
