using Microsoft.CodeAnalysis;

namespace SeedSdk.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports about seeds (IDs SEED001…, category "SeedSdk"); curation files have <see cref="CurationDescriptors"/>.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SeedSdk";

    public static readonly DiagnosticDescriptor UnreadableSeed = new(
        "SEED001",
        "Seed file could not be read",
        "The seed file '{0}' could not be read; no code is generated for it",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticHelp.LinkFor("SEED001"));

    public static readonly DiagnosticDescriptor EmptySeed = new(
        "SEED002",
        "Seed file is empty",
        "The seed file '{0}' is empty or only whitespace; no code is generated for it",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticHelp.LinkFor("SEED002"));

    public static readonly DiagnosticDescriptor BinarySeed = new(
        "SEED003",
        "Seed file is not text",
        "The seed file '{0}' contains {1} at line {2}: it is not UTF-8 text; no code is generated for it",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticHelp.LinkFor("SEED003"));

    public static readonly DiagnosticDescriptor SeedTooLarge = new(
        "SEED004",
        "Seed file is too large",
        "The seed file '{0}' has {1} bytes, more than SeedSdkMaxSeedBytes ({2}); no code is generated for it",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticHelp.LinkFor("SEED004"));

    public static readonly DiagnosticDescriptor DuplicateTypeName = new(
        "SEED005",
        "Two seeds map to one type name",
        "The seed file '{0}' maps to type '{1}', which the seed file '{2}' already uses; set SeedSdkTypeName on one of them",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticHelp.LinkFor("SEED005"));

    public static readonly DiagnosticDescriptor InvalidTypeName = new(
        "SEED006",
        "Invalid SeedSdkTypeName",
        "SeedSdkTypeName '{0}' of seed file '{1}' is not a valid C# type name here: {2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticHelp.LinkFor("SEED006"));

    public static readonly DiagnosticDescriptor InvalidNamespace = new(
        "SEED007",
        "Invalid SeedSdkNamespace",
        "SeedSdkNamespace '{0}' is not a valid C# namespace; using '{1}' instead",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticHelp.LinkFor("SEED007"));

    public static readonly DiagnosticDescriptor MalformedFact = new(
        "SEED008",
        "Fact skipped",
        "The {0} fact '{1}' was skipped: {2}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticHelp.LinkFor("SEED008"));

    public static readonly DiagnosticDescriptor SeedListedTwice = new(
        "SEED009",
        "Seed file listed more than once",
        "The seed file '{0}' is listed more than once as an AdditionalFile, so no code is generated for it; remove the duplicate item (the SeedSdk package already includes every *.txt and *.md under SeedSdkSeedsFolder)",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticHelp.LinkFor("SEED009"));

    public static readonly DiagnosticDescriptor InternalError = new(
        "SEED099",
        "Seed generation failed",
        "Generating code for the seed file '{0}' failed: {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: DiagnosticHelp.LinkFor("SEED099"));
}
