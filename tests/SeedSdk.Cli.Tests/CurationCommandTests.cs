using System.Linq;
using System.Text.Json;

namespace SeedSdk.Cli.Tests;

/// <summary><c>seedsdk facts</c> applies the curation file beside each seed and reports its problems located in that file.</summary>
public sealed class CurationCommandTests
{
    private const string Report = "Northwind Traders reported results on Monday.\nOnline sales: $34 million\nRival Contoso Retail said its sales fell to $400 million.\n";

    [Fact]
    public void The_curation_file_beside_a_seed_is_applied_and_its_problems_are_located_in_it()
    {
        using var folder = new ScratchFolder();
        folder.Write("seeds/report.txt", Report);
        folder.Write("seeds/report.seedsdk.json", "{\n  \"facts\": [\n    { \"kind\": \"money\", \"text\": \"$34 million\", \"rename\": \"WebShopTakings\" },\n    { \"name\": \"Missing\", \"suppress\": true }\n  ]\n}\n");
        folder.Write("seeds/plain.txt", Report);

        var run = CliRun.In(folder.Root, "facts", "seeds", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("seeds/report.seedsdk.json(4,15): warning SEED022: No fact of the seed matches name \"Missing\"", run.Stderr.Trim());
        using var json = JsonDocument.Parse(run.Stdout);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("path").GetString()!);
        Assert.Contains("WebShopTakings", Names(documents["seeds/report.txt"]));
        Assert.DoesNotContain("WebShopTakings", Names(documents["seeds/plain.txt"]));
    }

    [Fact]
    public void A_curation_file_that_is_not_json_changes_nothing_and_says_where()
    {
        using var folder = new ScratchFolder();
        folder.Write("report.txt", Report);
        folder.Write("report.seedsdk.json", "{ \"facts\": [ }");

        var curated = CliRun.In(folder.Root, "facts", "report.txt", "--json");
        System.IO.File.Delete(System.IO.Path.Combine(folder.Root, "report.seedsdk.json"));
        var plain = CliRun.In(folder.Root, "facts", "report.txt", "--json");

        Assert.StartsWith("report.seedsdk.json(1,14): warning SEED020: The curation file is not valid JSON", curated.Stderr, System.StringComparison.Ordinal);
        Assert.Equal(plain.Stdout, curated.Stdout);
    }

    private static string[] Names(JsonElement document)
        => document.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToArray();
}
