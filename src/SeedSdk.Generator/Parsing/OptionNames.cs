namespace SeedSdk.Generator.Parsing;

/// <summary>The MSBuild properties and item metadata the generator reads.</summary>
internal static class OptionNames
{
    public const string Namespace = "build_property.SeedSdkNamespace";
    public const string RootNamespace = "build_property.RootNamespace";
    public const string MaxSeedBytes = "build_property.SeedSdkMaxSeedBytes";
    public const string IsSeed = "build_metadata.AdditionalFiles.SeedSdkSeed";
    public const string TypeName = "build_metadata.AdditionalFiles.SeedSdkTypeName";
    public const string RelativePath = "build_metadata.AdditionalFiles.SeedSdkRelativePath";
}
