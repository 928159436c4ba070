using System.Linq;
using SeedSdk.Extraction.Curation;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Tests.Curation;

/// <summary>
/// Curation beside the seed: every operation, and every problem located at its JSON token. Names the extractor
/// gives are looked up, not assumed, so these tests hold whatever the namer calls a fact.
/// </summary>
public sealed class CurationTests
{
    private const string Report =
        "Northwind Traders reported its annual results on Monday.\n"
        + "Its revenue rose 8 percent to $1.1 billion in 2024, and its operating margin reached 9 percent.\n"
        + "Rival Contoso Retail said its sales fell to $400 million.\n"
        + "Online sales: $34 million\n"
        + "The company employs 1,200 people and has a 15-year history. About a quarter of staff work remotely, a quarter of them abroad.\n";

    private static readonly ExtractedDocument Extracted = FactExtractor.Extract(Report, "seeds/report.txt");

    [Fact]
    public void Rename_gives_the_fact_the_new_name_and_keeps_its_value()
    {
        var money = Fact(Extracted, "$34 million");

        var result = Apply($$"""{ "facts": [ { "name": "{{money.Name}}", "rename": "WebShopTakings" } ] }""");

        Assert.Empty(result.Problems);
        var renamed = Assert.Single(result.Document.Facts, f => f.Name == "WebShopTakings");
        Assert.Equal(34_000_000m, renamed.Value);
        Assert.Equal(Extracted.Facts.Count, result.Document.Facts.Count);
    }

    [Fact]
    public void Suppress_removes_exactly_that_fact()
    {
        var result = Apply("""{ "facts": [ { "kind": "ratio", "text": "9 percent", "suppress": true } ] }""");

        Assert.Empty(result.Problems);
        Assert.Equal(Extracted.Facts.Count - 1, result.Document.Facts.Count);
        Assert.DoesNotContain(result.Document.Facts, f => f.Text == "9 percent");
    }

    [Fact]
    public void Set_kind_turns_a_person_into_an_organization_with_the_corrected_name()
    {
        var wrong = Extracted.Facts.First(f => f.Text.Contains("Contoso Retail", System.StringComparison.Ordinal) && f.Kind is FactKind.Person or FactKind.Organization);

        var result = Apply($$"""
            { "facts": [ { "text": "{{wrong.Text}}", "kind": "{{wrong.Kind.ContractName()}}", "rename": "ContosoRetail",
                           "set": { "kind": "organization", "value": "Contoso Retail" } } ] }
            """);

        Assert.Empty(result.Problems);
        var fixedFact = Assert.Single(result.Document.Facts, f => f.Name == "ContosoRetail");
        Assert.Equal(FactKind.Organization, fixedFact.Kind);
        Assert.Equal("Contoso Retail", fixedFact.EntityName);
        Assert.Equal(wrong.Span, fixedFact.Span);
    }

    [Fact]
    public void Set_value_corrects_a_number_and_keeps_the_unit()
    {
        var result = Apply("""{ "facts": [ { "kind": "money", "text": "$400 million", "set": { "value": 450000000 } } ] }""");

        Assert.Empty(result.Problems);
        var money = Fact(result.Document, "$400 million");
        Assert.Equal(450_000_000m, money.Value);
        Assert.Equal("USD", money.Unit);
    }

    [Fact]
    public void Add_quotes_the_occurrence_asked_for_and_places_the_fact_there()
    {
        var result = Apply("""
            { "add": [ { "quote": "a quarter", "occurrence": 2, "kind": "ratio", "value": 0.25, "name": "AbroadShare" } ] }
            """);

        Assert.Empty(result.Problems);
        var added = Assert.Single(result.Document.Facts, f => f.Name == "AbroadShare");
        var second = Report.IndexOf("a quarter", Report.IndexOf("a quarter", System.StringComparison.Ordinal) + 1, System.StringComparison.Ordinal);
        Assert.Equal(second, added.Span.Start);
        Assert.Equal(5, added.Span.Line);
        Assert.Equal(0.25m, added.Value);
        Assert.Contains("abroad", Extracted with { Facts = result.Document.Facts } is var d ? d.SentenceText(added.SentenceIndex) : string.Empty, System.StringComparison.Ordinal);
        Assert.True(result.Document.Facts.Select(f => f.Span.Start).SequenceEqual(result.Document.Facts.Select(f => f.Span.Start).OrderBy(s => s)), "facts stay in document order");
    }

    [Fact]
    public void A_pin_keeps_its_name_on_its_fact_when_a_look_alike_paragraph_is_inserted_in_front()
    {
        const string Curation = """
            { "facts": [ { "kind": "money", "text": "$1.1 billion", "context": "Its revenue rose", "pin": "NorthwindRevenue2024" } ] }
            """;
        var inserted = "Contoso's revenue rose 3 percent to $5.2 billion in 2024.\n" + Report;

        var before = SeedCuration.Apply(Extracted, Curation);
        var after = SeedCuration.Apply(FactExtractor.Extract(inserted, "seeds/report.txt"), Curation);

        Assert.Empty(before.Problems);
        Assert.Empty(after.Problems);
        Assert.Equal(1_100_000_000m, Assert.Single(before.Document.Facts, f => f.Name == "NorthwindRevenue2024").Value);
        Assert.Equal(1_100_000_000m, Assert.Single(after.Document.Facts, f => f.Name == "NorthwindRevenue2024").Value);
    }

    [Fact]
    public void An_extracted_fact_holding_a_pinned_name_takes_its_next_candidate_and_nobody_else_moves()
    {
        var sales = Fact(Extracted, "$400 million");
        var curation = $$"""{ "facts": [ { "kind": "money", "text": "$34 million", "pin": "{{sales.Name}}" } ] }""";

        var result = Apply(curation);

        Assert.Empty(result.Problems);
        Assert.Equal(34_000_000m, Assert.Single(result.Document.Facts, f => f.Kind == FactKind.Money && f.Name == sales.Name).Value);

        // Its next candidate tells it apart by its context (its subject, label, value or sentence), never by a counter.
        var displaced = Fact(result.Document, "$400 million").Name;
        Assert.NotEqual(sales.Name, displaced);
        Assert.Contains(sales.Name, displaced, System.StringComparison.Ordinal);
        Assert.DoesNotMatch(@"_\d+$", displaced);
        Assert.Single(result.Document.Facts, f => f.Kind == FactKind.Money && f.Name == displaced);
        Assert.All(
            Extracted.Facts.Where(f => f.Text is not "$400 million" and not "$34 million"),
            f => Assert.Contains(result.Document.Facts, g => g.Kind == f.Kind && g.Text == f.Text && g.Name == f.Name));
    }

    [Fact]
    public void A_displaced_fact_gets_the_name_it_would_get_if_another_fact_wanted_its_own()
    {
        // A look-alike sentence makes the extractor contest the sales figure's own name, so it takes its next candidate;
        // giving that name away by curation must lead to the same name.
        var sales = Fact(Extracted, "$400 million");
        var lookAlike = Report + "Rival Fabrikam Stores said its sales fell to $300 million.\n";
        var contested = Fact(FactExtractor.Extract(lookAlike, "seeds/report.txt"), "$400 million").Name;
        Assert.NotEqual(sales.Name, contested);

        var result = Apply($$"""{ "facts": [ { "kind": "money", "text": "$34 million", "pin": "{{sales.Name}}" } ] }""");

        Assert.Equal(contested, Fact(result.Document, "$400 million").Name);
    }

    [Fact]
    public void A_pin_of_a_fact_s_own_name_renames_nothing()
    {
        var sales = Fact(Extracted, "$400 million");

        var result = Apply($$"""{ "facts": [ { "kind": "money", "text": "$400 million", "pin": "{{sales.Name}}" } ] }""");

        Assert.Empty(result.Problems);
        Assert.Equal(Extracted.Facts.Select(f => (f.Kind, f.Name)), result.Document.Facts.Select(f => (f.Kind, f.Name)));
    }

    [Fact]
    public void Malformed_json_is_one_problem_at_the_offending_character_and_changes_nothing()
    {
        var result = Apply("{\n  \"facts\": [\n    { \"name\": \"X\", \"suppress\": tru }\n  ]\n}");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(CurationProblemIds.NotJson, problem.Id);
        Assert.Equal((3, 32), (problem.Span.Line, problem.Span.Column));
        Assert.Same(Extracted, result.Document);
    }

    [Theory]
    [InlineData("""{ "facts": [ { "name": "X", "renam": "Y" } ] }""", CurationProblemIds.InvalidEntry, "\"renam\"", "Unknown member \"renam\"")]
    [InlineData("""{ "facts": [ { "text": "$34 million", "rename": 5 } ] }""", CurationProblemIds.InvalidEntry, "5", "\"rename\" must be a string")]
    [InlineData("""{ "facts": [ { "name": "NoSuchFact", "rename": "Y" } ] }""", CurationProblemIds.UnknownFact, "\"NoSuchFact\"", "No fact of the seed matches")]
    [InlineData("""{ "facts": [ { "kind": "money", "text": "Monday", "suppress": true } ] }""", CurationProblemIds.UnknownFact, "\"Monday\"", "No fact")]
    [InlineData("""{ "facts": [ { "text": "a quarter", "suppress": true } ] }""", CurationProblemIds.AmbiguousFact, "\"a quarter\"", "matches 2 facts (lines 5, 5)")]
    [InlineData("""{ "add": [ { "quote": "$99 million", "kind": "money", "name": "Y", "value": 1, "unit": "USD" } ] }""", CurationProblemIds.QuoteNotFound, "\"$99 million\"", "not in the seed")]
    [InlineData("""{ "add": [ { "quote": "a quarter", "kind": "ratio", "name": "Y", "value": 0.25 } ] }""", CurationProblemIds.AmbiguousFact, "\"a quarter\"", "appears 2 times")]
    [InlineData("""{ "add": [ { "quote": "a quarter", "occurrence": 3, "kind": "ratio", "name": "Y", "value": 0.25 } ] }""", CurationProblemIds.QuoteNotFound, "\"a quarter\"", "no occurrence 3")]
    [InlineData("""{ "add": [ { "quote": "Monday", "kind": "money", "name": "Y" } ] }""", CurationProblemIds.BadValue, "\"money\"", "give \"value\"")]
    [InlineData("""{ "facts": [ { "text": "$400 million", "set": { "value": "lots" } } ] }""", CurationProblemIds.BadValue, "\"lots\"", "must be a number")]
    [InlineData("""{ "facts": [ { "text": "$400 million", "set": { "unit": "dollars" } } ] }""", CurationProblemIds.BadValue, "\"dollars\"", "ISO 4217")]
    [InlineData("""{ "facts": [ { "text": "$400 million", "set": { "kind": "date" } } ] }""", CurationProblemIds.BadValue, "\"date\"", "its date is not ISO 8601")]
    [InlineData("""{ "facts": [ { "text": "$400 million", "set": { "kind": "gadget" } } ] }""", CurationProblemIds.BadValue, "\"gadget\"", "Unknown fact kind")]
    [InlineData("""{ "facts": [ { "text": "$400 million", "set": { "speaker": "Ann" } } ] }""", CurationProblemIds.BadValue, "\"Ann\"", "does not apply to a money fact")]
    [InlineData("""{ "facts": [ { "text": "$400 million", "rename": "class" } ] }""", CurationProblemIds.BadValue, "\"class\"", "not a valid C# identifier")]
    [InlineData("""{ "facts": [ { "text": "$400 million", "pin": "A" }, { "text": "$34 million", "pin": "A" } ] }""", CurationProblemIds.DuplicateName, "\"A\"", "already given to a money fact on line 1")]
    [InlineData("""{ "facts": [ { "text": "$400 million", "pin": "A" }, { "text": "$400 million", "suppress": true } ] }""", CurationProblemIds.InvalidEntry, "{ \"text\"", "already curated by the entry on line 1")]
    [InlineData("""{ "facts": [ { "text": "$400 million" } ] }""", CurationProblemIds.InvalidEntry, "{ \"text\"", "says nothing to do")]
    [InlineData("""{ "facts": [ { "name": "X", "pin": "Y" } ] }""", CurationProblemIds.InvalidEntry, "\"pin\"", "addresses its fact by \"text\"")]
    [InlineData("""{ "facts": [ { "name": "X", "name": "Y", "suppress": true } ] }""", CurationProblemIds.InvalidEntry, "\"name\"", "given twice")]
    [InlineData("""{ "fact": [] }""", CurationProblemIds.InvalidEntry, "\"fact\"", "Unknown member \"fact\"")]
    [InlineData("""[ 1 ]""", CurationProblemIds.InvalidEntry, "[", "is a JSON object")]
    public void Each_problem_has_its_id_and_the_column_of_its_token(string curation, string id, string token, string message)
    {
        var result = Apply(curation);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(id, problem.Id);
        Assert.Equal(1, problem.Span.Line);
        Assert.Equal(curation.LastIndexOf(token, System.StringComparison.Ordinal) + 1, problem.Span.Column);
        Assert.Contains(message, problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_skips_only_its_own_entry()
    {
        var money = Fact(Extracted, "$34 million");

        var result = Apply($$"""{ "facts": [ { "name": "Nope", "rename": "A" }, { "name": "{{money.Name}}", "rename": "WebShopTakings" } ] }""");

        Assert.Equal(CurationProblemIds.UnknownFact, Assert.Single(result.Problems).Id);
        Assert.Contains(result.Document.Facts, f => f.Name == "WebShopTakings");
    }

    [Fact]
    public void A_renamed_fact_whose_name_changed_is_reported_with_its_new_name()
    {
        var money = Fact(Extracted, "$34 million");

        var result = Apply("""{ "facts": [ { "name": "OldName", "text": "$34 million", "rename": "WebShopTakings" } ] }""");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(CurationProblemIds.UnknownFact, problem.Id);
        Assert.Contains("now named \"" + money.Name + "\"", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Curation_is_deterministic_and_leaves_the_input_untouched()
    {
        const string Curation = """{ "facts": [ { "kind": "money", "text": "$400 million", "suppress": true } ], "add": [ { "quote": "Online sales", "kind": "event", "name": "WebShopTakings" } ] }""";
        var copy = FactExtractor.Extract(Report, "seeds/report.txt");

        var first = SeedCuration.Apply(copy, Curation);
        var second = SeedCuration.Apply(copy, Curation);

        Assert.Equal(first, second);
        Assert.Equal(Extracted, copy);
        Assert.Equal("Online sales", Assert.Single(first.Document.Facts, f => f.Name == "WebShopTakings").EntityName);
    }

    [Theory]
    [InlineData("seeds/report.txt", "seeds/report.seedsdk.json")]
    [InlineData("seeds/notes.v2.md", "seeds/notes.v2.seedsdk.json")]
    [InlineData(@"C:\p\seeds\report.txt", @"C:\p\seeds\report.seedsdk.json")]
    [InlineData("seeds.d/README", "seeds.d/README.seedsdk.json")]
    public void The_curation_file_sits_beside_its_seed(string seed, string curation)
    {
        Assert.Equal(curation, SeedCuration.PathFor(seed));
        Assert.True(SeedCuration.IsCurationFile(curation));
        Assert.False(SeedCuration.IsCurationFile(seed));
    }

    private static CurationResult Apply(string curation) => SeedCuration.Apply(Extracted, curation);

    private static ExtractedFact Fact(ExtractedDocument document, string text) => Assert.Single(document.Facts, f => f.Text == text);
}
