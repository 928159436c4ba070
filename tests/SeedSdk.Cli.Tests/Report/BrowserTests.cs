using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SeedSdk.Cli.Tests.Build;

namespace SeedSdk.Cli.Tests.Report;

/// <summary>
/// The report of the seed article and of a hostile seed rendered by headless Chromium: every fact is an element
/// with its kind in the live DOM, no script ran (a control page shows the check would see one), and a
/// screenshot is kept as a build artifact (in <c>SEEDSDK_ARTIFACTS</c>, else <c>artifacts/</c> beside the tests).
/// </summary>
public class BrowserTests
{
    /// <summary>Where the screenshot goes.</summary>
    public static string ArtifactsFolder
        => Environment.GetEnvironmentVariable("SEEDSDK_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "artifacts");

    [ChromiumFact]
    public void The_rendered_report_has_every_fact_span_with_its_kind_and_ran_no_script()
    {
        RequireChromium();
        using var folder = new ScratchFolder();
        folder.Write("seeds/000_8b5633673b5c9d83.txt", File.ReadAllText(TestPaths.SeedFile));
        folder.Write("seeds/hostile.txt", ProbeSeeds.Hostile);
        var report = Path.Combine(folder.Root, "report.html");
        Assert.Equal(0, CliRun.In(folder.Root, "report", "seeds", "-o", report).ExitCode);

        var dom = Chromium.DumpDom(report);

        var documents = JsonDocument.Parse(CliRun.In(folder.Root, "facts", "seeds", "--json").Stdout).RootElement.GetProperty("documents");
        var expected = 0;
        for (var d = 0; d < documents.GetArrayLength(); d++)
        {
            var facts = documents[d].GetProperty("facts").EnumerateArray().ToList();
            for (var i = 0; i < facts.Count; i++)
            {
                var id = "f" + (d + 1) + "-" + (i + 1);
                var kind = facts[i].GetProperty("kind").GetString();
                Assert.Matches("<mark class=\"f k-" + kind + "\" id=\"" + id + "\" data-fact=\"" + id + "\" data-kind=\"" + kind + "\"", dom);
                expected++;
            }
        }

        Assert.True(expected > 30, "too few facts to be a meaningful check: " + expected);
        Assert.Equal(expected, Regex.Matches(dom, "<mark class=\"f k-[a-z]+\" id=\"f\\d+-\\d+\"").Count);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", dom, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pwned", Regex.Match(dom, "<title>.*?</title>").Value, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pwned", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", dom, StringComparison.Ordinal);

        Directory.CreateDirectory(ArtifactsFolder);
        var screenshot = Path.Combine(ArtifactsFolder, "report-screenshot.png");
        File.Delete(screenshot);
        Chromium.Screenshot(report, screenshot, 1280, 2400);
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 20_000, "screenshot too small: " + png.Length + " bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4));

        var hostile = Path.Combine(folder.Root, "hostile.html");
        Assert.Equal(0, CliRun.In(folder.Root, "report", "seeds/hostile.txt", "-o", hostile).ExitCode);
        Chromium.Screenshot(hostile, Path.Combine(ArtifactsFolder, "report-hostile-screenshot.png"), 1280, 1400);
        Assert.True(File.Exists(Path.Combine(ArtifactsFolder, "report-hostile-screenshot.png")));
    }

    [ChromiumFact]
    public void The_dom_check_does_see_a_script_that_runs()
    {
        RequireChromium();
        using var folder = new ScratchFolder();
        var page = folder.Write("control.html", "<!DOCTYPE html><html><head><title>control</title></head><body><p>x</p><script>document.body.dataset.pwned='1';document.title='pwned';</script></body></html>");

        var dom = Chromium.DumpDom(page);

        Assert.Contains("data-pwned=\"1\"", dom, StringComparison.Ordinal);
        Assert.Contains("<title>pwned</title>", dom, StringComparison.Ordinal);
    }

    private static void RequireChromium()
        => Assert.True(Chromium.Path is not null, "CI=true but chromium is not installed: .ci/run installs Debian's chromium with apt-get when it is missing");
}
