using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Emitting;

namespace SeedSdk.Generator.Tests;

using FactKind = SeedSdk.Extraction.Model.FactKind;
using SourceSpan = SeedSdk.Extraction.Model.SourceSpan;

public sealed class EmittingUnitTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("quote \" and backslash \\ and \\u0041")]
    [InlineData("lines\r\nand\nbreaks\u0085\u2028\u2029")]
    [InlineData("controls \0 \a \b \f \t \v \u0001 \u007f \u009f")]
    [InlineData("lone \ud800 high, lone \udc00 low, pair \ud83d\ude00")]
    [InlineData("non-characters \ufffe \uffff and accents éü 中文")]
    [InlineData("*/ </summary> \"\"\" @\"verbatim\"")]
    public void String_literals_round_trip_through_the_compiler(string value)
    {
        var literal = CSharpLiteral.String(value);
        var expression = SyntaxFactory.ParseExpression(literal);

        Assert.Empty(expression.GetDiagnostics());
        var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
        Assert.Equal(value, token.ValueText);
        Assert.DoesNotContain('\n', literal);
        Assert.DoesNotContain('\u2028', literal);
        Assert.DoesNotContain('\u0085', literal);
    }

    [Theory]
    [InlineData("105000000000", "105000000000m")]
    [InlineData("0.25", "0.25m")]
    [InlineData("-3.50", "-3.50m")]
    public void Decimal_literals_are_invariant(string value, string expected)
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(expected, CSharpLiteral.Decimal(decimal.Parse(value, CultureInfo.InvariantCulture)));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Doc_text_is_one_line_of_escaped_xml()
    {
        var text = DocText.Escape("a & b <c>\r\nnext\u2028line\u0085\tend\u0001 \ud800 </summary>");

        Assert.Equal("a &amp; b &lt;c&gt; next line end &lt;/summary&gt;", text);
    }

    [Fact]
    public void Long_quotes_are_cut_at_a_word_boundary_with_an_ellipsis()
    {
        var sentence = string.Join(" ", Enumerable.Repeat("word", 80));

        var quote = DocText.Quote(sentence);

        Assert.True(quote.Length <= DocText.MaxQuoteLength + 1, quote.Length.ToString(CultureInfo.InvariantCulture));
        Assert.EndsWith("word\u2026", quote);
        Assert.Equal("short one", DocText.Quote("short one"));
    }

    [Fact]
    public void Quotes_without_spaces_are_cut_without_splitting_a_surrogate_pair()
    {
        var sentence = new string('x', DocText.MaxQuoteLength - 1) + "\ud83d\ude00" + new string('y', 50);

        var quote = DocText.Quote(sentence);

        Assert.False(char.IsHighSurrogate(quote[quote.Length - 2]), "A high surrogate must not be left alone before the ellipsis.");
        Assert.EndsWith("\u2026", quote);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2500)]
    [InlineData(3990)]
    public void A_long_sentence_is_quoted_around_the_fact_at_word_boundaries(int factAt)
    {
        var words = string.Join(" ", Enumerable.Range(0, 1000).Select(i => "w" + (i % 10).ToString(CultureInfo.InvariantCulture) + "x"));
        var text = "Intro. " + words.Substring(0, factAt) + "FACT 42" + words.Substring(factAt) + " End.";
        var sentenceStart = "Intro. ".Length;
        var factStart = text.IndexOf("FACT 42", StringComparison.Ordinal);

        var quote = DocText.QuoteAround(text, sentenceStart, text.Length, factStart, "FACT 42".Length);

        Assert.Contains("FACT 42", quote);
        Assert.InRange(quote.Length, DocText.MaxSentenceQuoteLength / 2, DocText.MaxSentenceQuoteLength + 2);
        Assert.Equal(factAt > 0, quote.StartsWith("\u2026w", StringComparison.Ordinal) || quote.StartsWith("\u2026F", StringComparison.Ordinal));
        Assert.Equal(factAt < 3000, quote.EndsWith("\u2026", StringComparison.Ordinal));
        Assert.DoesNotContain("Intro", quote);
    }

    [Fact]
    public void A_sentence_that_fits_the_quote_is_quoted_whole()
    {
        var text = "First. " + string.Join(" ", Enumerable.Repeat("word", (DocText.MaxSentenceQuoteLength - 10) / 5)) + " & 7 <b>.";
        var quote = DocText.QuoteAround(text, 7, text.Length, text.IndexOf('7', StringComparison.Ordinal), 1);

        Assert.Equal(DocText.Escape(text.Substring(7)), quote);
        Assert.DoesNotContain("\u2026", quote);
    }

    [Fact]
    public void A_window_of_white_space_quotes_nothing_and_does_not_fail()
    {
        var text = "A" + new string(' ', 1000) + "B.";

        Assert.Equal("\u2026\u2026", DocText.QuoteAround(text, 0, text.Length, 500, 0));
    }

    [Fact]
    public void A_fact_longer_than_the_quote_is_cut_with_an_ellipsis()
    {
        var text = new string('a', 1000) + " " + new string('b', 1000);

        var quote = DocText.QuoteAround(text, 0, text.Length, 10, 1900);

        Assert.InRange(quote.Length, 1, DocText.MaxSentenceQuoteLength + 2);
        Assert.EndsWith("\u2026", quote);
    }

    [Fact]
    public void Member_names_never_collide_with_each_other_the_class_or_object_members()
    {
        var facts = new[]
        {
            Fact(FactKind.Money, "Money"),
            Fact(FactKind.Money, "Budget"),
            Fact(FactKind.Money, "BudgetValue"),
            Fact(FactKind.Money, "ToString"),
            Fact(FactKind.Money, "1st quarter"),
            Fact(FactKind.Money, "class"),
            Fact(FactKind.Money, string.Empty),
        };

        var names = MemberNamer.Assign("Money", facts, f => FactMembers.ConstantSuffixes(f.Kind));

        Assert.Equal(new[] { "Money_2", "Budget", "BudgetValue", "ToString_2", "_1stQuarter", "Class", "MoneyFact" }, names.Select(n => n.Field));
        Assert.Equal(new[] { "BudgetValue_2", "BudgetCurrency" }, names[1].Constants);
        var all = names.SelectMany(n => new[] { n.Field }.Concat(n.Constants)).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, name => Assert.True(SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None, name));
    }

    [Fact]
    public void Runtime_and_extraction_fact_kinds_match_by_name_and_order()
    {
        Assert.Equal(Enum.GetNames(typeof(FactKind)), Enum.GetNames(typeof(global::SeedSdk.FactKind)));
        Assert.All(Enum.GetValues<FactKind>(), kind =>
        {
            var record = typeof(global::SeedSdk.Fact).Assembly.GetType("SeedSdk." + FactMembers.RecordType(kind));
            Assert.NotNull(record);
            Assert.True(record!.IsSealed && record.IsSubclassOf(typeof(global::SeedSdk.Fact)), record.Name);
        });
    }

    [Fact]
    public void Fact_display_matches_the_runtime_to_string()
    {
        var money = Fact(FactKind.Money, "M") with { Value = 1_500_000m, Unit = "EUR", Qualifier = "at-least" };
        var duration = Fact(FactKind.Duration, "D") with { Value = 2m, Unit = "week" };

        Assert.Equal("at least 1,500,000 EUR", FactText.Display(money));
        Assert.Equal("2 weeks", FactText.Display(duration));
        Assert.Equal("AtLeast", FactText.QualifierMember("at-least"));
        Assert.Equal("None", FactText.QualifierMember("roughly"));
    }

    private static ExtractedFact Fact(FactKind kind, string name) => new() { Kind = kind, Name = name, Text = name, Span = new SourceSpan(0, 1, 1, 1) };
}
