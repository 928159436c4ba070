using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Tests.Corpora;
using SeedSdk.Testing;
using Xunit.Abstractions;

namespace SeedSdk.Extraction.Tests.Money;

/// <summary>
/// Runs the 169 English currency cases of Microsoft.Recognizers.Text (tests/data/peer) through the extractor.
/// A case passes when the money facts are exactly the expected ones: same count, each value within 0.1%
/// and the same currency code, in order.
/// </summary>
public sealed class PeerCurrencySuiteTests
{
    private readonly ITestOutputHelper _output;

    public PeerCurrencySuiteTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void At_least_95_percent_of_the_peer_currency_cases_pass()
    {
        var cases = LoadCases();
        var failures = new List<string>();
        foreach (var (input, expected) in cases)
        {
            var found = FactExtractor.Extract(input, "peer.txt").Facts.Where(f => f.Kind == FactKind.Money).ToList();
            if (!Matches(expected, found))
            {
                failures.Add($"{input}\n    expected: {Describe(expected)}\n    found:    {Describe(found.Select(f => (f.Value ?? 0m, f.Unit ?? "?")).ToList())}");
            }
        }

        var passRate = (cases.Count - failures.Count) / (double)cases.Count;
        _output.WriteLine($"peer currency suite: {cases.Count - failures.Count}/{cases.Count} pass ({passRate.ToString("P1", CultureInfo.InvariantCulture)})");
        foreach (var failure in failures)
        {
            _output.WriteLine("FAIL " + failure);
        }

        Assert.Equal(169, cases.Count);
        Assert.True(passRate >= 0.95, $"{failures.Count} of {cases.Count} peer cases fail:\n" + string.Join("\n", failures));
    }

    private static bool Matches(List<(decimal Value, string Unit)> expected, List<ExtractedFact> found)
    {
        if (expected.Count != found.Count)
        {
            return false;
        }

        for (var k = 0; k < expected.Count; k++)
        {
            var value = found[k].Value ?? 0m;
            var tolerance = Math.Abs(expected[k].Value) * 0.001m;
            if (found[k].Unit != expected[k].Unit || Math.Abs(value - expected[k].Value) > tolerance)
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(List<(decimal Value, string Unit)> amounts)
        => amounts.Count == 0 ? "(none)" : string.Join(", ", amounts.Select(a => a.Value.ToString(CultureInfo.InvariantCulture) + " " + a.Unit));

    private static List<(string Input, List<(decimal Value, string Unit)> Money)> LoadCases()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoFiles.PathOf("tests/data/peer/recognizers-currency.json")));
        var cases = new List<(string, List<(decimal, string)>)>();
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            var money = item.GetProperty("money").EnumerateArray()
                .Select(m => (m.GetProperty("value").GetDecimal(), m.GetProperty("unit").GetString()!))
                .ToList();
            cases.Add((item.GetProperty("input").GetString()!, money));
        }

        return cases;
    }
}
