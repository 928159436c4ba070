using CsCheck;

namespace SeedSdk.Extraction.Tests.Properties;

/// <summary>
/// The extractor never throws and every fact it returns is well formed (see <see cref="FactInvariants"/>)
/// for random Unicode, for soups of numeric and temporal tokens, and for mutated real sentences.
/// </summary>
public sealed class ExtractorInvariantProperties
{
    [Fact]
    public void Random_unicode_text_yields_well_formed_facts()
        => TextGens.RandomUnicode.Sample(text => { FactInvariants.ExtractAndCheck(text); }, iter: PropertyBudget.RandomUnicode, print: TextGens.Show);

    [Fact]
    public void Soups_of_numbers_currencies_months_and_quotes_yield_well_formed_facts()
        => TextGens.TokenSoup.Sample(text => { FactInvariants.ExtractAndCheck(text); }, iter: PropertyBudget.TokenSoup, print: TextGens.Show);

    [Fact]
    public void Mutated_real_sentences_yield_well_formed_facts()
        => TextGens.MutatedSentences.Sample(text => { FactInvariants.ExtractAndCheck(text); }, iter: PropertyBudget.MutatedSentences, print: TextGens.Show);

    [Fact]
    public void The_invariant_checker_rejects_a_wrong_column()
    {
        // Negative control: the checker must be able to fail.
        const string text = "Revenue was $5 million.\nCosts were 30%.";
        var document = FactExtractor.Extract(text, "seeds/control.txt");
        var forged = document with
        {
            Facts = Model.EquatableArray.Of(new Model.ExtractedFact
            {
                Kind = Model.FactKind.Ratio,
                Name = "Forged",
                Text = "30%",
                Span = new Model.SourceSpan(text.IndexOf("30%", System.StringComparison.Ordinal), 3, 2, 1),
                SentenceIndex = document.Sentences.Count - 1,
            }),
        };

        var error = Assert.Throws<InvariantViolation>(() => FactInvariants.Check(text, "seeds/control.txt", forged));
        Assert.Contains("expected line 2 column 12", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_documents_yield_well_formed_facts()
    {
        var seeds = System.IO.Path.Combine(System.AppContext.BaseDirectory, "seeds");
        var files = System.IO.Directory.GetFiles(seeds, "*.txt");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            FactInvariants.ExtractAndCheck(System.IO.File.ReadAllText(file), "seeds/" + System.IO.Path.GetFileName(file));
        }
    }
}
