using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedSdk.Generator;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Benchmarks.Generator;

/// <summary>
/// An in-memory console project with seeds, as MSBuild would hand it to the compiler: a Program.cs, the
/// .NET 8 reference assemblies plus the SeedSdk runtime, every seed as a flagged AdditionalFile.
/// </summary>
public sealed class SeedProject
{
    private const string ProjectDirectory = "/src/Bench/";
    private const string IsSeed = "build_metadata.AdditionalFiles.SeedSdkSeed";
    private const string RelativePath = "build_metadata.AdditionalFiles.SeedSdkRelativePath";
    private const string Namespace = "build_property.SeedSdkNamespace";

    private static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(SeedDocument).Assembly.Location);

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _fileOptions = new(StringComparer.Ordinal);

    private SeedProject(LanguageVersion version, IReadOnlyList<(string RelativePath, string Text)> seeds)
    {
        ParseOptions = new CSharpParseOptions(version, DocumentationMode.Diagnose);
        var files = new List<AdditionalText>();
        foreach (var (relativePath, text) in seeds)
        {
            var file = InMemoryAdditionalText.Of(ProjectDirectory + relativePath, text);
            files.Add(file);
            _fileOptions[file.Path] = new Dictionary<string, string>(StringComparer.Ordinal) { [IsSeed] = "true", [RelativePath] = relativePath };
        }

        Seeds = files;
        Compilation = CSharpCompilation.Create(
            "Bench",
            new[] { ProgramTree(0) },
            Net80.References.All.Concat(new[] { Runtime }),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
    }

    /// <summary>The parse options of every tree (the generator reads the language version from them).</summary>
    public CSharpParseOptions ParseOptions { get; }

    /// <summary>The seeds, as additional files.</summary>
    public IReadOnlyList<AdditionalText> Seeds { get; }

    /// <summary>The project without generated code.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary><paramref name="count"/> articles of about <paramref name="length"/> characters each (seeds/s0000.txt, ...).</summary>
    public static SeedProject Articles(int count, int length, LanguageVersion version = LanguageVersion.Latest)
        => new(version, Enumerable.Range(0, count).Select(i => ($"seeds/s{i:D4}.txt", SeedProse.Article(length, seed: i + 1))).ToList());

    /// <summary>A project of the given seed files.</summary>
    public static SeedProject Of(IReadOnlyList<(string RelativePath, string Text)> seeds, LanguageVersion version = LanguageVersion.Latest)
        => new(version, seeds);

    /// <summary>A fresh driver that has not run yet.</summary>
    public GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            new[] { new SeedGenerator().AsSourceGenerator() },
            Seeds,
            ParseOptions,
            new TestOptionsProvider(new Dictionary<string, string> { [Namespace] = "Bench.Seeds" }, _fileOptions));

    /// <summary>The Program.cs of <paramref name="revision"/> (revisions differ in one method body only).</summary>
    public SyntaxTree ProgramTree(int revision)
        => CSharpSyntaxTree.ParseText(
            "namespace Bench { internal static class Program { private static int Main() { return " + revision + "; } } }",
            ParseOptions,
            ProjectDirectory + "Program.cs");

    /// <summary>The project with Program.cs at <paramref name="revision"/>.</summary>
    public CSharpCompilation WithProgram(int revision)
        => Compilation.ReplaceSyntaxTree(Compilation.SyntaxTrees.First(), ProgramTree(revision));

    /// <summary>Every generated source of a driver's last run, as text.</summary>
    public static ImmutableArray<string> GeneratedSources(GeneratorDriver driver)
        => driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => s.SourceText.ToString()).ToImmutableArray();

    /// <summary>
    /// Parses, compiles and emits the project with <paramref name="generated"/> sources, as csc would with
    /// <paramref name="documentation"/> (<see cref="DocumentationMode.None"/> without <c>/doc</c>,
    /// <see cref="DocumentationMode.Diagnose"/> with it); the error count.
    /// </summary>
    public int CompileAndEmit(IEnumerable<string> generated, DocumentationMode documentation)
    {
        var options = ParseOptions.WithDocumentationMode(documentation);
        var program = Compilation.SyntaxTrees.First();
        var trees = generated.Select((source, i) => CSharpSyntaxTree.ParseText(source, options, "generated" + i + ".g.cs"));
        var compilation = Compilation.ReplaceSyntaxTree(program, program.WithRootAndOptions(program.GetRoot(), options)).AddSyntaxTrees(trees);
        using var peStream = new MemoryStream();
        var result = compilation.Emit(peStream);
        return result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
    }
}
