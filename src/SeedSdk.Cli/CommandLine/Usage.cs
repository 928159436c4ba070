using System.Reflection;

namespace SeedSdk.Cli.CommandLine;

/// <summary>The usage text and version of <c>seedsdk</c>.</summary>
internal static class Usage
{
    /// <summary>The usage text, ending with a newline.</summary>
    public const string Text =
        "Usage: seedsdk facts <files or folders>... [--json]\n" +
        "       seedsdk --help | --version\n" +
        "\n" +
        "  facts      Extract the facts of seed documents (.txt, .md; folders are searched recursively).\n" +
        "  --json     Print the seedsdk/facts@1 JSON instead of a table.\n" +
        "\n" +
        "Exit codes: 0 success, 1 a file could not be read, 2 bad usage or a path not found.\n";

    /// <summary>The tool's version, without build metadata.</summary>
    public static string Version
    {
        get
        {
            var informational = typeof(Usage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = informational.IndexOf('+');
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }
}
