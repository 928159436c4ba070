using System.Text;

namespace SeedSdk.Cli.Tests.Build;

/// <summary>
/// The seeds of the probe project: good ones (the seed article, a Markdown brief, a hostile text) and one of
/// every problem the build reports on seeds (empty, blank, NUL, invalid UTF-8, oversized, a type-name clash).
/// </summary>
internal static class ProbeSeeds
{
    /// <summary>The namespace the probe project and the CLI use.</summary>
    public const string Namespace = "Probe.Seeds";

    /// <summary>SeedSdkMaxSeedBytes of the probe; the seed article (2.2 KB) is below it, big.txt above.</summary>
    public const int MaxSeedBytes = 3000;

    /// <summary>The seeds the generator emits code for.</summary>
    public static readonly string[] Generated = { "seeds/article.txt", "seeds/notes/brief.md", "seeds/hostile.txt", "seeds/a/report.txt" };

    /// <summary>A seed meant to break whatever renders it: markup, quotes, bidi controls, a NUL-free control character.</summary>
    public const string Hostile =
        "<script>document.title='pwned'</script> \"Acme\" <img src=x onerror=\"document.body.dataset.pwned=1\"> said revenue rose 8% to $1.1 billion in 2024.\n" +
        "Jane Doe, chief executive of Acme, said \u202Egnorw si siht\u202C and \u2066isolated\u2069 text ' \" & </mark></span> --> <!-- stays text.\n" +
        "Contoso paid \u20AC40 million for a <b>plant</b> in Ohio in March 2025, and \u0007bell.\n";

    /// <summary>Writes every seed into <paramref name="folder"/>.</summary>
    public static void WriteAll(ScratchFolder folder)
    {
        folder.Write("seeds/article.txt", System.IO.File.ReadAllText(TestPaths.SeedFile));
        folder.Write("seeds/notes/brief.md", "# Brief\n\nAcme Corp said on Tuesday that revenue rose 8% to $1.1 billion in 2024. Jane Doe, chief executive of Acme, said growth would continue.\n");
        folder.Write("seeds/hostile.txt", Hostile);
        folder.Write("seeds/a/report.txt", "Northwind earned $5 million in 2023.\n");
        folder.Write("seeds/b/report.txt", "Fabrikam earned $6 million in 2023.\n");
        folder.Write("seeds/empty.txt", string.Empty);
        folder.Write("seeds/blank.md", " \n\t\n");
        folder.Write("seeds/nul.txt", "Revenue\0 was $5 million.");
        folder.WriteBytes("seeds/latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 revenue was $5 million."));
        folder.Write("seeds/big.txt", new StringBuilder().Insert(0, "Revenue rose 8% to $1.1 billion in 2024. ", 80).ToString());
        folder.Write("seeds/readme.json", "{}");
    }
}
