namespace SeedSdk.Cli.CommandLine;

/// <summary>What the command line asks for.</summary>
internal enum CliCommand
{
    /// <summary>Nothing valid: print the error (if any) and the usage, exit 2.</summary>
    Invalid,

    /// <summary><c>--help</c>: print the usage, exit 0.</summary>
    Help,

    /// <summary><c>--version</c>.</summary>
    Version,

    /// <summary><c>facts &lt;paths&gt;... [--json]</c>.</summary>
    Facts,
}
