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

    /// <summary><c>facts &lt;paths&gt;... [--json] [--kind K]...</c>.</summary>
    Facts,

    /// <summary><c>check &lt;paths&gt;... [--namespace N] [--max-seed-bytes B]</c>.</summary>
    Check,

    /// <summary><c>generate &lt;seed&gt; [--namespace N] [--type-name T] [--max-seed-bytes B]</c>.</summary>
    Generate,

    /// <summary><c>report &lt;paths&gt;... -o FILE [--kind K]...</c>.</summary>
    Report,
}
