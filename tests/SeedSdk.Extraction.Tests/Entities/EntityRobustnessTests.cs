using System;
using System.Text;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Tests.Entities;

/// <summary>The entity stage never throws, whatever the text: seeded random soups of the tokens its rules look at.</summary>
public sealed class EntityRobustnessTests
{
    private static readonly string[] Vocabulary =
    {
        "(", ")", ":", "\u201C", "\u201D", "\"", "'s", "-", "Co.", ",", "and", "or", "such", "as", "said", "says", "according", "to", "He", "She",
        "the", "company", "Wang", "Wei", "Group", "Inc.", "Ltd.", "of", "National", "Council", "14th", "Third", "Session", "Mr.", "Dr", ".", "CEO",
        "chairman", "founder", "who", "chairs", "that", "pointed", "out", "adding", "including", "like", "Brazil", "Brazil's", "Lima-based", "J.",
        "P.", "Smith", "\n", "Summit", "for", "&", "NDRC", "MIT's", "The", "is", "a", "G20", "com", "JD", "?", "!", "Kim", "Jae", "yong", "\u2019s",
        "\u2014", "5", "3.2", "Nomura", "at", "told", "reporters", "U", "S", "F", "US", "$", "Jr.", "adding", "pointing", "announced",
        "in", "on", "Monday", "it", "Power", "Road", "Initiative", "Plan", "14th", "Five-Year", "Sarah", "Chen", "Stanford", "University",
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomTextNeverThrows(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 2000; n++)
        {
            var text = RandomText(random);
            var document = FactExtractor.Extract(text, "fuzz.txt");
            foreach (var fact in document.Facts)
            {
                Assert.InRange(fact.Span.Start, 0, text.Length);
                Assert.InRange(fact.Span.End, fact.Span.Start, text.Length);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n ")]
    [InlineData("He said.")]
    [InlineData("According to")]
    [InlineData("such as")]
    [InlineData(", and , or ,")]
    [InlineData("\u201C\u201D")]
    public void DegenerateTextHasNoEntityFacts(string text)
    {
        var document = FactExtractor.Extract(text, "empty.txt");
        Assert.DoesNotContain(document.Facts, f => f.Kind >= FactKind.Person);
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 60);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Vocabulary[random.Next(Vocabulary.Length)]);
            if (random.Next(3) > 0)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
