using System.Linq;
using System.Reflection;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Tests.Architecture;

/// <summary>
/// The layers that receive their words with the document (the number parser, the recognizers, the stages, ordering
/// and the namer, with every namespace below them) never reach for <see cref="Lexicon.English"/>: a static
/// that did would name every document's facts with English words whatever lexicon it was extracted with.
/// </summary>
public class ReceivedLexiconTests
{
    private static readonly MethodInfo EnglishGetter = typeof(Lexicon).GetProperty(nameof(Lexicon.English))!.GetMethod!;

    private static string[] TypesReadingEnglish(string ns)
        => typeof(FactExtractor).Assembly.GetTypes()
            .Where(type => type.Namespace is { } name && (name == ns || name.StartsWith(ns + ".", System.StringComparison.Ordinal))
                && NamespaceReferences.UsedMembers(type).Contains(EnglishGetter))
            .Select(type => type.FullName!)
            .OrderBy(name => name, System.StringComparer.Ordinal)
            .ToArray();

    [Theory]
    [InlineData("SeedSdk.Extraction.Naming")]
    [InlineData("SeedSdk.Extraction.Numbers")]
    [InlineData("SeedSdk.Extraction.Recognizers")]
    [InlineData("SeedSdk.Extraction.Stages")]
    [InlineData("SeedSdk.Extraction.Ordering")]
    public void No_type_of_a_layer_that_receives_its_words_reads_the_English_lexicon(string ns)
        => Assert.Empty(TypesReadingEnglish(ns));

    [Fact]
    public void The_reader_sees_where_the_English_lexicon_is_read()
    {
        // DocumentContext.Create(text, path) defaults to English: a reader that missed it would pass the test above vacuously.
        Assert.Contains("SeedSdk.Extraction.Text.DocumentContext", TypesReadingEnglish("SeedSdk.Extraction.Text"));
    }
}
