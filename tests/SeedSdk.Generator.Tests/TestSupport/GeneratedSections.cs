using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedSdk.Generator.Emitting;

namespace SeedSdk.Generator.Tests.TestSupport;

/// <summary>Finds one seed's section (its namespace block and class) in the generated files, which group several seeds.</summary>
internal static class GeneratedSections
{
    /// <summary>The section of the class <paramref name="fullTypeName"/>; fails when there is not exactly one.</summary>
    public static string Of(GeneratorRunResult result, string fullTypeName)
    {
        var file = result.GeneratedSources.Single(s => s.HintName == GeneratedFiles.HintNameOf(fullTypeName)).SourceText.ToString();
        var dot = fullTypeName.LastIndexOf('.');
        var head = "\nnamespace " + fullTypeName.Substring(0, dot) + "\n";
        var declaration = "public static partial class " + fullTypeName.Substring(dot + 1) + "\n";
        return Assert.Single(Split(file), section => section.StartsWith(head, StringComparison.Ordinal) && section.Contains(declaration, StringComparison.Ordinal));
    }

    /// <summary>The sections of a generated file, in order (the header dropped).</summary>
    public static IEnumerable<string> Split(string file)
    {
        var start = file.IndexOf("\nnamespace ", StringComparison.Ordinal);
        while (start >= 0)
        {
            var next = file.IndexOf("\n\nnamespace ", start + 1, StringComparison.Ordinal);
            var end = next < 0 ? file.Length : next + 1;
            yield return file.Substring(start, end - start);
            start = next < 0 ? -1 : next + 1;
        }
    }
}
