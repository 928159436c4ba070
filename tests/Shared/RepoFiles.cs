using System;
using System.IO;

namespace SeedSdk.Testing;

/// <summary>
/// Finds files of the repository from a test's output folder by walking up to the folder holding
/// SeedSdk.sln. One source file, linked into every test project.
/// </summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The full path of <paramref name="relative"/> ('/'-separated) under the repository root.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SeedSdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("SeedSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
