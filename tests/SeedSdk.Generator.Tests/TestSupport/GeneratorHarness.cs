using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedSdk.Generator.Parsing;

namespace SeedSdk.Generator.Tests.TestSupport;

/// <summary>
/// Builds a consumer compilation and runs <see cref="SeedGenerator"/> on seeds given as in-memory
/// additional files with global and per-file options, tracking incremental steps.
/// </summary>
internal sealed class GeneratorHarness
{
    public const string SeedMetadata = OptionNames.IsSeed;
    public const string TypeNameMetadata = OptionNames.TypeName;
    public const string RelativePathMetadata = OptionNames.RelativePath;
    public const string NamespaceProperty = OptionNames.Namespace;
    public const string RootNamespaceProperty = OptionNames.RootNamespace;
    public const string MaxSeedBytesProperty = OptionNames.MaxSeedBytes;

    private readonly List<AdditionalText> _files = new();
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _fileOptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _globalOptions = new(StringComparer.Ordinal) { [NamespaceProperty] = "MyApp.Seeds" };

    /// <summary>Where test seeds pretend to live (never written to).</summary>
    public static string ProjectDirectory { get; } = OperatingSystem.IsWindows() ? @"C:\src\MyApp\" : "/src/MyApp/";

    public IReadOnlyList<AdditionalText> Files => _files;

    /// <summary>Adds a flagged seed at <c>seeds/{fileName}</c> with optional extra metadata (name without prefix).</summary>
    public AdditionalText AddSeed(string fileName, string text, string? typeName = null)
        => AddFile(InMemoryAdditionalText.Of(ProjectDirectory + "seeds/" + fileName, text), "seeds/" + fileName, typeName);

    /// <summary>Adds a flagged seed given as a prepared additional file.</summary>
    public AdditionalText AddFile(AdditionalText file, string relativePath, string? typeName = null, bool flagged = true)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal) { [RelativePathMetadata] = relativePath };
        if (flagged)
        {
            options[SeedMetadata] = "True";
        }

        if (typeName is not null)
        {
            options[TypeNameMetadata] = typeName;
        }

        _files.Add(file);
        _fileOptions[file.Path] = options;
        return file;
    }

    public GeneratorHarness WithGlobal(string key, string? value)
    {
        if (value is null)
        {
            _globalOptions.Remove(key);
        }
        else
        {
            _globalOptions[key] = value;
        }

        return this;
    }

    public GeneratorDriver CreateDriver(LanguageVersion version = LanguageVersion.Latest)
    {
        var provider = new TestOptionsProvider(_globalOptions, _fileOptions);
        return CSharpGeneratorDriver.Create(
            new[] { new SeedGenerator().AsSourceGenerator() },
            _files,
            CompilationFactory.ParseOptions(version),
            provider,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once on a small consumer compilation.</summary>
    public GeneratorRunResult Run() => Run(out _);

    public GeneratorRunResult Run(out GeneratorDriver driver)
    {
        driver = CreateDriver().RunGenerators(CompilationFactory.Consumer());
        return driver.GetRunResult().Results.Single();
    }

    /// <summary>The one generated source's text.</summary>
    public static string SingleSource(GeneratorRunResult result) => result.GeneratedSources.Single().SourceText.ToString();

    /// <summary>The diagnostics of <paramref name="id"/>.</summary>
    public static ImmutableArray<Diagnostic> Diagnostics(GeneratorRunResult result, string id)
        => result.Diagnostics.Where(d => d.Id == id).ToImmutableArray();
}
