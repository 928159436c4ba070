using System.Collections.Generic;
using System.Linq;
using SeedSdk.Cli.Report;

namespace SeedSdk.Cli.Tests.Report;

public class SpanLayoutTests
{
    [Fact]
    public void Nested_spans_nest_and_disjoint_spans_follow_each_other()
    {
        var steps = SpanLayout.Layout(new List<(int, int)> { (0, 10), (2, 5), (12, 14) }, 20);
        Assert.Equal("<0@0 <1@2 >1@5 >0@10 <2@12 >2@14", Render(steps));
    }

    [Fact]
    public void A_crossing_span_is_cut_at_the_enclosing_end_and_continues_after_it()
    {
        var steps = SpanLayout.Layout(new List<(int, int)> { (0, 10), (5, 15) }, 20);
        Assert.Equal("<0@0 <1@5 >1@10 >0@10 <1.1@10 >1.1@15", Render(steps));
    }

    [Fact]
    public void Equal_spans_nest_in_document_order_and_longer_spans_enclose_at_one_start()
    {
        var steps = SpanLayout.Layout(new List<(int, int)> { (3, 6), (3, 6), (3, 9) }, 20);
        Assert.Equal("<2@3 <0@3 <1@3 >1@6 >0@6 >2@9", Render(steps));
    }

    [Fact]
    public void Spans_are_clamped_to_the_text_and_empty_ones_dropped()
    {
        var steps = SpanLayout.Layout(new List<(int, int)> { (-4, 3), (5, 5), (8, 40), (50, 60) }, 10);
        Assert.Equal("<0@0 >0@3 <2@8 >2@10", Render(steps));
    }

    [Fact]
    public void Every_open_has_its_close_for_many_overlapping_spans()
    {
        var spans = Enumerable.Range(0, 200).Select(i => (i * 7 % 97, i * 7 % 97 + 1 + i % 23)).ToList();
        var steps = SpanLayout.Layout(spans, 120);
        var open = new Stack<SpanLayout.Piece>();
        var position = 0;
        foreach (var step in steps)
        {
            Assert.True(step.Position >= position);
            position = step.Position;
            if (step.Open)
            {
                open.Push(step.Piece);
            }
            else
            {
                Assert.Equal(open.Pop(), step.Piece);
            }
        }

        Assert.Empty(open);
        Assert.Equal(Enumerable.Range(0, 200), steps.Where(s => s.Open).Select(s => s.Piece.Fact).Distinct().OrderBy(f => f));
    }

    private static string Render(List<SpanLayout.Step> steps)
        => string.Join(" ", steps.Select(s => (s.Open ? "<" : ">") + s.Piece.Fact + (s.Piece.Part > 0 ? "." + s.Piece.Part : string.Empty) + "@" + s.Position));
}
