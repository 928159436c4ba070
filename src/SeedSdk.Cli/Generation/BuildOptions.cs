using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SeedSdk.Cli.Generation;

/// <summary>
/// The options the SeedSdk package's MSBuild files give the generator: the project properties
/// (<c>SeedSdkNamespace</c>, <c>SeedSdkMaxSeedBytes</c>) and, per seed, <c>SeedSdkSeed</c>,
/// <c>SeedSdkRelativePath</c> and <c>SeedSdkTypeName</c>.
/// </summary>
internal sealed class BuildOptions : AnalyzerConfigOptionsProvider
{
    private const string Property = "build_property.";
    private const string Metadata = "build_metadata.AdditionalFiles.";
    private static readonly Options NoOptions = new(new Dictionary<string, string>());
    private readonly Options _global;
    private readonly Dictionary<string, Options> _files = new(StringComparer.Ordinal);

    /// <summary>Project-wide options; a null value is left unset, as an empty MSBuild property is.</summary>
    public BuildOptions(string? seedNamespace, string? maxSeedBytes)
    {
        var global = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        SetIfGiven(global, Property + "SeedSdkNamespace", seedNamespace);
        SetIfGiven(global, Property + "SeedSdkMaxSeedBytes", maxSeedBytes);
        _global = new Options(global);
    }

    /// <inheritdoc />
    public override AnalyzerConfigOptions GlobalOptions => _global;

    /// <summary>Marks the additional file at <paramref name="path"/> as a seed, shown as <paramref name="relativePath"/>.</summary>
    public void AddSeed(string path, string relativePath, string? typeName)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [Metadata + "SeedSdkSeed"] = "true",
            [Metadata + "SeedSdkRelativePath"] = relativePath,
        };
        SetIfGiven(metadata, Metadata + "SeedSdkTypeName", typeName);
        _files[path] = new Options(metadata);
    }

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NoOptions;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _files.TryGetValue(textFile.Path, out var options) ? options : NoOptions;

    private static void SetIfGiven(Dictionary<string, string> options, string key, string? value)
    {
        if (value is not null)
        {
            options[key] = value;
        }
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
