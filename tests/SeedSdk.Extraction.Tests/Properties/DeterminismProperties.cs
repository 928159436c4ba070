using System;
using System.Linq;
using System.Text;
using CsCheck;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Tests.Properties;

/// <summary>
/// The extractor gives the same facts whatever the current culture, whatever the newline convention
/// (only offsets move; line and column stay right), and whatever unrelated text stands around a paragraph.
/// </summary>
public sealed class DeterminismProperties
{
    private static readonly string[] Cultures = { "tr-TR", "fi-FI", "ar-SA", "zh-CN" };

    private static readonly string[] Newlines = { "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085" };

    private static readonly FactKind[] NumericKinds = { FactKind.Money, FactKind.Ratio, FactKind.Quantity, FactKind.Duration, FactKind.Date, FactKind.Period };

    /// <summary>1 to 6 lines without line terminators of their own.</summary>
    private static readonly Gen<string[]> Lines =
        Gen.OneOf(TextGens.MutatedSentences, TextGens.TokenSoup, TextGens.RandomUnicode).Select(WithoutLineBreaks).Array[1, 6];

    [Fact]
    public void Facts_do_not_depend_on_the_current_culture()
        => TextGens.AnyText.Sample(
            text =>
            {
                ExtractedDocument expected;
                using (new CultureScope("en-US"))
                {
                    expected = FactExtractor.Extract(text, "seeds/culture.txt");
                }

                foreach (var culture in Cultures)
                {
                    using (new CultureScope(culture))
                    {
                        var actual = FactExtractor.Extract(text, "seeds/culture.txt");
                        Assert.True(expected == actual, $"under {culture}: expected {expected.Facts} but got {actual.Facts}");
                    }
                }
            },
            iter: PropertyBudget.CultureInvariance,
            print: TextGens.Show);

    [Fact]
    public void Newline_conventions_change_offsets_only()
        => Lines.Sample(
            lines =>
            {
                var expected = FactExtractor.Extract(string.Join("\n", lines), "seeds/newlines.txt");
                foreach (var newline in Newlines)
                {
                    var text = string.Join(newline, lines);
                    var actual = FactInvariants.ExtractAndCheck(text, "seeds/newlines.txt");
                    Assert.Equal(expected.Sentences.Count, actual.Sentences.Count);
                    Assert.Equal(expected.Title, NormalizeNewlines(actual.Title));
                    Assert.Equal(expected.Facts.Select(WithoutOffset), actual.Facts.Select(WithoutOffset));
                }
            },
            iter: PropertyBudget.NewlineVariants,
            print: lines => TextGens.Show(string.Join("\n", lines)));

    [Fact]
    public void Numeric_facts_survive_unrelated_paragraphs_before_and_after()
        => Gen.Select(TextGens.AnyText, TextGens.AnyText, TextGens.AnyText).Sample(
            (before, paragraph, after) =>
            {
                var alone = FactExtractor.Extract(paragraph, "seeds/context.txt");
                var prefix = before + "\n\n";
                var combined = FactInvariants.ExtractAndCheck(prefix + paragraph + "\n\n" + after, "seeds/context.txt");
                foreach (var fact in alone.Facts.Where(f => NumericKinds.Contains(f.Kind)))
                {
                    var start = fact.Span.Start + prefix.Length;
                    Assert.True(
                        combined.Facts.Any(f => f.Kind == fact.Kind && f.Span.Start == start && f.Text == fact.Text),
                        $"{fact.Kind} \"{fact.Text}\" at {fact.Span.Start} of the paragraph was lost in context");
                }
            },
            iter: PropertyBudget.UnrelatedContext,
            print: t => TextGens.Show(t.Item1) + " / " + TextGens.Show(t.Item2) + " / " + TextGens.Show(t.Item3));

    [Fact]
    public void Line_and_column_are_right_for_every_newline_convention()
    {
        foreach (var newline in Newlines)
        {
            var text = "First line here." + newline + "Then x" + newline + newline + "  Tail on line four.";
            var document = FactInvariants.ExtractAndCheck(text, "seeds/lines.txt");
            var last = document.Sentences[document.Sentences.Count - 1].Span;
            Assert.Equal((4, 3), (last.Line, last.Column));
        }
    }

    private static ExtractedFact WithoutOffset(ExtractedFact fact)
        => fact with { Span = new SourceSpan(0, 0, fact.Span.Line, fact.Span.Column), Text = NormalizeNewlines(fact.Text) };

    private static string NormalizeNewlines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n').Replace('\u0085', '\n');

    private static string WithoutLineBreaks(string text)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < builder.Length; i++)
        {
            if (CharClasses.IsLineBreak(builder[i]))
            {
                builder[i] = ' ';
            }
        }

        return builder.ToString();
    }
}
