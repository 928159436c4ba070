namespace SeedSdk.Generator;

/// <summary>The names of the pipeline steps, for <c>WithTrackingName</c> and the incremental-caching tests.</summary>
public static class TrackingNames
{
    /// <summary>Project-wide options (namespace, size limit).</summary>
    public const string GlobalOptions = nameof(GlobalOptions);

    /// <summary>Every additional file paired with its options.</summary>
    public const string AdditionalFilesWithOptions = nameof(AdditionalFilesWithOptions);

    /// <summary>Seed files read and extracted (files that are not seeds give nothing).</summary>
    public const string ReadSeeds = nameof(ReadSeeds);

    /// <summary>Every curation file (<c>*.seedsdk.json</c>), collected.</summary>
    public const string CurationFiles = nameof(CurationFiles);

    /// <summary>Curation files without a seed beside them.</summary>
    public const string OrphanCurationDiagnostics = nameof(OrphanCurationDiagnostics);

    /// <summary>Each seed paired with its curation file.</summary>
    public const string SeedsWithCuration = nameof(SeedsWithCuration);

    /// <summary>Each seed with its curation applied.</summary>
    public const string CuratedSeeds = nameof(CuratedSeeds);

    /// <summary>The models that generate code.</summary>
    public const string Models = nameof(Models);

    /// <summary>Every seed's file and generated type, collected (for type-name clashes and curation files without a seed).</summary>
    public const string SeedIdentities = nameof(SeedIdentities);

    /// <summary>The seeds that lose a type-name clash.</summary>
    public const string DuplicatePaths = nameof(DuplicatePaths);

    /// <summary>The losers of type-name clashes and the language facts: what emitting a seed depends on besides its model.</summary>
    public const string EmitSettings = nameof(EmitSettings);

    /// <summary>Each model paired with <see cref="EmitSettings"/>.</summary>
    public const string ModelsWithDuplicates = nameof(ModelsWithDuplicates);

    /// <summary>What the consumer's language version lets the source use (<c>#nullable</c>, span <c>#line</c>).</summary>
    public const string LanguageFeatures = nameof(LanguageFeatures);

    /// <summary>Each seed's section (null for a seed that loses a type-name clash; the SEED099 that replaces a section that failed).</summary>
    public const string SeedSections = nameof(SeedSections);

    /// <summary>Every section, collected, with the language facts of the file header.</summary>
    public const string CollectedSections = nameof(CollectedSections);

    /// <summary>The generated files: the sections grouped by file.</summary>
    public const string GeneratedFiles = nameof(GeneratedFiles);

    /// <summary>Failures to emit a seed (SEED099), read from the collected sections.</summary>
    public const string EmitDiagnostics = nameof(EmitDiagnostics);

    /// <summary>Per-seed diagnostics.</summary>
    public const string SeedDiagnostics = nameof(SeedDiagnostics);

    /// <summary>Type-name clash diagnostics.</summary>
    public const string DuplicateDiagnostics = nameof(DuplicateDiagnostics);

    /// <summary>Option diagnostics.</summary>
    public const string OptionDiagnostics = nameof(OptionDiagnostics);
}
