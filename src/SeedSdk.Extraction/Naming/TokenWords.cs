using System.Runtime.CompilerServices;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// The <see cref="WordTraits"/> of each distinct token text of one document, kept by <see cref="Token.TextId"/>:
/// each text is lower-cased and looked up in the tables once per naming pass, and every later token
/// of that text costs one array read instead of a hash lookup. Its PascalCase rendering is kept
/// too, made the first time a name uses the word.
/// </summary>
internal sealed class TokenWords
{
    // Default entries (Lower null) are texts not read yet.
    private readonly WordTraits[] _traits;
    private readonly string?[] _rendered;
    private readonly NamingLexicon _naming;

    /// <summary>
    /// An empty table for a document with <paramref name="distinctTexts"/> token texts (see <see cref="DocumentContext.DistinctTexts"/>),
    /// whose words are looked up in <paramref name="naming"/>.
    /// </summary>
    public TokenWords(int distinctTexts, NamingLexicon naming)
    {
        _naming = naming;
        _traits = new WordTraits[distinctTexts];
        _rendered = new string?[distinctTexts];
    }

    /// <summary>The word of <paramref name="token"/>, a token of the table's own document, as token <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // one per token of every named sentence
    public NameWord Of(in Token token, int index)
    {
        ref var traits = ref _traits[token.TextId];
        if (traits.Lower is null)
        {
            traits = WordTraits.Of(token.Text, _naming);
        }

        return new NameWord(token.Text, token.Kind, index, index, isAbbreviation: false, traits, token.TextId);
    }

    /// <summary>The PascalCase part of the word of text <paramref name="textId"/> once kept (see <see cref="KeepRendered"/>), else null.</summary>
    public string? RenderedOf(int textId) => _rendered[textId];

    /// <summary>Keeps <paramref name="rendered"/> as the PascalCase part of the word of text <paramref name="textId"/>.</summary>
    public void KeepRendered(int textId, string rendered) => _rendered[textId] = rendered;
}
