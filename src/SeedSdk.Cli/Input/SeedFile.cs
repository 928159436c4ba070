namespace SeedSdk.Cli.Input;

/// <summary>A seed document to read.</summary>
/// <param name="DisplayPath">The path as printed: relative to the current directory, '/'-separated (<c>stdin</c> for standard input).</param>
/// <param name="FullPath">The absolute path to read (empty for standard input).</param>
internal sealed record SeedFile(string DisplayPath, string FullPath)
{
    /// <summary>The path shown for a seed read from standard input.</summary>
    public const string StdinPath = "stdin";

    /// <summary>The seed read from standard input (<c>-</c> on the command line).</summary>
    public static SeedFile Stdin { get; } = new(StdinPath, string.Empty);

    /// <summary>Whether this is standard input.</summary>
    public bool IsStdin => FullPath.Length == 0;
}
