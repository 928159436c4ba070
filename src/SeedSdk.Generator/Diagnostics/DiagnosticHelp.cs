namespace SeedSdk.Generator.Diagnostics;

/// <summary>
/// Where each diagnostic is explained: its section of docs/diagnostics.md in the project's repository. The
/// packages declare no repository URL, so this one base is the single place to change when they do.
/// </summary>
internal static class DiagnosticHelp
{
    /// <summary>The published docs/diagnostics.md.</summary>
    public const string Page = "https://github.com/seedsdk/seedsdk/blob/main/docs/diagnostics.md";

    /// <summary>The link to the section of <paramref name="id"/> (headings there are the lower-case IDs).</summary>
    public static string LinkFor(string id) => Page + "#" + id.ToLowerInvariant();
}
