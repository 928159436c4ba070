using System;
using System.IO;

namespace SeedSdk.Extraction.Tests.Corpora;

/// <summary>Finds files of the repository from the test's output folder (walking up to the folder holding SeedSdk.sln).</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The full path of <paramref name="relative"/> ('/'-separated) under the repository root.</summary>
    public static string PathOf(string relative) => Path.Combine(Root.Value, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SeedSdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SeedSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
