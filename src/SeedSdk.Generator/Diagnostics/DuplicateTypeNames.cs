using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Model;

namespace SeedSdk.Generator.Diagnostics;

/// <summary>
/// Finds seeds that map to one type name. Seeds are ordered by path (ordinal); the first keeps the
/// name, every later one is skipped with SEED005 on its first line. Names are compared ignoring case
/// because generated file names must be unique on case-insensitive file systems.
/// </summary>
internal static class DuplicateTypeNames
{
    /// <summary>The file paths of the seeds that lose a clash, ordered (a null key is a seed without a class).</summary>
    public static EquatableArray<string> Losers(ImmutableArray<TypeNameKey?> keys)
    {
        var losers = new List<string>();
        foreach (var (loser, _) in Clashes(keys))
        {
            losers.Add(loser.FilePath);
        }

        return EquatableArray<string>.TakeOwnership(losers.ToArray());
    }

    /// <summary>One SEED005 per losing seed, in its file; SEED009 instead when the "clash" is one file listed twice.</summary>
    public static EquatableArray<DiagnosticInfo> Diagnostics(ImmutableArray<TypeNameKey?> keys)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var (loser, winner) in Clashes(keys))
        {
            diagnostics.Add(string.Equals(loser.FilePath, winner.FilePath, StringComparison.Ordinal)
                ? DiagnosticInfo.InFile(DiagnosticDescriptors.SeedListedTwice, loser.FilePath, loser.FirstLine, loser.FirstLineSpan, loser.RelativePath)
                : DiagnosticInfo.InFile(DiagnosticDescriptors.DuplicateTypeName, loser.FilePath, loser.FirstLine, loser.FirstLineSpan, loser.RelativePath, loser.FullTypeName, winner.RelativePath));
        }

        return EquatableArray<DiagnosticInfo>.TakeOwnership(diagnostics.ToArray());
    }

    private static IEnumerable<(TypeNameKey Loser, TypeNameKey Winner)> Clashes(ImmutableArray<TypeNameKey?> keys)
    {
        var ordered = new List<TypeNameKey>(keys.Length);
        foreach (var key in keys)
        {
            if (key is not null)
            {
                ordered.Add(key);
            }
        }


        ordered.Sort((x, y) => string.CompareOrdinal(x.FilePath, y.FilePath));
        var winners = new Dictionary<string, TypeNameKey>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in ordered)
        {
            if (winners.TryGetValue(key.FullTypeName, out var winner))
            {
                yield return (key, winner);
            }
            else
            {
                winners.Add(key.FullTypeName, key);
            }
        }
    }
}
