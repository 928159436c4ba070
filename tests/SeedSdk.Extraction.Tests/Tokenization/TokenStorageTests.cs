using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;
using SeedSdk.Testing;

namespace SeedSdk.Extraction.Tests.Tokenization;

/// <summary>
/// A long text's token storage is given back when its document is done and filled by the next long text. These tests
/// run alone: another test tokenizing a long text at the same time could take the spare storage between two steps.
/// </summary>
[Collection(TokenStorageCollection.Name)]
public class TokenStorageTests
{
    private static readonly FieldInfo ItemsField = typeof(TokenList).GetField("_items", BindingFlags.Instance | BindingFlags.NonPublic)!;

    private static readonly FieldInfo SpareField = typeof(TokenList).GetNestedType("SpareStorage", BindingFlags.NonPublic)!
        .GetField("s_spare", BindingFlags.Static | BindingFlags.NonPublic)!;

    // Each test starts with no spare storage: an earlier test's long text may have given some back.
    public TokenStorageTests() => SpareField.SetValue(null, null);

    [Fact]
    public void Storage_given_back_by_a_long_text_is_filled_by_the_next_one_and_reads_as_fresh_storage_past_its_tokens()
    {
        var longer = CorpusText(copies: 4);
        var shorter = CorpusText(copies: 3);
        var first = Tokenizer.Tokenize(longer);
        var storage = StorageOf(first);
        var firstCount = first.Count;
        first.ReturnStorage();

        Assert.Empty(first);
        var reused = Tokenizer.Tokenize(shorter);

        Assert.Same(storage, StorageOf(reused));
        var fresh = Tokenizer.Tokenize(shorter);
        Assert.NotSame(storage, StorageOf(fresh));
        Assert.Equal(fresh.Count, reused.Count);
        Assert.True(reused.Count < firstCount);
        for (var i = 0; i < fresh.Count; i++)
        {
            Assert.Equal(fresh[i], reused[i]);
            Assert.Equal(fresh.HasLineBreakBefore(i), reused.HasLineBreakBefore(i));
        }

        // The slots past the last token held the longer text's tokens: they read as a fresh array's zeros.
        for (var i = reused.Count; i < StorageOf(reused).Length; i++)
        {
            Assert.Equal(default, reused.KindAt(i));
            Assert.Equal(0, reused.StartAt(i));
            Assert.Equal(0, reused.TextIdAt(i));
            Assert.Equal(0, reused.SentenceAt(i));
            Assert.False(reused.SpaceBeforeAt(i));
        }
    }

    [Fact]
    public void Storage_too_small_for_a_text_is_kept_for_a_later_one_and_a_short_text_never_takes_it()
    {
        var shorter = Tokenizer.Tokenize(CorpusText(copies: 3));
        var storage = StorageOf(shorter);
        shorter.ReturnStorage();

        var longer = Tokenizer.Tokenize(CorpusText(copies: 5));
        var small = Tokenizer.Tokenize("A short note of 12 words, far below the size worth keeping.");
        var next = Tokenizer.Tokenize(CorpusText(copies: 2));

        Assert.NotSame(storage, StorageOf(longer));
        Assert.NotSame(storage, StorageOf(small));
        Assert.Same(storage, StorageOf(next));
    }

    [Fact]
    public void A_context_whose_storage_was_given_back_reads_as_empty()
    {
        var context = DocumentContext.Create(CorpusText(copies: 2), "long.txt");
        Assert.True(context.Tokens.Count > 85_000 / 16);

        context.ReturnTokenStorage();

        Assert.Empty(context.Tokens);
        Assert.Throws<ArgumentOutOfRangeException>(() => context.Tokens[0]);
    }

    [Fact]
    public void Extraction_gives_the_same_document_whatever_was_extracted_before_and_alongside()
    {
        var texts = new[] { CorpusText(copies: 4), CorpusText(copies: 2), CorpusText(copies: 3), "Revenue rose 8% to $1.1 billion in 2024." };
        var alone = texts.Select((text, k) => FactExtractor.Extract(text, "doc" + k + ".txt")).ToArray();

        // Each after the others, twice over, so that every long text fills storage a longer or shorter one gave back.
        for (var round = 0; round < 2; round++)
        {
            for (var k = texts.Length - 1; k >= 0; k--)
            {
                AssertSameDocument(alone[k], FactExtractor.Extract(texts[k], "doc" + k + ".txt"));
            }
        }

        var parallel = new ExtractedDocument[texts.Length * 6];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 6 }, n => parallel[n] = FactExtractor.Extract(texts[n % texts.Length], "doc" + (n % texts.Length) + ".txt"));
        for (var n = 0; n < parallel.Length; n++)
        {
            AssertSameDocument(alone[n % texts.Length], parallel[n]);
        }
    }

    private static void AssertSameDocument(ExtractedDocument expected, ExtractedDocument actual)
    {
        Assert.True(expected.Facts.Count > 0);
        Assert.Equal(expected.Facts, actual.Facts);
        Assert.Equal(expected.Sentences, actual.Sentences);
        Assert.Equal(expected, actual);
    }

    // The list's private token array.
    private static Array StorageOf(TokenList tokens) => (Array)ItemsField.GetValue(tokens)!;

    // The corpus documents one after another (some 25,000 characters), read once.
    private static readonly Lazy<string> Corpus = new(() => string.Join(
        "\n\n",
        new[] { "tests/data/corpus", "tests/data/corpus-dev2", "tests/data/heldout" }
            .SelectMany(folder => Directory.GetFiles(RepoFiles.PathOf(folder), "*.txt"))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(File.ReadAllText)));

    // The corpus copies times: from two copies on, a text's tokens are a large object.
    private static string CorpusText(int copies) => string.Join("\n\n", Enumerable.Repeat(Corpus.Value, copies));
}

/// <summary>The tests that read the process's one spare token storage: run apart from every other test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class TokenStorageCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Token storage";
}
