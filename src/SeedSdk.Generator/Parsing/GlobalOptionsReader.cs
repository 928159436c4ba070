using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedSdk.Extraction.Naming;
using SeedSdk.Generator.Model;

namespace SeedSdk.Generator.Parsing;

/// <summary>Reads the project-wide options.</summary>
internal static class GlobalOptionsReader
{
    /// <summary>The namespace when none is configured.</summary>
    public const string FallbackNamespace = "Seeds";

    /// <summary>
    /// 2 MB. A dense 3.9 MB seed generated code whose string literals exceed the 16 MB user-string heap
    /// of an assembly (CS8103), breaking the build; a dense 2 MB seed compiles.
    /// </summary>
    public const long DefaultMaxSeedBytes = 2L * 1024 * 1024;

    public static GlobalSeedOptions Read(AnalyzerConfigOptions options)
    {
        var (ns, invalid) = ReadNamespace(options);
        return new GlobalSeedOptions(ns, invalid, ReadMaxSeedBytes(options));
    }

    /// <summary>Whether <paramref name="name"/> is a dotted C# namespace ("MyApp.Seeds").</summary>
    public static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!CSharpIdentifier.IsValid(part))
            {
                return false;
            }
        }

        return true;
    }

    private static (string Namespace, string? Invalid) ReadNamespace(AnalyzerConfigOptions options)
    {
        var configured = Value(options, OptionNames.Namespace);
        if (configured is not null)
        {
            return IsValidNamespace(configured) ? (configured, null) : (FallbackNamespace, configured);
        }

        var root = Value(options, OptionNames.RootNamespace);
        var derived = root is null ? null : root + "." + FallbackNamespace;
        return (derived is not null && IsValidNamespace(derived) ? derived : FallbackNamespace, null);
    }

    private static long ReadMaxSeedBytes(AnalyzerConfigOptions options)
    {
        var text = Value(options, OptionNames.MaxSeedBytes);
        return text is not null && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0
            ? bytes
            : DefaultMaxSeedBytes;
    }

    /// <summary>The trimmed value of <paramref name="key"/>, or null when it is missing or blank.</summary>
    public static string? Value(AnalyzerConfigOptions options, string key)
    {
        if (!options.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        value = value.Trim();
        return value.Length == 0 ? null : value;
    }
}
