extern alias runtime;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedDocument = runtime::SeedSdk.SeedDocument;

namespace SeedSdk.Cli.Tests.Build;

/// <summary>
/// The facts JSON names every fact by its member in the generated class: compiled from the files the real
/// build generated, each class's <c>Document.Facts</c> has exactly the JSON's facts, names and places.
/// </summary>
[Collection(RealBuildCollection.Name)]
public class CompiledNamesTests
{
    private readonly RealBuild _build;

    public CompiledNamesTests(RealBuild build) => _build = build;

    [Fact]
    public void Json_names_are_the_member_names_of_the_compiled_api_for_every_kind()
    {
        var documents = CompiledDocuments();
        Assert.Equal(ProbeSeeds.Generated.Length, documents.Count);
        var kindsSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seed in ProbeSeeds.Generated)
        {
            var run = CliRun.In(_build.Root, "facts", seed, "--json");
            Assert.Equal(0, run.ExitCode);
            var json = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("documents")[0].GetProperty("facts").EnumerateArray()
                .Select(f => (f.GetProperty("kind").GetString()!, f.GetProperty("name").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(), f.GetProperty("text").GetString()!))
                .ToList();
            var compiled = documents[seed].Facts
                .Select(f => (f.Kind.ToString().ToLowerInvariant(), f.Name, f.Source.Line, f.Source.Column, f.Text))
                .ToList();

            Assert.Equal(compiled, json);
            kindsSeen.UnionWith(json.Select(f => f.Item1));
        }

        Assert.Superset(new HashSet<string> { "money", "ratio", "date", "person", "organization", "statement" }, kindsSeen);
    }

    private Dictionary<string, SeedDocument> CompiledDocuments()
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(SeedDocument).Assembly.Location));
        var trees = _build.GeneratedFiles.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f));
        var compilation = CSharpCompilation.Create(
            "CompiledNames",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        var assembly = Assembly.Load(image.ToArray());
        var documents = new Dictionary<string, SeedDocument>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes().Where(t => t.DeclaringType is null))
        {
            if (type.GetProperty("Document", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is SeedDocument document)
            {
                documents.Add(document.Path, document);
            }
        }

        return documents;
    }
}
