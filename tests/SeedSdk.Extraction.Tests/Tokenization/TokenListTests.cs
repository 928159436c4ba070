using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Text;
using Xunit;

namespace SeedSdk.Extraction.Tests.Tokenization;

public class TokenListTests
{
    private const string Text = "Revenue rose 12%.\nThe board met on Friday. \"We grew,\" she said.\r\n\r\nNew line, same story";

    [Fact]
    public void The_view_of_each_token_matches_its_source_span_and_the_field_readers()
    {
        var context = DocumentContext.Create(Text, "list.txt");
        var tokens = context.TokenList;

        Assert.True(tokens.Count > 20);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            Assert.Equal(Text.Substring(token.Start, token.Length), token.Text);
            Assert.Equal(token.Kind, tokens.KindAt(i));
            Assert.Equal(token.Start, tokens.StartAt(i));
            Assert.Equal(token.Sentence, tokens.SentenceAt(i));
            Assert.Equal(token.TextId, tokens.TextIdAt(i));
        }
    }

    [Fact]
    public void A_line_break_before_a_token_is_recorded_and_ordinary_spaces_are_not()
    {
        var tokens = Tokenizer.Tokenize(Text);

        var withBreakBefore = Enumerable.Range(0, tokens.Count).Where(tokens.HasLineBreakBefore).Select(i => tokens[i].Text).ToArray();

        Assert.Equal(new[] { "The", "New" }, withBreakBefore);
    }

    [Fact]
    public void Sentences_end_at_line_breaks_and_marks_and_cover_every_token_once()
    {
        var context = DocumentContext.Create(Text, "list.txt");

        var sentences = context.SentenceTokens.Select(s => context.TextOf(s.FirstToken, s.FirstToken + s.TokenCount - 1)).ToArray();

        Assert.Equal(new[] { "Revenue rose 12%.", "The board met on Friday.", "\"We grew,\" she said.", "New line, same story" }, sentences);
        Assert.Equal(context.Tokens.Count, context.SentenceTokens.Sum(s => s.TokenCount));
    }

    [Theory]
    [InlineData("It was signed on 16. Nov. 2016 in Bonn. Talks resumed.", "It was signed on 16. Nov. 2016 in Bonn.|Talks resumed.")]
    [InlineData("The plant opened 1. January 2020. Sales rose.", "The plant opened 1. January 2020.|Sales rose.")]
    [InlineData("Orders grew by 31. Sales fell.", "Orders grew by 31.|Sales fell.")]
    [InlineData("Orders grew by 32. March was calm.", "Orders grew by 32.|March was calm.")]
    [InlineData("Revenue hit 2016. November was calm.", "Revenue hit 2016.|November was calm.")]
    [InlineData("Orders grew by 0. March was calm.", "Orders grew by 0.|March was calm.")]
    public void A_day_with_its_ordinal_dot_before_a_month_does_not_end_the_sentence(string text, string expected)
        => Assert.Equal(expected.Split('|'), SentencesOf(text));

    [Theory]
    [InlineData("He is 6 ft. 2 in. tall.", "He is 6 ft. 2 in. tall.")]
    [InlineData("The tower is 300 ft. It was built in 1900.", "The tower is 300 ft.|It was built in 1900.")]
    public void The_dot_of_an_abbreviated_unit_ends_a_sentence_only_before_an_opener(string text, string expected)
        => Assert.Equal(expected.Split('|'), SentencesOf(text));

    private static IEnumerable<string> SentencesOf(string text)
    {
        var context = DocumentContext.Create(text, "sentences.txt");
        return context.SentenceTokens.Select(s => context.TextOf(s.FirstToken, s.FirstToken + s.TokenCount - 1));
    }

    [Fact]
    public void Reading_past_the_end_throws_even_where_the_storage_has_room()
    {
        var tokens = Tokenizer.Tokenize("one two three");

        Assert.Equal(3, tokens.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => tokens[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => tokens[-1]);
    }

    [Fact]
    public void Enumeration_yields_the_indexed_tokens_in_order()
    {
        var tokens = Tokenizer.Tokenize("A, B and C.");

        Assert.Equal(Enumerable.Range(0, tokens.Count).Select(i => tokens[i]), tokens.ToArray());
        Assert.Equal(new[] { "A", ",", "B", "and", "C", "." }, tokens.Select(t => t.Text));
    }

    [Fact]
    public void An_empty_text_has_no_tokens_and_no_sentences()
    {
        var context = DocumentContext.Create(string.Empty, "empty.txt");

        Assert.Empty(context.Tokens);
        Assert.Empty(context.SentenceTokens);
    }
}
