namespace SeedSdk.Cli.Input;

/// <summary>A seed document to read.</summary>
/// <param name="DisplayPath">The path as printed: relative to the current directory, '/'-separated.</param>
/// <param name="FullPath">The absolute path to read.</param>
internal sealed record SeedFile(string DisplayPath, string FullPath);
