using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedSdk.Cli.Input;
using SeedSdk.Extraction.Curation;
using SeedSdk.Generator;

namespace SeedSdk.Cli.Generation;

/// <summary>
/// Runs the SeedSdk generator itself (the same assembly the package ships) over seeds, as a build does:
/// each seed an additional file with the package's metadata, next to an empty compilation. What it emits
/// and reports is what the build would emit and report, by construction.
/// </summary>
internal static class GeneratorRun
{
    /// <summary>Runs the generator over <paramref name="seeds"/> (bytes null: unreadable).</summary>
    public static GeneratorOutcome Run(IReadOnlyList<(SeedFile File, byte[]? Bytes)> seeds, GenerationSettings settings)
    {
        var options = new BuildOptions(settings.Namespace, settings.MaxSeedBytes);
        var texts = new List<AdditionalText>();
        var shownAs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, bytes) in seeds)
        {
            // The compiler knows a seed by its full path (it lands in #line directives); messages show the display path.
            var path = file.IsStdin ? file.DisplayPath : file.FullPath;
            shownAs[path] = file.DisplayPath;
            options.AddSeed(path, file.DisplayPath, settings.TypeName);
            texts.Add(new SeedText(path, bytes));
            var curation = CurationFile(file);
            if (curation is not null)
            {
                shownAs[curation.Path] = SeedCuration.PathFor(file.DisplayPath);
                texts.Add(curation);
            }
        }

        var compilation = CSharpCompilation.Create(
            "SeedSdkCheck",
            references: new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new SeedGenerator().AsSourceGenerator() }, texts, CSharpParseOptions.Default, options);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var diagnostics = result.Diagnostics;
        if (result.Exception is not null)
        {
            diagnostics = diagnostics.Add(GeneratorFailure(result.Exception));
        }

        var sources = result.GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => new GeneratedSeedSource(s.HintName, s.SourceText.ToString()))
            .ToImmutableArray();
        return new GeneratorOutcome(sources, Sorted(diagnostics), shownAs);
    }

    private static AdditionalText? CurationFile(SeedFile seed)
    {
        if (seed.IsStdin)
        {
            return null;
        }

        var path = SeedCuration.PathFor(seed.FullPath);
        if (!File.Exists(path))
        {
            return null;
        }

        byte[]? bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bytes = null;
        }

        return new SeedText(path, bytes);
    }

    // What the compiler reports when a generator throws (CS8785), so check never hides a crash.
    private static Diagnostic GeneratorFailure(Exception exception)
        => Diagnostic.Create(
            new DiagnosticDescriptor(
                "CS8785",
                "Generator failed to generate source",
                "Generator '{0}' failed to generate source. It will not contribute to the output and compilation errors may occur as a result. Exception was of type '{1}' with message '{2}'.",
                "Compiler",
                DiagnosticSeverity.Warning,
                isEnabledByDefault: true),
            Location.None,
            nameof(SeedGenerator),
            exception.GetType().Name,
            exception.Message);

    private static ImmutableArray<Diagnostic> Sorted(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToImmutableArray();
}

/// <summary>How the build is configured, as far as the generator can see.</summary>
/// <param name="Namespace">SeedSdkNamespace, or null for the generator's default.</param>
/// <param name="MaxSeedBytes">SeedSdkMaxSeedBytes, or null for the default.</param>
/// <param name="TypeName">SeedSdkTypeName given to every seed, or null to derive it from the path.</param>
internal sealed record GenerationSettings(string? Namespace, string? MaxSeedBytes, string? TypeName);

/// <summary>One generated source file.</summary>
internal sealed record GeneratedSeedSource(string HintName, string Text);

/// <summary>What the generator produced: its sources (by hint name) and its diagnostics (by path, position, id).</summary>
/// <param name="ShownAs">The display path of each file the compiler was given by its full path.</param>
internal sealed record GeneratorOutcome(ImmutableArray<GeneratedSeedSource> Sources, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> ShownAs)
{
    /// <summary><paramref name="diagnostic"/> in the compiler's one-line form, its file shown by its display path.</summary>
    public string Format(Diagnostic diagnostic)
    {
        var line = CompilerFormat.Format(diagnostic);
        var path = diagnostic.Location.GetLineSpan().Path;
        return !string.IsNullOrEmpty(path) && line.StartsWith(path + "(", StringComparison.Ordinal) && ShownAs.TryGetValue(path, out var shown)
            ? shown + line.Substring(path.Length)
            : line;
    }

    /// <summary>Whether a diagnostic is an error, so the build would fail.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
