using System.Runtime.CompilerServices;
using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// The <see cref="NameWord"/> of each distinct token text of one document, kept by <see cref="Token.TextId"/>:
/// each text is lower-cased, looked up in the tables and classified once per naming pass, and every later
/// token of that text costs one array read and a copy instead of a hash lookup. Its PascalCase rendering is kept
/// too, made the first time a name uses the word.
/// </summary>
internal sealed class TokenWords
{
    // The word of each text as first read (its token range aside); default entries (Text null) are texts not read yet.
    private readonly NameWord[] _words;
    private readonly string?[] _rendered;

    /// <summary>An empty table for a document with <paramref name="distinctTexts"/> token texts (see <see cref="Pipeline.DocumentContext.DistinctTexts"/>).</summary>
    public TokenWords(int distinctTexts)
    {
        _words = new NameWord[distinctTexts];
        _rendered = new string?[distinctTexts];
    }

    /// <summary>The word of <paramref name="token"/>, a token of the table's own document, as token <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // one per token of every named sentence
    public NameWord Of(in Token token, int index)
    {
        ref var word = ref _words[token.TextId];
        if (word.Text is null)
        {
            word = Read(token);
        }

        return word.AtToken(index);
    }

    /// <summary>The PascalCase part of <paramref name="word"/>, a word of this table (<see cref="NameWord.TextId"/> set), rendered once.</summary>
    public string RenderedOf(in NameWord word) => _rendered[word.TextId] ??= NameWords.Render(word);

    // A token's text decides its kind, so the word read from the first token of a text is the word of every token of it.
    private static NameWord Read(in Token token)
        => new(token.Text, token.Kind, 0, 0, isAbbreviation: false, WordTraits.Of(token.Text), token.TextId);
}
