using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SeedSdk.Extraction;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Parsing;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Generator.Tests.Reliability;

using FactKind = SeedSdk.Extraction.Model.FactKind;

/// <summary>
/// Runs the generator, proves it did not fail, compiles its output with warnings as errors, and reads
/// the output back: every constant through the semantic model, every fact by running the code.
/// </summary>
internal static class GeneratedCode
{
    private const string ConsumerProgram = "namespace MyApp { internal static class Program { private static void Main() { } } }";

    /// <summary>Runs <paramref name="harness"/>: no exception, no CS8785, only SEEDnnn diagnostics; the output compiles cleanly.</summary>
    public static (GeneratorRunResult Result, CSharpCompilation Compilation) RunAndCompile(GeneratorHarness harness, LanguageVersion version = LanguageVersion.Latest)
    {
        var result = harness.Run(out var driver);
        Assert.Null(result.Exception);
        Assert.DoesNotContain(driver.GetRunResult().Diagnostics, d => d.Id == "CS8785");
        Assert.All(result.Diagnostics, d => Assert.StartsWith("SEED", d.Id, StringComparison.Ordinal));

        var sources = new[] { ConsumerProgram }.Concat(result.GeneratedSources.Select(s => s.SourceText.ToString())).ToArray();
        var compilation = CompilationFactory.Create(version, sources);
        var problems = CompilationFactory.Problems(compilation);
        Assert.True(problems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(20)));
        return (result, compilation);
    }

    /// <summary>The generated seed classes by their <c>Path</c> constant.</summary>
    public static IReadOnlyDictionary<string, INamedTypeSymbol> SeedClasses(Compilation compilation)
    {
        var classes = new Dictionary<string, INamedTypeSymbol>(StringComparer.Ordinal);
        foreach (var type in AllTypes(compilation.Assembly.GlobalNamespace).Where(t => t.ContainingType is null))
        {
            if (type.GetMembers("Path").OfType<IFieldSymbol>().SingleOrDefault() is { IsConst: true, ConstantValue: string path })
            {
                classes.Add(path, type);
            }
        }

        return classes;
    }

    /// <summary>The facts the generator emits for <paramref name="text"/>: the extractor's, less those its validator drops.</summary>
    public static (ExtractedDocument Document, IReadOnlyList<ExtractedFact> Emitted) Expected(string text, string relativePath)
    {
        var document = FactExtractor.Extract(text, relativePath);
        var emitted = document.Facts.Where(f => FactKinds.IsKnown(f.Kind) && FactValidator.Problem(f, text.Length) is null).ToList();
        return (document, emitted);
    }

    /// <summary>
    /// Reads every constant of the seed's class through the semantic model: Path, Title and Text equal
    /// the inputs exactly, and each kind's class holds exactly the constants of its facts' values.
    /// </summary>
    public static void AssertConstantsRoundTrip(INamedTypeSymbol seedClass, string text, string relativePath)
    {
        var (document, emitted) = Expected(text, relativePath);
        Assert.Equal(relativePath, ConstantOf(seedClass, "Path"));
        Assert.Equal(document.Title, ConstantOf(seedClass, "Title"));
        Assert.True(string.Equals(text, ConstantOf(seedClass, "Text") as string, StringComparison.Ordinal), "Text constant differs from the seed text");

        foreach (FactKind kind in Enum.GetValues(typeof(FactKind)))
        {
            var expected = emitted.Where(f => f.Kind == kind).SelectMany(ExpectedConstants).OrderBy(c => c, StringComparer.Ordinal).ToList();
            var group = seedClass.GetTypeMembers(kind.GroupName()).SingleOrDefault();
            var actual = group is null
                ? new List<string>()
                : group.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).Select(f => Show(f.ConstantValue)).OrderBy(c => c, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>Loads the compiled output and checks each seed's <c>Document</c> and every fact's text and <c>Source</c>.</summary>
    public static void AssertRuntimeFacts(CSharpCompilation compilation, IReadOnlyDictionary<string, string> textByPath)
    {
        var classes = SeedClasses(compilation);
        var (assembly, context) = CompilationFactory.Load(compilation);
        try
        {
            foreach (var (relativePath, text) in textByPath)
            {
                var symbol = classes[relativePath];
                var type = assembly.GetType(symbol.ContainingNamespace.ToDisplayString() + "." + symbol.MetadataName, throwOnError: true)!;
                var document = (SeedDocument)type.GetProperty("Document")!.GetValue(null)!;
                var (expected, emitted) = Expected(text, relativePath);
                Assert.Equal(relativePath, document.Path);
                Assert.Equal(expected.Title, document.Title);
                Assert.True(string.Equals(text, document.Text, StringComparison.Ordinal), relativePath + ": Document.Text differs from the seed text");
                Assert.True(expected.Facts.Count == emitted.Count, relativePath + ": the generator dropped facts the extractor found");
                Assert.Equal(emitted.Count, document.Facts.Count);
                var lines = SourceText.From(text).Lines;
                for (var i = 0; i < emitted.Count; i++)
                {
                    var fact = document.Facts[i];
                    var position = lines.GetLinePosition(emitted[i].Span.Start);
                    Assert.Equal(emitted[i].Text, fact.Text);
                    Assert.Equal(text.Substring(emitted[i].Span.Start, emitted[i].Span.Length), fact.Text);
                    Assert.Equal(
                        (relativePath, emitted[i].Span.Start, emitted[i].Span.Length, position.Line + 1, position.Character + 1, expected.SentenceText(emitted[i].SentenceIndex)),
                        (fact.Source.Path, fact.Source.Start, fact.Source.Length, fact.Source.Line, fact.Source.Column, fact.Source.Sentence));
                }
            }
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The constants the design promises per fact: its primitive values.</summary>
    private static IEnumerable<string> ExpectedConstants(ExtractedFact fact) => fact.Kind switch
    {
        FactKind.Money => new[] { Show(fact.Value), Show(fact.Unit) },
        FactKind.Ratio or FactKind.Quantity or FactKind.Duration => new[] { Show(fact.Value) },
        FactKind.Date => new[] { Show(fact.Date) },
        FactKind.Period => new[] { Show(fact.Start), Show(fact.End) },
        FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event => new[] { Show(fact.EntityName) },
        FactKind.List => new[] { Show(fact.Items.Count) },
        _ => Array.Empty<string>(),
    };

    private static object? ConstantOf(INamedTypeSymbol type, string name)
    {
        var field = Assert.Single(type.GetMembers(name).OfType<IFieldSymbol>());
        Assert.True(field.IsConst, type.Name + "." + name + " is not a constant");
        return field.ConstantValue;
    }

    /// <summary>A typed, exact rendering; decimals without trailing zeros so 1.0m equals 1m.</summary>
    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "string:" + s,
        decimal d => "decimal:" + d.ToString("G29", CultureInfo.InvariantCulture),
        int i => "int:" + i.ToString(CultureInfo.InvariantCulture),
        _ => value.GetType().Name + ":" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            yield return type;
        }

        foreach (var inner in ns.GetNamespaceMembers())
        {
            foreach (var type in AllTypes(inner))
            {
                yield return type;
            }
        }
    }
}
