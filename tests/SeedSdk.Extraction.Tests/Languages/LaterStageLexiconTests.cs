using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

using static SeedSdk.Extraction.Tests.Languages.TestLexicons;

namespace SeedSdk.Extraction.Tests.Languages;

/// <summary>
/// The entity stage and the stages after it (roles, statements, lists) read their words from the document's lexicon too:
/// a lexicon that changes one reporting verb, role verb, list cue or closed word class (determiners, prepositions) changes
/// what they extract.
/// </summary>
public class LaterStageLexiconTests
{
    [Fact]
    public void A_reporting_verb_added_to_the_lexicon_reports_a_statement()
    {
        const string text = "Maria Lopez is the chief executive of Northwind Traders. \"Demand will keep growing next year,\" Maria Lopez quipped.";
        Assert.DoesNotContain(Lexicon.English.List("reporting-verbs"), row => row.StartsWith("quipped"));

        var withVerb = FactExtractor.Extract(text, "seed.txt", With("reporting-verbs", "quipped verb")).Facts.Where(f => f.Kind == FactKind.Statement).ToList();
        var english = FactExtractor.Extract(text, "seed.txt").Facts.Where(f => f.Kind == FactKind.Statement).ToList();

        var statement = Assert.Single(withVerb);
        Assert.Equal("Maria Lopez", statement.Speaker);
        Assert.Empty(english);
    }

    [Fact]
    public void A_role_verb_added_to_the_lexicon_states_a_role()
    {
        const string text = "Maria Lopez, who captains Northwind Traders, opened the new plant in Lisbon.";
        Assert.DoesNotContain(Lexicon.English.List("role-verbs"), row => row.StartsWith("captains"));

        var withVerb = FactExtractor.Extract(text, "seed.txt", With("role-verbs", "captains captain")).Facts.Where(f => f.Kind == FactKind.Role).ToList();
        var english = FactExtractor.Extract(text, "seed.txt").Facts.Where(f => f.Kind == FactKind.Role).ToList();

        Assert.Contains(withVerb, f => f.Role == "captain" && f.Person == "Maria Lopez");
        Assert.DoesNotContain(english, f => f.Role == "captain");
    }

    [Fact]
    public void A_list_cue_taken_out_of_the_lexicon_no_longer_opens_a_list()
    {
        const string text = "The company sells tea in new markets including Kenya and Ghana.";

        var withoutCue = FactExtractor.Extract(text, "seed.txt", Without("list-cues", "including")).Facts.Where(f => f.Kind == FactKind.List).ToList();
        var english = FactExtractor.Extract(text, "seed.txt").Facts.Where(f => f.Kind == FactKind.List).ToList();

        var list = Assert.Single(english);
        Assert.Equal(new[] { "Kenya", "Ghana" }, list.Items.ToArray());
        Assert.Empty(withoutCue);
    }

    [Fact]
    public void A_determiner_taken_out_of_the_entity_word_classes_stays_in_the_role()
    {
        const string text = "Maria Lopez is the chief executive of Northwind Traders.";
        Assert.Contains("the", Lexicon.English.List("determiners"));

        var withoutThe = FactExtractor.Extract(text, "seed.txt", Without("determiners", "the")).Facts.Where(f => f.Kind == FactKind.Role).ToList();
        var english = FactExtractor.Extract(text, "seed.txt").Facts.Where(f => f.Kind == FactKind.Role).ToList();

        Assert.Equal("chief executive", Assert.Single(english).Text);
        Assert.Equal("the chief executive", Assert.Single(withoutThe).Text);
    }

    [Fact]
    public void A_preposition_added_to_the_entity_word_classes_ends_the_list_cue_phrase()
    {
        const string text = "The company sells tea in markets including Kenya and Ghana.";
        Assert.DoesNotContain("markets", Lexicon.English.List("prepositions"));

        var withPreposition = FactExtractor.Extract(text, "seed.txt", With("prepositions", "markets")).Facts.Where(f => f.Kind == FactKind.List).ToList();
        var english = FactExtractor.Extract(text, "seed.txt").Facts.Where(f => f.Kind == FactKind.List).ToList();

        Assert.Equal(new[] { "Kenya", "Ghana" }, Assert.Single(english).Items.ToArray());
        Assert.Empty(withPreposition);
    }

    [Fact]
    public void A_share_move_added_to_the_lexicon_makes_the_name_before_it_a_company()
    {
        const string text = "On Monday, Zorvak shares plummeted after the report.";
        Assert.DoesNotContain("plummeted", Lexicon.English.List("share-moves"));

        var withMove = FactExtractor.Extract(text, "seed.txt", With("share-moves", "plummeted")).Facts.Where(f => f.Kind == FactKind.Organization).ToList();
        var english = FactExtractor.Extract(text, "seed.txt").Facts.Where(f => f.Kind == FactKind.Organization).ToList();

        Assert.Equal("Zorvak", Assert.Single(withMove).Text);
        Assert.Empty(english);
    }
}
