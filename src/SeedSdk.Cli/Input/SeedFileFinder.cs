using System;
using System.Collections.Generic;
using System.IO;

namespace SeedSdk.Cli.Input;

/// <summary>
/// Turns command-line paths into seed files: a file stands for itself, a folder for every
/// <c>*.txt</c> and <c>*.md</c> below it (ordinal order of their paths), <c>-</c> for standard input.
/// Arguments keep their order; a file named twice is read once.
/// </summary>
internal static class SeedFileFinder
{
    /// <summary>The seed files of <paramref name="paths"/>, with the paths that do not exist or hold no seed.</summary>
    public static SeedSearch Find(IEnumerable<string> paths, string currentDirectory)
    {
        var search = new SeedSearch(new List<SeedFile>(), new List<string>(), new List<string>());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                Add(SeedFile.Stdin);
                continue;
            }

            var full = Path.GetFullPath(path, currentDirectory);
            if (File.Exists(full))
            {
                Add(new SeedFile(DisplayPath(full, currentDirectory), full));
            }
            else if (Directory.Exists(full))
            {
                var found = FolderSeeds(full, currentDirectory);
                if (found.Count == 0)
                {
                    search.WithoutSeeds.Add(path);
                }

                found.ForEach(Add);
            }
            else
            {
                search.Missing.Add(path);
            }
        }

        return search;

        void Add(SeedFile file)
        {
            if (seen.Add(file.IsStdin ? "-" : file.FullPath))
            {
                search.Files.Add(file);
            }
        }
    }

    /// <summary><paramref name="fullPath"/> relative to <paramref name="currentDirectory"/>, with '/' separators.</summary>
    public static string DisplayPath(string fullPath, string currentDirectory)
        => Path.GetRelativePath(currentDirectory, fullPath).Replace('\\', '/');

    private static List<SeedFile> FolderSeeds(string folder, string currentDirectory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var found = new List<SeedFile>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", options))
        {
            if (IsSeed(file))
            {
                found.Add(new SeedFile(DisplayPath(file, currentDirectory), file));
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        return found;
    }

    private static bool IsSeed(string file)
    {
        var extension = Path.GetExtension(file);
        return extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".md", StringComparison.OrdinalIgnoreCase);
    }
}
