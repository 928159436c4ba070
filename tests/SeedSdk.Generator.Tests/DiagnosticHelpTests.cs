using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SeedSdk.Generator.Diagnostics;
using SeedSdk.Testing;

namespace SeedSdk.Generator.Tests;

/// <summary>Every diagnostic links to its own section of docs/diagnostics.md, and that section explains it.</summary>
public sealed class DiagnosticHelpTests
{
    private static readonly string Page = File.ReadAllText(RepoFiles.PathOf("docs/diagnostics.md"));

    /// <summary>Every descriptor the generator declares, found by reflection so a new one cannot be missed.</summary>
    public static TheoryData<string> DescriptorIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in AllDescriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void The_descriptor_links_to_a_section_of_the_diagnostics_page_that_has_cause_example_and_fix(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);

        Assert.Equal(DiagnosticHelp.Page + "#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);
        var anchor = descriptor.HelpLinkUri.Substring(descriptor.HelpLinkUri.IndexOf('#', StringComparison.Ordinal) + 1);
        var section = Section(anchor);
        Assert.False(section is null, "docs/diagnostics.md has no heading whose anchor is #" + anchor);
        Assert.Contains("*Cause.*", section, StringComparison.Ordinal);
        Assert.Contains("*Example.*", section, StringComparison.Ordinal);
        Assert.Contains("*Fix.*", section, StringComparison.Ordinal);
        Assert.Contains(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), section, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_documents_no_diagnostic_that_does_not_exist()
    {
        var documented = Regex.Matches(Page, @"^## (SEED\d{3})\s*$", RegexOptions.Multiline).Select(m => m.Groups[1].Value);

        Assert.Equal(AllDescriptors().Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal), documented.OrderBy(i => i, StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_section_is_detected()
    {
        Assert.Null(Section("seed998"));
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors()
        => typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!);

    /// <summary>The text under the "## " heading whose GitHub anchor is <paramref name="anchor"/>, up to the next heading; null when none.</summary>
    private static string? Section(string anchor)
    {
        var headings = Regex.Matches(Page, @"^## (.+)$", RegexOptions.Multiline);
        for (var i = 0; i < headings.Count; i++)
        {
            if (GitHubAnchor(headings[i].Groups[1].Value) == anchor)
            {
                var end = i + 1 < headings.Count ? headings[i + 1].Index : Page.Length;
                return Page.Substring(headings[i].Index, end - headings[i].Index);
            }
        }

        return null;
    }

    /// <summary>GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static string GitHubAnchor(string heading)
        => Regex.Replace(heading.Trim().ToLowerInvariant(), @"[^\p{L}\p{Nd}\- _]", string.Empty).Replace(' ', '-');
}
