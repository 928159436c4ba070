using System.Linq;
using SeedSdk.Extraction.Model;
using Xunit;

namespace SeedSdk.Extraction.Tests.Statements;

/// <summary>Sentence boundaries that statements depend on: datelines and opening straight quotes.</summary>
public sealed class SentenceBoundaryTests
{
    [Theory]
    [InlineData("SHANGHAI, March 3 -- The Port Authority said traffic rose.", "SHANGHAI, March 3 --|The Port Authority said traffic rose.")]
    [InlineData("HONG KONG (Reuters) \u2014 Shares fell on Monday.", "HONG KONG (Reuters) \u2014|Shares fell on Monday.")]
    [InlineData("Costs rose last year. \"We will cut them,\" she said.", "Costs rose last year.|\"We will cut them,\" she said.")]
    [InlineData("Sales -- and profits -- rose.", "Sales -- and profits -- rose.")]
    [InlineData("BYD \u2014 the carmaker \u2014 sold more cars.", "BYD \u2014 the carmaker \u2014 sold more cars.")]
    [InlineData("He said \"yes.\" Then he left.", "He said \"yes.\"|Then he left.")]
    public void SplitsWhereASentenceEnds(string text, string expected)
    {
        var document = FactExtractor.Extract(text, "doc.txt");
        var sentences = Enumerable.Range(0, document.Sentences.Count).Select(document.SentenceText);
        Assert.Equal(expected, string.Join("|", sentences));
    }
}
