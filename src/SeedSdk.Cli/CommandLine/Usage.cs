using System.Reflection;

namespace SeedSdk.Cli.CommandLine;

/// <summary>The usage text and version of <c>seedsdk</c>.</summary>
internal static class Usage
{
    /// <summary>The usage text, ending with a newline.</summary>
    public const string Text =
        "Usage: seedsdk check <files or folders>... [--namespace N] [--max-seed-bytes B]\n" +
        "       seedsdk generate <seed> [--namespace N] [--type-name T] [--max-seed-bytes B]\n" +
        "       seedsdk facts <files or folders>... [--json] [--kind K]...\n" +
        "       seedsdk report <files or folders>... -o <report.html> [--kind K]...\n" +
        "       seedsdk --help | --version\n" +
        "\n" +
        "  check      Run the generator on the seeds as the build does; print its diagnostics as the compiler\n" +
        "             does (path(line,col): warning SEED002: ...). Exit 1 when the build would fail.\n" +
        "  generate   Print the C# the generator emits for one seed.\n" +
        "  facts      Print the facts of seed documents as a table, or as seedsdk/facts@2 JSON with --json.\n" +
        "  report     Write one self-contained HTML page showing every fact in its text.\n" +
        "\n" +
        "  Seeds are *.txt and *.md files; folders are searched recursively; - reads one seed from stdin.\n" +
        "  --kind K          Only facts of kind K (repeatable): money, ratio, quantity, duration, date, period,\n" +
        "                    person, organization, location, event, role, list, statement.\n" +
        "  --namespace N     The namespace of the generated classes (the build's SeedSdkNamespace).\n" +
        "  --type-name T     The class name of the seed (the build's SeedSdkTypeName).\n" +
        "  --max-seed-bytes  Larger seeds are skipped with SEED004 (the build's SeedSdkMaxSeedBytes).\n" +
        "\n" +
        "Exit codes: 0 success, 1 an error diagnostic or a file that could not be read, 2 bad usage or a path not found.\n";

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
