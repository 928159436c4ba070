using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedSdk.Generator.Tests.TestSupport;

/// <summary>
/// Compilations against .NET 8 reference assemblies and the built SeedSdk runtime, strict like a consumer with warnings
/// as errors; nullable enabled from C# 8 on (C# 7.3 has no nullable context, like a netstandard2.0 library by default).
/// </summary>
internal static class CompilationFactory
{
    private static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(SeedDocument).Assembly.Location);

    public static CSharpParseOptions ParseOptions(LanguageVersion version)
        => new(version, DocumentationMode.Diagnose);

    /// <summary>A tiny consumer project the generator runs on; its own diagnostics keep their default severity.</summary>
    public static CSharpCompilation Consumer(LanguageVersion version = LanguageVersion.Latest, string source = "namespace MyApp { internal static class Program { private static void Main() { } } }")
    {
        var compilation = Create(version, source);
        return compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
    }

    public static CSharpCompilation Create(LanguageVersion version, params string[] sources)
    {
        var options = ParseOptions(version);
        return CSharpCompilation.Create(
            "SeedConsumer",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, options)),
            Net80.References.All.Concat(new[] { Runtime }),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: version.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999,
                deterministic: true));
    }

    /// <summary>The compilation's warnings and errors (hidden and info diagnostics left out).</summary>
    public static IReadOnlyList<Diagnostic> Problems(Compilation compilation)
        => compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Emits <paramref name="compilation"/> and loads it into a collectible context; SeedSdk resolves to the test's copy.</summary>
    public static (Assembly Assembly, AssemblyLoadContext Context) Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Xunit.Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("SeedConsumer", isCollectible: true);
        return (context.LoadFromStream(stream), context);
    }
}
