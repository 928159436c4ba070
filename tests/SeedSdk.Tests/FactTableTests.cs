using System;
using System.Linq;

namespace SeedSdk.Tests;

/// <summary>A document's facts decoded from the compact table the generator emits: every kind, lazily, safely.</summary>
public sealed class FactTableTests
{
    private const string Path = "seeds/acme.txt";
    private const string Title = "Acme";
    private const string Text = "Acme Corp hired Jane Doe as ceo. She said revenue rose 25% to $3.2bn in 2024.\nStores: Lyon, Nice.";

    // Two sentences; then 9 facts: organization, person, role, statement, ratio, money, date, list, location.
    private const string Encoded =
        "2,0,32,33,44,"
        + "9,"
        + "7,8:AcmeCorp0,9,1,1,0,==1,3:the"
        + "6,7:JaneDoe16,8,1,17,0,==1,3:She"
        + "10,10:JaneDoeCeo16,19,1,17,0,=8:Jane Doe3:ceo9:Acme Corp1,0,"
        + "12,9:JaneDoeOn42,35,1,43,1,17:revenue rose 25%.8:Jane Doe"
        + "1,5:Share55,3,1,56,1,=4:0.25"
        + "0,7:Revenue62,6,1,63,1,=10:32000000003:USD5:up-to"
        + "4,4:Year72,4,1,73,1,=4:2024"
        + "11,6:Stores78,19,2,1,1,=6:Stores2,4:Lyon4:Nice"
        + "8,4:Lyon86,4,2,9,1,==0,";

    private static FactTable Table() => new(Path, Title, Text, Encoded);

    [Fact]
    public void Every_kind_decodes_with_its_place_sentence_and_values()
    {
        var table = Table();

        Assert.Equal(9, table.Facts.Count);
        var organization = table.Get<OrganizationFact>(0);
        Assert.Equal(("AcmeCorp", "Acme Corp", "Acme Corp"), (organization.Name, organization.Text, organization.EntityName));
        Assert.Equal(new[] { "the" }, organization.Aliases);
        Assert.Equal("Acme Corp hired Jane Doe as ceo.", organization.Source.Sentence);
        var role = table.Get<RoleFact>(2);
        Assert.Equal(("Jane Doe", "ceo", "Acme Corp"), (role.Person, role.Role, role.Organization));
        Assert.Same(table.Get<PersonFact>(1), role.PersonEntity);
        Assert.Same(organization, role.OrganizationEntity);
        Assert.Equal(("revenue rose 25%.", "Jane Doe"), (table.Get<StatementFact>(3).Text, table.Get<StatementFact>(3).Speaker));
        Assert.Equal(0.25m, table.Get<RatioFact>(4).Value);
        var money = table.Get<MoneyFact>(5);
        Assert.Equal((new Money(3200000000m, "USD"), MoneyQualifier.UpTo, "$3.2bn"), (money.Amount, money.Qualifier, money.Text));
        Assert.Equal(new SourceSpan(Path, 62, 6, 1, 63, 1, "She said revenue rose 25% to $3.2bn in 2024."), money.Source);
        Assert.Equal(new PartialDate(2024), table.Get<DateFact>(6).Value);
        var list = table.Get<ListFact>(7);
        Assert.Equal("Stores", list.Head);
        Assert.Equal(new[] { "Lyon", "Nice" }, list.Items);
        Assert.Equal(("Lyon", 2, 9), (table.Get<LocationFact>(8).EntityName, table.Get<LocationFact>(8).Source.Line, table.Get<LocationFact>(8).Source.Column));
    }

    [Fact]
    public void The_document_holds_the_same_fact_instances_and_decodes_once()
    {
        var table = Table();

        Assert.Same(table.Document, table.Document);
        Assert.Same(table.Get<MoneyFact>(5), table.Document.Facts[5]);
        Assert.Equal((Path, Title, Text), (table.Document.Path, table.Document.Title, table.Document.Text));
        Assert.Equal(2, table.Sentences.Count);
    }

    [Fact]
    public void A_period_and_durations_quantities_and_events_decode_too()
    {
        const string text = "From 2021 to 2025 the plant ran 3 shifts for 15 years at the Expo.";
        var encoded = "1,0,66,4,5,6:Period0,17,1,1,0,=4:20214:20252,6:Shifts32,8,1,33,0,=1:35:shift3,5:Years45,8,1,46,0,=2:154:year9,4:Expo61,4,1,62,0,=8:the Expo0,";

        var table = new FactTable("p.txt", string.Empty, text, encoded);

        Assert.Equal(new DateRange(new PartialDate(2021), new PartialDate(2025)), table.Get<PeriodFact>(0).Range);
        Assert.Equal((3m, "shift"), (table.Get<QuantityFact>(1).Value, table.Get<QuantityFact>(1).Unit));
        Assert.Equal((15m, "year"), (table.Get<DurationFact>(2).Value, table.Get<DurationFact>(2).Unit));
        Assert.Equal("the Expo", table.Get<EventFact>(3).EntityName);
    }

    [Fact]
    public void Asking_for_a_missing_index_or_the_wrong_kind_says_so()
    {
        var table = Table();

        Assert.Throws<ArgumentOutOfRangeException>(() => table.Get<MoneyFact>(9));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Get<MoneyFact>(-1));
        Assert.Throws<InvalidCastException>(() => table.Get<MoneyFact>(0));
    }

    [Fact]
    public void Nothing_is_decoded_until_a_fact_is_read()
    {
        var table = new FactTable(Path, Title, Text, "not a table");

        Assert.Equal(Path, table.Path);
        Assert.Throws<FormatException>(() => table.Facts);
        Assert.Throws<FormatException>(() => table.Document);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,")]
    [InlineData("1,0,999,0,")]
    [InlineData("0,1,")]
    [InlineData("0,1,0,3:abc0,1,0,1,0,=4:1.5x3:USD~")]
    [InlineData("0,1,99,1:a0,1,1,1,0,=")]
    [InlineData("0,1,4,1:a0,1,1,1,0,=4:20x4")]
    [InlineData("0,1,5,1:a0,4,1,1,0,=4:20264:2024")]
    [InlineData("0,1,10,1:a0,1,1,1,0,=1:x1:y~5,-1,")]
    [InlineData("0,1,10,1:a0,1,1,1,0,=1:x1:y~0,-1,")]
    [InlineData("0,1,0,1:a0,1,0,1,0,=1:51:X~")]
    [InlineData("0,99999999999,")]
    [InlineData("0,1,6,1:a0,1,1,1,0,==99999,")]
    [InlineData("0,0,x")]
    public void A_table_the_generator_did_not_write_gives_a_format_exception(string encoded)
        => Assert.Throws<FormatException>(() => new FactTable(Path, Title, Text, encoded).Facts);

    [Fact]
    public void Any_damage_to_a_table_gives_a_format_exception_or_a_valid_document_never_another_exception()
    {
        var random = new Random(11);
        const string alphabet = "0123456789,:-~=ab";
        for (var round = 0; round < 5000; round++)
        {
            var damaged = Encoded.ToCharArray().ToList();
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(damaged.Count);
                switch (random.Next(3))
                {
                    case 0: damaged.RemoveAt(at); break;
                    case 1: damaged.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: damaged[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }

            var table = new FactTable(Path, Title, Text, new string(damaged.ToArray()));
            try
            {
                _ = table.Facts.Count;
            }
            catch (FormatException)
            {
            }
        }
    }
}
