using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Naming;
using SeedSdk.Generator.Model;

namespace SeedSdk.Generator.Parsing;

/// <summary>Per-file options: whether a file is a seed, its type name and its project-relative path.</summary>
internal static class SeedFileOptions
{
    private const string DefaultNameSuffix = "Seed";

    public static bool IsSeed(AnalyzerConfigOptions options)
        => string.Equals(GlobalOptionsReader.Value(options, OptionNames.IsSeed), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The configured type name (null when none), or the default derived from the path.</summary>
    public static (string TypeName, bool Explicit) TypeName(AnalyzerConfigOptions options, string relativePath)
    {
        var configured = GlobalOptionsReader.Value(options, OptionNames.TypeName);
        if (configured is not null)
        {
            return (configured, true);
        }

        var derived = CSharpIdentifier.TypeNameFromPath(relativePath);
        return (ReservedNames.IsTypeName(derived) ? derived + DefaultNameSuffix : derived, false);
    }

    /// <summary>Why <paramref name="typeName"/> cannot be used, or null when it can.</summary>
    public static string? TypeNameProblem(string typeName)
    {
        if (!CSharpIdentifier.IsValid(typeName))
        {
            return "it is not a valid C# identifier";
        }

        if (IsLowerCaseAscii(typeName))
        {
            // CS8981 (a warning, so an error under warnings-as-errors), and CS8860/CS9029/CS9056/CS9062 for
            // 'record', 'required', 'file', 'scoped': every contextual keyword is such a name.
            return "it has only lower-case ASCII letters, which C# reserves for keywords";
        }

        return ReservedNames.IsTypeName(typeName) ? "it is the name of one of the generated class's members" : null;
    }

    private static bool IsLowerCaseAscii(string name)
    {
        foreach (var c in name)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The path emitted as the class's <c>Path</c>: the <c>SeedSdkRelativePath</c> metadata with '/'
    /// separators, or the file name alone; never an absolute machine path.
    /// </summary>
    public static string RelativePath(AnalyzerConfigOptions options, string filePath)
    {
        var configured = GlobalOptionsReader.Value(options, OptionNames.RelativePath);
        if (configured is not null)
        {
            var normalized = configured.Replace('\\', '/');
            while (normalized.StartsWith("./", StringComparison.Ordinal))
            {
                normalized = normalized.Substring(2);
            }

            if (normalized.Length > 0 && !IsRooted(normalized))
            {
                return normalized;
            }
        }

        return FileName(filePath);
    }

    private static bool IsRooted(string path)
        => path.StartsWith("/", StringComparison.Ordinal) || (path.Length >= 2 && path[1] == ':');

    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }
}
