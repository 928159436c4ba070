using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SeedSdk.Cli.Tests.Build;

namespace SeedSdk.Cli.Tests.Report;

public class ReportCommandTests
{
    [Fact]
    public void Every_fact_is_a_highlighted_span_with_its_kind_and_member_name()
    {
        using var folder = new ScratchFolder();
        folder.Write("a.txt", ProbeSeeds.Hostile);

        var html = Report(folder, "a.txt");
        var facts = Facts(folder, "a.txt");

        Assert.True(facts.Length >= 5);
        for (var i = 0; i < facts.Length; i++)
        {
            var id = "f1-" + (i + 1);
            Assert.Contains("id=\"" + id + "\" data-fact=\"" + id + "\" data-kind=\"" + facts[i].Kind + "\" data-name=\"" + facts[i].Name + "\"", html);
            Assert.Contains("<a href=\"#" + id + "\">", html);
        }
    }

    [Fact]
    public void Seed_text_is_escaped_and_hidden_characters_are_shown()
    {
        using var folder = new ScratchFolder();
        folder.Write("a.txt", ProbeSeeds.Hostile);

        var html = Report(folder, "a.txt");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>plant", html);
        Assert.DoesNotContain("</mark></span> -->", html);
        Assert.Contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=&quot;document.body.dataset.pwned=1&quot;&gt;", html);
        Assert.DoesNotContain("\u202E", html, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\u2066", html, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", html, System.StringComparison.Ordinal);
        Assert.Contains("<span class=\"ctl\" title=\"U+202E (hidden character)\">U+202E</span>", html);
        Assert.Contains("<span class=\"ctl\" title=\"U+0007 (hidden character)\">U+0007</span>", html);
    }

    [Fact]
    public void The_page_is_self_contained_and_forbids_scripts_and_fetches()
    {
        using var folder = new ScratchFolder();
        folder.Write("a.txt", ProbeSeeds.Hostile);

        var html = Report(folder, "a.txt");

        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotMatch("url\\((?!data:)", html);
    }

    [Fact]
    public void Several_documents_get_a_navigation_list_and_one_document_none()
    {
        using var folder = new ScratchFolder();
        folder.Write("seeds/a.txt", "Acme earned $5 million.");
        folder.Write("seeds/b.md", "Revenue rose 8%.");

        var several = Report(folder, "seeds");
        var one = Report(folder, "seeds/a.txt");

        Assert.Contains("<nav aria-label=\"Documents\">", several);
        Assert.Contains("<a href=\"#doc-1\">seeds/a.txt</a>", several);
        Assert.Contains("<a href=\"#doc-2\">seeds/b.md</a>", several);
        Assert.DoesNotContain("<nav", one);
    }

    [Fact]
    public void Legend_and_tables_list_the_kinds_present_with_their_counts()
    {
        using var folder = new ScratchFolder();
        folder.Write("a.txt", "Acme earned $5 million and $7 million in 2024.");

        var html = Report(folder, "a.txt");

        Assert.Contains("<li class=\"k-money\">money (2)</li>", html);
        Assert.Contains("<caption><span class=\"swatch\" aria-hidden=\"true\"></span>money (2)</caption>", html);
        Assert.DoesNotContain("k-statement\">", html);
    }

    [Fact]
    public void Kind_filters_the_highlighted_spans()
    {
        using var folder = new ScratchFolder();
        folder.Write("a.txt", ProbeSeeds.Hostile);

        var html = Report(folder, "a.txt", "--kind", "money");

        Assert.Contains("data-kind=\"money\"", html);
        Assert.DoesNotMatch("data-kind=\"(?!money)", html);
    }

    [Fact]
    public void Output_dash_writes_to_stdout_and_stdin_is_a_document()
    {
        using var folder = new ScratchFolder();
        var run = CliRun.WithStdin(folder.Root, System.Text.Encoding.UTF8.GetBytes("Acme earned $5 million."), "report", "-", "-o", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", run.Stdout);
        Assert.Contains("<h2 id=\"doc-1-h\">stdin</h2>", run.Stdout);
    }

    [Fact]
    public void Bad_paths_and_unwritable_output_exit_with_their_codes()
    {
        using var folder = new ScratchFolder();
        folder.Write("a.txt", "Text.");
        folder.WriteBytes("bad.txt", new byte[] { 0xC3, 0x28 });

        var missing = CliRun.In(folder.Root, "report", "gone", "a.txt", "-o", "r.html");
        Assert.Equal(2, missing.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Root, "r.html")));

        var unreadable = CliRun.In(folder.Root, "report", "bad.txt", "a.txt", "-o", "r2.html");
        Assert.Equal(1, unreadable.ExitCode);
        Assert.Contains("cannot read bad.txt: not valid UTF-8", unreadable.Stderr);

        var unwritable = CliRun.In(folder.Root, "report", "a.txt", "-o", "no/such/dir/r.html");
        Assert.Equal(1, unwritable.ExitCode);
        Assert.Contains("seedsdk: error: cannot write no/such/dir/r.html", unwritable.Stderr);
    }

    [Fact]
    public void Empty_and_binary_seeds_are_documents_without_facts_and_their_characters_are_shown()
    {
        using var folder = new ScratchFolder();
        folder.Write("seeds/empty.txt", string.Empty);
        folder.Write("seeds/nul.txt", "a\0b");

        var html = Report(folder, "seeds");

        Assert.Equal(2, Regex.Matches(html, "<p>No facts.</p>").Count);
        Assert.Contains("a<span class=\"ctl\" title=\"U+0000 (hidden character)\">U+0000</span>b", html);
        Assert.DoesNotContain("\0", html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Several_hundred_seeds_make_one_page_with_every_document()
    {
        using var folder = new ScratchFolder();
        for (var i = 0; i < 300; i++)
        {
            folder.Write($"seeds/{i:D3}.txt", $"Unit {i} sold {i + 2} cars in 2024.");
        }

        var html = Report(folder, "seeds");

        Assert.Equal(300, Regex.Matches(html, "<section class=\"doc\"").Count);
        Assert.Contains("<a href=\"#doc-300\">seeds/299.txt</a>", html);
    }

    private static string Report(ScratchFolder folder, params string[] args)
    {
        var run = CliRun.In(folder.Root, new[] { "report" }.Concat(args).Concat(new[] { "-o", "report.html" }).ToArray());
        Assert.True(run.ExitCode == 0, run.Stderr);
        return File.ReadAllText(Path.Combine(folder.Root, "report.html"));
    }

    private static (string Kind, string Name)[] Facts(ScratchFolder folder, string path)
        => JsonDocument.Parse(CliRun.In(folder.Root, "facts", path, "--json").Stdout).RootElement.GetProperty("documents")[0].GetProperty("facts")
            .EnumerateArray().Select(f => (f.GetProperty("kind").GetString()!, f.GetProperty("name").GetString()!)).ToArray();
}
