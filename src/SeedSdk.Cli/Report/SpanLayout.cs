using System;
using System.Collections.Generic;

namespace SeedSdk.Cli.Report;

/// <summary>
/// Lays facts' spans out as properly nested pieces for HTML. A span inside another nests; a span that
/// crosses the end of an enclosing one is cut there and continues after it as a further piece of the same fact.
/// </summary>
internal static class SpanLayout
{
    /// <summary>One element to open: fact <paramref name="Fact"/> (its index) over [Start, End), the <paramref name="Part"/>-th piece (0 first).</summary>
    internal readonly record struct Piece(int Fact, int Start, int End, int Part);

    /// <summary>What to write, in order: text up to a position, then an open or a close.</summary>
    internal readonly record struct Step(int Position, bool Open, Piece Piece);

    /// <summary>
    /// The open and close steps for spans [start, end) of facts 0..n-1 (clamped to the text; empty spans
    /// are dropped). Steps are in text order and every open has its close, properly nested.
    /// </summary>
    public static List<Step> Layout(IReadOnlyList<(int Start, int End)> spans, int textLength)
    {
        var pending = new List<Piece>();
        for (var i = 0; i < spans.Count; i++)
        {
            var start = Math.Max(0, Math.Min(spans[i].Start, textLength));
            var end = Math.Max(start, Math.Min(spans[i].End, textLength));
            if (end > start)
            {
                pending.Add(new Piece(i, start, end, 0));
            }
        }

        pending.Sort(Order);
        var steps = new List<Step>(pending.Count * 2);
        var open = new Stack<Piece>();
        var next = 0;
        while (next < pending.Count || open.Count > 0)
        {
            if (open.Count > 0 && (next == pending.Count || pending[next].Start >= open.Peek().End))
            {
                var closing = open.Pop();
                steps.Add(new Step(closing.End, Open: false, closing));
                continue;
            }

            var piece = pending[next++];
            if (open.Count > 0 && piece.End > open.Peek().End)
            {
                var cut = open.Peek().End;
                Insert(pending, next, new Piece(piece.Fact, cut, piece.End, piece.Part + 1));
                piece = piece with { End = cut };
            }

            steps.Add(new Step(piece.Start, Open: true, piece));
            open.Push(piece);
        }

        return steps;
    }

    // Longer spans first at one start, so they enclose the shorter ones; then document order.
    private static int Order(Piece a, Piece b)
        => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? b.End.CompareTo(a.End)
            : a.Fact.CompareTo(b.Fact);

    private static void Insert(List<Piece> pending, int from, Piece piece)
    {
        var at = from;
        while (at < pending.Count && Order(pending[at], piece) < 0)
        {
            at++;
        }

        pending.Insert(at, piece);
    }
}
