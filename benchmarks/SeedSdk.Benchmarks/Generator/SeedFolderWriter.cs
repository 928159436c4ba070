using System.IO;

namespace SeedSdk.Benchmarks.Generator;

/// <summary>
/// Writes the benchmark's generated articles to a folder, for a whole <c>dotnet build</c> of a project with many seeds.
/// Run: <c>dotnet run -c Release --project benchmarks/SeedSdk.Benchmarks -- write-seeds DIR 1000</c>.
/// </summary>
public static class SeedFolderWriter
{
    /// <summary>Writes <paramref name="count"/> articles of about 1.5 KB as DIR/s0000.txt, ... (UTF-8, no BOM).</summary>
    public static void Run(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"s{i:D4}.txt"), SeedProse.Article(1536, i + 1));
        }
    }
}
