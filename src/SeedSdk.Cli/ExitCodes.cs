namespace SeedSdk.Cli;

/// <summary>The process exit codes of <c>seedsdk</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was processed (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>A file could not be read, or the build would fail (an error diagnostic); the other files were processed.</summary>
    public const int Failure = 1;

    /// <summary>Bad usage, or a path that does not exist; the other paths were processed.</summary>
    public const int Usage = 2;
}
