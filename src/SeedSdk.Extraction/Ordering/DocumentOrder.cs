using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Ordering;

/// <summary>
/// Puts facts in document order: by start, the longer of two facts at one start first, then by kind, and
/// facts equal in all three in the order they were found (an "at least" bound before its "up to" bound).
/// Sorts primitive keys rather than calling a comparer per comparison: a long document has tens of
/// thousands of facts.
/// </summary>
internal static class DocumentOrder
{
    // Keys use bits 0 to 62: bit 63 marks a fact already moved while the order is applied.
    private const int KeyBits = 63;

    // Beyond this many ordered runs the facts are sorted by the general sort rather than by merging runs.
    private const int MaxMergedRuns = 64;

    // The most keys a merge buffers (32 KB, well below the large object heap): longer runs are sorted in place.
    private const int MaxMergeBuffer = 4096;

    /// <summary>Sorts <paramref name="facts"/> in place.</summary>
    public static void Sort(List<ExtractedFact> facts)
    {
        var count = facts.Count;
        var maxStart = 0;
        var maxLength = 0;
        var hasNegative = false;
        for (var i = 0; i < count; i++)
        {
            var span = facts[i].Span;
            maxStart = System.Math.Max(maxStart, span.Start);
            maxLength = System.Math.Max(maxLength, span.Length);
            hasNegative |= span.Start < 0 || span.Length < 0;
        }

        var indexBits = BitsFor(count);
        var lengthBits = BitsFor(maxLength);
        if (!hasNegative && BitsFor(maxStart) + lengthBits + indexBits <= KeyBits)
        {
            SortPacked(facts, indexBits, lengthBits);
        }
        else
        {
            SortWide(facts);
        }
    }

    // The usual case: start, length (longer first) and index packed into one long per fact, so one array
    // of primitives is sorted and then doubles as the record of which facts were moved.
    private static void SortPacked(List<ExtractedFact> facts, int indexBits, int lengthBits)
    {
        var count = facts.Count;
        var lengthMask = (1L << lengthBits) - 1;
        var keys = new long[count];
        for (var i = 0; i < count; i++)
        {
            var span = facts[i].Span;
            keys[i] = ((long)span.Start << (indexBits + lengthBits)) | ((lengthMask - span.Length) << indexBits) | (long)i;
        }

        SortRuns(keys);
        var indexMask = (1L << indexBits) - 1;
        OrderTiesByKindThenDiscovery(facts, keys, indexBits, indexMask);
        Permute(facts, keys, indexMask);
    }

    // Each recognizer finds its facts in document order, so the facts arrive as a few ordered runs (under ten even in
    // a long document): merging neighbouring runs sorts the distinct keys in n log(runs) steps, each merge buffering
    // only the shorter of its two runs (at most MaxMergeBuffer keys). Many runs (no such order) go to the general sort.
    private static void SortRuns(long[] keys)
    {
        var runs = 1;
        for (var i = 1; i < keys.Length; i++)
        {
            runs += keys[i] < keys[i - 1] ? 1 : 0;
        }

        if (runs == 1)
        {
            return;
        }

        if (runs > MaxMergedRuns)
        {
            System.Array.Sort(keys);
            return;
        }

        // starts[r] is where run r starts; starts[count] is the end of the keys.
        var starts = new int[runs + 1];
        var count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (i == 0 || keys[i] < keys[i - 1])
            {
                starts[count++] = i;
            }
        }

        starts[count] = keys.Length;
        var buffer = System.Array.Empty<long>();
        while (count > 1)
        {
            var merged = 0;
            for (var r = 0; r < count; r += 2)
            {
                var start = starts[r];
                if (r + 1 < count)
                {
                    Merge(keys, start, starts[r + 1], starts[r + 2], ref buffer);
                }

                starts[merged++] = start;
            }

            starts[merged] = keys.Length;
            count = merged;
        }
    }

    // Merges the ordered keys[start..middle) and keys[middle..end) in place, buffering the shorter of the two.
    private static void Merge(long[] keys, int start, int middle, int end, ref long[] buffer)
    {
        var left = middle - start;
        var right = end - middle;
        if (keys[middle - 1] < keys[middle])
        {
            return;
        }

        var shorter = System.Math.Min(left, right);
        if (shorter > MaxMergeBuffer)
        {
            // Two long runs: sorted in place rather than through a buffer that large (a long document's runs).
            System.Array.Sort(keys, start, end - start);
            return;
        }

        if (buffer.Length < shorter)
        {
            buffer = new long[System.Math.Min(MaxMergeBuffer, System.Math.Max(shorter, buffer.Length * 2))];
        }

        if (left <= right)
        {
            // Front to back: the next key written never passes the next one of the right run still to read.
            System.Array.Copy(keys, start, buffer, 0, left);
            int i = 0, j = middle, k = start;
            while (i < left && j < end)
            {
                keys[k++] = buffer[i] <= keys[j] ? buffer[i++] : keys[j++];
            }

            System.Array.Copy(buffer, i, keys, k, left - i);
        }
        else
        {
            // Back to front, symmetrically.
            System.Array.Copy(keys, middle, buffer, 0, right);
            int i = middle - 1, j = right - 1, k = end - 1;
            while (i >= start && j >= 0)
            {
                keys[k--] = keys[i] > buffer[j] ? keys[i--] : buffer[j--];
            }

            System.Array.Copy(buffer, 0, keys, start, j + 1);
        }
    }

    // Facts sharing a start and a length are few (a range's two bounds, a role over its person's name):
    // an insertion sort of each such run is cheap and makes the order independent of the sort algorithm.
    private static void OrderTiesByKindThenDiscovery(List<ExtractedFact> facts, long[] keys, int indexBits, long indexMask)
    {
        var runStart = 0;
        for (var i = 1; i <= keys.Length; i++)
        {
            if (i < keys.Length && keys[i] >> indexBits == keys[runStart] >> indexBits)
            {
                continue;
            }

            for (var j = runStart + 1; j < i; j++)
            {
                var item = keys[j];
                var k = j - 1;
                while (k >= runStart && Precedes(facts, (int)(item & indexMask), (int)(keys[k] & indexMask)))
                {
                    keys[k + 1] = keys[k];
                    k--;
                }

                keys[k + 1] = item;
            }

            runStart = i;
        }
    }

    // Moves each fact to its place along the cycles of the order: facts[i] becomes the fact whose index
    // is in keys[i]. Each place is marked in its key's top bit once filled, so no second array is needed.
    private static void Permute(List<ExtractedFact> facts, long[] keys, long indexMask)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] < 0)
            {
                continue;
            }

            var first = facts[i];
            var j = i;
            while (true)
            {
                var from = (int)(keys[j] & indexMask);
                keys[j] |= long.MinValue;
                if (from == i)
                {
                    facts[j] = first;
                    break;
                }

                facts[j] = facts[from];
                j = from;
            }
        }
    }

    // Spans too large to pack (or malformed): keys and indexes sorted side by side.
    private static void SortWide(List<ExtractedFact> facts)
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

    // The bits needed to write any number from 0 to value.
    private static int BitsFor(int value)
    {
        var bits = 0;
        while (bits < 31 && value >> bits != 0)
        {
            bits++;
        }

        return bits;
    }

    private static bool Precedes(List<ExtractedFact> facts, int x, int y)
    {
        var byKind = facts[x].Kind.CompareTo(facts[y].Kind);
        return byKind != 0 ? byKind < 0 : x < y;
    }
}
