using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedSdk.Testing;

namespace SeedSdk.Generator.Tests;

/// <summary>
/// The generator's folders are its layers: Model at the bottom, then Diagnostics, then Parsing and Emitting side by
/// side (the emitter reads only the model, never the parser, and the parser never the emitter), then the pipeline
/// (the root namespace) and Tooling. Every name in the generator's sources is bound with Roslyn, so a reference
/// counts whether it comes through a <c>using</c>, a qualified name or the enclosing namespace.
/// </summary>
public sealed class LayerTests
{
    private const string Root = "SeedSdk.Generator";

    private static readonly Dictionary<string, int> Layers = new(StringComparer.Ordinal)
    {
        [Root + ".Model"] = 0,
        [Root + ".Diagnostics"] = 1,
        [Root + ".Parsing"] = 2,
        [Root + ".Emitting"] = 2,
        [Root] = 3,
        [Root + ".Tooling"] = 3,
    };

    [Fact]
    public void No_generator_namespace_refers_to_a_higher_layer_or_to_a_peer()
    {
        var compilation = GeneratorSources();

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        Assert.True(compilation.SyntaxTrees.Count() > 20);
        Assert.Empty(Violations(compilation));
    }

    [Fact]
    public void Negative_control_an_emitter_that_reads_the_parser_or_the_pipeline_is_caught()
    {
        var intruder = CSharpSyntaxTree.ParseText(
            "namespace SeedSdk.Generator.Emitting;\n"
            + "internal static class Intruder\n{\n"
            + "    public static string? Problem(SeedSdk.Extraction.Model.ExtractedFact fact) => Parsing.FactValidator.Problem(fact, 0);\n"
            + "    public const string Step = TrackingNames.Models;\n}\n",
            new CSharpParseOptions(LanguageVersion.Latest),
            "Intruder.cs");

        var violations = Violations(GeneratorSources().AddSyntaxTrees(intruder));

        Assert.Contains(violations, v => v.StartsWith("Intruder.cs: SeedSdk.Generator.Emitting -> SeedSdk.Generator.Parsing", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("Intruder.cs: SeedSdk.Generator.Emitting -> SeedSdk.Generator ", StringComparison.Ordinal));
    }

    private static CSharpCompilation GeneratorSources()
    {
        var folder = Path.Combine(RepoFiles.Root, "src", "SeedSdk.Generator");
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(folder, path)))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, Path.GetRelativePath(folder, path)));
        var references = Net80.References.All.Concat(new[]
        {
            MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Extraction.Model.ExtractedFact).Assembly.Location),
        });
        return CSharpCompilation.Create(
            "LayerCheck",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static bool IsBuildOutput(string relativePath)
        => relativePath.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relativePath.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>"file: from -> to (name)" for every name that refers to a namespace of a higher layer or of a peer.</summary>
    private static List<string> Violations(CSharpCompilation compilation)
    {
        var violations = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var from = model.GetEnclosingSymbol(name.SpanStart)?.ContainingNamespace?.ToDisplayString()
                    ?? string.Empty;
                var symbol = model.GetSymbolInfo(name).Symbol;
                var to = (symbol as INamespaceSymbol ?? symbol?.ContainingNamespace)?.ToDisplayString() ?? string.Empty;
                if (symbol is INamespaceSymbol || !Layers.TryGetValue(from, out var fromLayer) || !Layers.TryGetValue(to, out var toLayer) || from == to)
                {
                    continue;
                }

                if (toLayer >= fromLayer)
                {
                    violations.Add(tree.FilePath + ": " + from + " -> " + to + " (" + name.Identifier.Text + ")");
                }
            }
        }

        return violations.Distinct(StringComparer.Ordinal).ToList();
    }
}
