using System;

namespace SeedSdk.Tests;

/// <summary>A document's sentences are kept once, as offsets into its text; each fact's span reads its sentence from there.</summary>
public sealed class SentenceTableTests
{
    private const string Text = "Acme opened 40 stores. It hired 300 people.\nSales rose 5%.";
    private static readonly SentenceTable Table = new("seeds/acme.txt", Text, new[] { 0, 22, 23, 20, 44, 14 });

    [Fact]
    public void Sentences_are_read_from_the_text_by_index()
    {
        Assert.Equal(3, Table.Count);
        Assert.Equal("Acme opened 40 stores.", Table[0]);
        Assert.Equal("It hired 300 people.", Table[1]);
        Assert.Equal("Sales rose 5%.", Table[2]);
        Assert.Same(Table[1], Table[1]);
        Assert.Equal(string.Empty, Table[3]);
        Assert.Equal(string.Empty, Table[-1]);
    }

    [Fact]
    public void A_span_gives_its_path_place_and_sentence_through_the_table()
    {
        var span = Table.Span(32, 3, 1, 33, 1);

        Assert.Equal(("seeds/acme.txt", 32, 3, 1, 33, 1), (span.Path, span.Start, span.Length, span.Line, span.Column, span.SentenceIndex));
        Assert.Equal("It hired 300 people.", span.Sentence);
        Assert.Equal("seeds/acme.txt(1,33)", span.ToString());
    }

    [Fact]
    public void A_span_from_the_table_equals_one_built_with_its_sentence()
    {
        var fromTable = Table.Span(32, 3, 1, 33, 1);
        var withSentence = new SourceSpan("seeds/acme.txt", 32, 3, 1, 33, 1, "It hired 300 people.");

        Assert.Equal(withSentence, fromTable);
        Assert.Equal(withSentence.GetHashCode(), fromTable.GetHashCode());
        Assert.NotEqual(withSentence, new SourceSpan("seeds/acme.txt", 32, 3, 1, 33, 1, "Another sentence."));
        Assert.NotEqual(fromTable, Table.Span(32, 3, 1, 33, 0));
    }

    [Fact]
    public void Bounds_outside_the_text_or_not_in_pairs_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceTable("a.txt", "short", new[] { 0, 6 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceTable("a.txt", "short", new[] { -1, 2 }));
        Assert.Throws<ArgumentException>(() => new SentenceTable("a.txt", "short", new[] { 0 }));
        Assert.Throws<ArgumentNullException>(() => new SentenceTable("a.txt", "short", null!));
        Assert.Throws<ArgumentNullException>(() => new SourceSpan((SentenceTable)null!, 0, 1, 1, 1, 0));
    }
}
