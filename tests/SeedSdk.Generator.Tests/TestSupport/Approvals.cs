using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using SeedSdk.Testing;

namespace SeedSdk.Generator.Tests.TestSupport;

/// <summary>
/// Approved-file snapshots. <c>{name}.approved.txt</c> lives beside the calling test file. On a mismatch
/// the actual text is written to <c>{name}.received.txt</c> and the test fails with a diff summary.
/// With <c>SEEDSDK_ACCEPT=1</c> the actual text overwrites the approved file instead — never when
/// <c>CI=true</c>.
/// </summary>
internal static class Approvals
{
    public const string AcceptVariable = "SEEDSDK_ACCEPT";

    public static void Verify(string actual, string name, [CallerFilePath] string callerFile = "")
    {
        var directory = SourceDirectory(callerFile);
        var approvedPath = Path.Combine(directory, name + ".approved.txt");
        var receivedPath = Path.Combine(directory, name + ".received.txt");
        actual = Normalize(actual);
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : null;

        if (string.Equals(approved, actual, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        if (AcceptRequested(Environment.GetEnvironmentVariable(AcceptVariable), Environment.GetEnvironmentVariable("CI")))
        {
            File.WriteAllText(approvedPath, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        throw new Xunit.Sdk.XunitException(
            $"Snapshot '{name}' does not match {approvedPath}.\n{DiffSummary(approved, actual)}\n"
            + $"Received text written to {receivedPath}. If the change is intended, rerun with {AcceptVariable}=1 (ignored when CI=true).");
    }

    /// <summary>Whether the accept variable asks to overwrite approved files; CI always says no.</summary>
    public static bool AcceptRequested(string? accept, string? ci)
        => accept == "1" && !string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first differing line and the line counts.</summary>
    public static string DiffSummary(string? approved, string actual)
    {
        if (approved is null)
        {
            return "There is no approved file yet.";
        }

        var expectedLines = approved.Split('\n');
        var actualLines = actual.Split('\n');
        var common = Math.Min(expectedLines.Length, actualLines.Length);
        for (var i = 0; i < common; i++)
        {
            if (!string.Equals(expectedLines[i], actualLines[i], StringComparison.Ordinal))
            {
                return $"First difference at line {i + 1} (approved {expectedLines.Length} lines, received {actualLines.Length}):\n"
                    + $"- {Clip(expectedLines[i])}\n+ {Clip(actualLines[i])}";
            }
        }

        return $"The texts differ in length: approved {expectedLines.Length} lines, received {actualLines.Length}.";
    }

    private static string Clip(string line) => line.Length <= 300 ? line : line.Substring(0, 300) + "…";

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>
    /// The caller's folder. Under deterministic CI builds the compiler maps source paths to "/_/";
    /// then the repository root is found by walking up from the test binaries to SeedSdk.sln.
    /// </summary>
    private static string SourceDirectory(string callerFile)
    {
        var directory = Path.GetDirectoryName(callerFile) ?? string.Empty;
        if (Directory.Exists(directory))
        {
            return directory;
        }

        const string MappedRoot = "/_/";
        if (callerFile.StartsWith(MappedRoot, StringComparison.Ordinal))
        {
            var relative = Path.GetDirectoryName(callerFile.Substring(MappedRoot.Length)) ?? string.Empty;
            return Path.Combine(RepoFiles.Root, relative);
        }

        throw new DirectoryNotFoundException("Cannot find the folder of " + callerFile);
    }
}
