using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Pipeline;

/// <summary>
/// Puts facts in document order: by start, the longer of two facts at one start first, then by kind, and
/// facts equal in all three in the order they were found (an "at least" bound before its "up to" bound).
/// Sorts primitive keys rather than calling a comparer per comparison: a long document has tens of
/// thousands of facts.
/// </summary>
internal static class DocumentOrder
{
    /// <summary>Sorts <paramref name="facts"/> in place.</summary>
    public static void Sort(List<ExtractedFact> facts)
    {
        var count = facts.Count;
        var keys = new long[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            var span = facts[i].Span;
            // Start ascending, then length descending: both are non-negative ints, so they pack into one long.
            keys[i] = ((long)span.Start << 32) | (uint)(int.MaxValue - span.Length);
            order[i] = i;
        }

        System.Array.Sort(keys, order);
        OrderTiesByKindThenDiscovery(facts, keys, order);

        var sorted = new ExtractedFact[count];
        for (var i = 0; i < count; i++)
        {
            sorted[i] = facts[order[i]];
        }

        facts.Clear();
        facts.AddRange(sorted);
    }

    // Facts sharing a start and a length are few (a range's two bounds, a role over its person's name):
    // an insertion sort of each such run is cheap and makes the order independent of the sort algorithm.
    private static void OrderTiesByKindThenDiscovery(List<ExtractedFact> facts, long[] keys, int[] order)
    {
        var runStart = 0;
        for (var i = 1; i <= keys.Length; i++)
        {
            if (i < keys.Length && keys[i] == keys[runStart])
            {
                continue;
            }

            for (var j = runStart + 1; j < i; j++)
            {
                var item = order[j];
                var k = j - 1;
                while (k >= runStart && Precedes(facts, item, order[k]))
                {
                    order[k + 1] = order[k];
                    k--;
                }

                order[k + 1] = item;
            }

            runStart = i;
        }
    }

    private static bool Precedes(List<ExtractedFact> facts, int x, int y)
    {
        var byKind = facts[x].Kind.CompareTo(facts[y].Kind);
        return byKind != 0 ? byKind < 0 : x < y;
    }
}
