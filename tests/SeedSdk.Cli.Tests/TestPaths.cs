using System;
using System.IO;
using SeedSdk.Testing;

namespace SeedSdk.Cli.Tests;

/// <summary>Locates repository data and makes scratch folders.</summary>
internal static class TestPaths
{
    /// <summary>The seed article's path as the CLI prints it.</summary>
    public const string SeedPath = "seeds/000_8b5633673b5c9d83.txt";

    /// <summary>The folder holding SeedSdk.sln, found by walking up from the test binaries.</summary>
    public static string RepoRoot => RepoFiles.Root;

    /// <summary>The seed article in the repository.</summary>
    public static string SeedFile => Path.Combine(RepoRoot, "seeds", "000_8b5633673b5c9d83.txt");

    /// <summary>The gold file of the seed article.</summary>
    public static string SeedGold => Path.Combine(RepoRoot, "tests", "data", "gold", "000_8b5633673b5c9d83.facts.json");
}

/// <summary>A fresh temporary folder, deleted on dispose.</summary>
internal sealed class ScratchFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public ScratchFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "seedsdk-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The folder's absolute path.</summary>
    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> (creating folders) and returns the full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Writes raw bytes to <paramref name="relativePath"/> and returns the full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder does not affect other tests.
        }
    }
}
