namespace SeedSdk.Cli;

/// <summary>The process exit codes of <c>seedsdk</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Success = 0;

    /// <summary>At least one file could not be read or decoded; the others were processed.</summary>
    public const int UnreadableFile = 1;

    /// <summary>Bad usage, or a path that does not exist; the other paths were processed.</summary>
    public const int Usage = 2;
}
