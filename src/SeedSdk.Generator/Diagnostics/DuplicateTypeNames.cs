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
    /// <summary>The file paths of the seeds that lose a clash, ordered.</summary>
    public static EquatableArray<string> Losers(ImmutableArray<SeedIdentity> seeds)
    {
        var losers = new List<string>();
        foreach (var (loser, _) in Clashes(seeds))
        {
            losers.Add(loser.FilePath);
        }

        return EquatableArray<string>.TakeOwnership(losers.ToArray());
    }

    /// <summary>One SEED005 per losing seed, in its file; SEED009 instead when the "clash" is one file listed twice.</summary>
    public static EquatableArray<DiagnosticInfo> Diagnostics(ImmutableArray<SeedIdentity> seeds)
    {
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var (loser, winner) in Clashes(seeds))
        {
            diagnostics.Add(string.Equals(loser.FilePath, winner.FilePath, StringComparison.Ordinal)
                ? DiagnosticInfo.InFile(DiagnosticDescriptors.SeedListedTwice, loser.FilePath, loser.FirstLine, loser.FirstLineSpan, loser.RelativePath)
                : DiagnosticInfo.InFile(DiagnosticDescriptors.DuplicateTypeName, loser.FilePath, loser.FirstLine, loser.FirstLineSpan, loser.RelativePath, loser.FullTypeName, winner.RelativePath));
        }

        return EquatableArray<DiagnosticInfo>.TakeOwnership(diagnostics.ToArray());
    }

    private static IEnumerable<(TypeNameKey Loser, TypeNameKey Winner)> Clashes(ImmutableArray<SeedIdentity> seeds)
    {
        var ordered = new List<TypeNameKey>(seeds.Length);
        foreach (var seed in seeds)
        {
            if (seed.Key is not null)
            {
                ordered.Add(seed.Key);
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
