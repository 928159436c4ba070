using SeedSdk.Extraction.Naming;
using static SeedSdk.Extraction.Tests.Naming.NamingFacts;

namespace SeedSdk.Extraction.Tests.Naming;

public class TitleDetectorTests
{
    [Theory]
    [InlineData("# Quarterly  Results #\n\nRevenue rose 5%.", "Quarterly Results")]
    [InlineData("\n\n## Acme in Europe\nText.", "Acme in Europe")]
    [InlineData("Acme Opens New Plant in Ohio\nThe company said on Monday that it opened a plant.", "Acme Opens New Plant in Ohio")]
    [InlineData("Acme grew. More text follows here.", "Acme grew.")]
    [InlineData("OSLO, May 3 -- Nordvik Energy said on Friday that output rose. More text.", "Nordvik Energy said on Friday that output rose.")]
    [InlineData("Prices fell 3% -- the lowest since 2019. More text.", "Prices fell 3% -- the lowest since 2019.")]
    [InlineData("", "")]
    [InlineData("   \n  ", "")]
    public void Detects_headings_headlines_and_first_sentences(string text, string expected)
        => Assert.Equal(expected, TitleDetector.Detect(Context(text)));

    [Fact]
    public void A_long_first_sentence_is_cut_at_a_word_boundary_with_an_ellipsis()
    {
        const string text = "At a press conference in Berlin on Tuesday, the chief executive of Example Motors announced a sweeping plan to electrify the whole fleet. Then more.";
        var title = TitleDetector.Detect(Context(text));
        Assert.EndsWith("\u2026", title);
        Assert.True(title.Length <= TitleDetector.MaxLength + 1, title);
        var kept = title.Substring(0, title.Length - 1);
        Assert.StartsWith(kept, text);
        Assert.Equal(' ', text[kept.Length]);
    }

    [Fact]
    public void A_short_first_line_ending_in_punctuation_is_not_a_headline()
    {
        var title = TitleDetector.Detect(Context("He said so.\nAnother line"));
        Assert.Equal("He said so.", title);
    }
}
