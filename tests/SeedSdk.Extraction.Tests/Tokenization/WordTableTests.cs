using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Tests.Tokenization;

/// <summary>
/// The word tables answer exactly as an ordinal case-insensitive set would, whatever their size (a few words are
/// compared in turn, more are placed by shape) and whatever the lengths of the words looked up.
/// </summary>
public sealed class WordTableTests
{
    private static readonly string[] Words =
    {
        "of", "in", "half", "HALF", "quarter", "a", "an", "the", "percent", "straße", "ıt", "IT", "Kelvin", "\u212Aelvin", "日本",
        "a-b", "x", "", new string('w', 62), new string('w', 63), new string('w', 64), new string('W', 70), "\U0001F600x", "x\U0001F600",
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(9)]
    public void A_set_answers_as_an_ordinal_case_insensitive_set(int size)
    {
        var random = new Random(size);
        for (var trial = 0; trial < 200; trial++)
        {
            var held = Enumerable.Range(0, size).Select(_ => Words[random.Next(Words.Length)]).ToList();
            var set = new WordSet(held);
            var map = new WordMap<int>();
            foreach (var word in held)
            {
                map[word] = word.Length;
            }

            var reference = new HashSet<string>(held, StringComparer.OrdinalIgnoreCase);
            foreach (var probe in Words.Concat(Words.Select(w => w.ToUpperInvariant())).Concat(Words.Select(w => w + "s")))
            {
                Assert.Equal(reference.Contains(probe), set.Contains(probe));
                Assert.Equal(reference.Contains(probe), map.TryGetValue(probe, out _));
            }
        }
    }

    [Fact]
    public void A_set_grown_past_a_few_words_keeps_every_word()
    {
        var set = new WordSet(new[] { "one", "two", "ONE" });
        Assert.True(set.Contains("One"));
        foreach (var word in new[] { "three", "four", "five", "six" })
        {
            set.Add(word);
        }

        Assert.All(new[] { "ONE", "two", "Three", "four", "FIVE", "six" }, word => Assert.True(set.Contains(word)));
        Assert.False(set.Contains("seven"));
        Assert.Equal(6, set.Count());
    }

    [Fact]
    public void A_map_misses_words_of_lengths_it_does_not_hold_and_finds_long_ones()
    {
        var map = new WordMap<int> { [new string('z', 80)] = 1, ["ab"] = 2 };
        Assert.True(map.TryGetValue(new string('Z', 80), out var long80));
        Assert.Equal(1, long80);
        Assert.False(map.TryGetValue(new string('z', 90), out _)); // shares the last length bit, is still no key
        Assert.False(map.TryGetValue("abc", out _));
        Assert.True(map.TryGetValue("AB", out var ab));
        Assert.Equal(2, ab);
    }
}
