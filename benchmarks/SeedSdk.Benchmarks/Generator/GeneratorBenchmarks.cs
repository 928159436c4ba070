using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using System;
using Microsoft.CodeAnalysis;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Benchmarks.Generator;

/// <summary>
/// The generator in a 1,000-seed project (about 1.5 KB of prose each), driven in-process through
/// <c>CSharpGeneratorDriver</c>: a cold run, a one-seed edit and an unrelated C# edit on a warm driver,
/// and compiling and emitting the result. One invocation per iteration, medians reported.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GeneratorBenchmarkConfig))]
public class GeneratorBenchmarks
{
    private const int SeedLength = 1536;

    private SeedProject _project = null!;
    private GeneratorDriver _warm = null!;
    private ImmutableArray<string> _generated;
    private AdditionalText _edited = null!;
    private AdditionalText _original = null!;
    private int _revision;

    /// <summary>The number of seeds.</summary>
    [Params(1000)]
    public int Seeds { get; set; }

    /// <summary>Builds the project, runs the generator once and keeps its output.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _project = SeedProject.Articles(Seeds, SeedLength);
        _warm = _project.CreateDriver().RunGenerators(_project.Compilation);
        _generated = SeedProject.GeneratedSources(_warm);
        var classes = _generated.Sum(source => CountOf(source, "\nnamespace "));
        if (classes != Seeds)
        {
            throw new InvalidOperationException($"The generator emitted {classes} classes in {_generated.Length} files for {Seeds} seeds: {string.Join("; ", _warm.GetRunResult().Diagnostics)}");
        }

        _original = _project.Seeds[Seeds / 2];
        var text = _original.GetText()!.ToString();
        _edited = InMemoryAdditionalText.Of(_original.Path, text.Replace("the ", "the new "));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>A first run: every seed read, extracted and emitted.</summary>
    [Benchmark]
    public int ColdRun() => _project.CreateDriver().RunGenerators(_project.Compilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>One seed's text changes on a warm driver (alternating between two versions).</summary>
    [Benchmark]
    public int OneSeedEdit()
    {
        var (from, to) = _revision++ % 2 == 0 ? (_original, _edited) : (_edited, _original);
        _warm = _warm.ReplaceAdditionalText(from, to).RunGenerators(_project.Compilation);
        return _warm.GetRunResult().GeneratedTrees.Length;
    }

    /// <summary>Program.cs changes on a warm driver; no seed changes.</summary>
    [Benchmark]
    public int UnrelatedEdit()
    {
        _warm = _warm.RunGenerators(_project.WithProgram(++_revision));
        return _warm.GetRunResult().GeneratedTrees.Length;
    }

    /// <summary>
    /// Parses the generated sources, compiles the project and emits the assembly, as csc does for a project without a
    /// documentation file (the .NET SDK's default: no <c>/doc</c>, so doc comments are plain comments).
    /// </summary>
    [Benchmark]
    public int CompileAndEmit() => _project.CompileAndEmit(_generated, DocumentationMode.None);

    /// <summary>
    /// The same with <c>GenerateDocumentationFile</c> (<c>/doc</c>: doc comments parsed, their crefs bound and checked),
    /// the XML file itself not written.
    /// </summary>
    [Benchmark]
    public int CompileAndEmitWithDocumentation() => _project.CompileAndEmit(_generated, DocumentationMode.Diagnose);
}
