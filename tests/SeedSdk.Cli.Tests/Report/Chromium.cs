using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace SeedSdk.Cli.Tests.Report;

/// <summary>
/// Headless Chromium as a page renderer: a fresh profile each run, no sandbox (tests may run as root), no
/// GPU, and no network (background services off, every request sent to a dead proxy).
/// </summary>
internal static class Chromium
{
    private static readonly string[] Candidates = { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };

    /// <summary>The browser's path (<c>SEEDSDK_CHROMIUM</c> overrides), or null when none is installed.</summary>
    public static string? Path
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("SEEDSDK_CHROMIUM");
            if (!string.IsNullOrEmpty(configured))
            {
                return File.Exists(configured) ? configured : null;
            }

            return Array.Find(Candidates, File.Exists);
        }
    }

    /// <summary>Whether the tests run under CI, where a missing browser is a failure, not a skip.</summary>
    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The DOM of <paramref name="page"/> after it loaded (and after any script it runs), serialized.</summary>
    public static string DumpDom(string page) => Run(page, "--dump-dom");

    /// <summary>Saves a screenshot of <paramref name="page"/> to <paramref name="png"/>.</summary>
    public static void Screenshot(string page, string png, int width, int height)
        => Run(page, "--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars");

    private static string Run(string page, params string[] extra)
    {
        var browser = Path ?? throw new InvalidOperationException("chromium is not installed");
        var profile = Directory.CreateTempSubdirectory("seedsdk-chromium-");
        try
        {
            var start = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            var arguments = new List<string>
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile.FullName,
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--disable-default-apps", "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            };
            arguments.AddRange(extra);
            arguments.Add(new Uri(page).AbsoluteUri);
            arguments.ForEach(start.ArgumentList.Add);

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within 2 minutes");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("chromium exited " + process.ExitCode + ": " + stderr.Result);
            }

            return stdout.Result;
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // The browser may still be releasing its profile; a leftover temp folder is harmless.
            }
        }
    }
}

/// <summary>A test that needs Chromium: skipped with the reason when it is missing outside CI; under CI=true it runs, and fails.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Skips when Chromium is missing and CI is not set.</summary>
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && !Chromium.UnderCi)
        {
            Skip = "chromium is not installed (apt-get install chromium, or set SEEDSDK_CHROMIUM); under CI=true this test fails instead";
        }
    }
}
