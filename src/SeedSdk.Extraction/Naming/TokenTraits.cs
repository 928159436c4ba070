using SeedSdk.Extraction.Tokenization;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// The <see cref="WordTraits"/> of one document's tokens, kept by <see cref="Token.TextId"/>: each
/// distinct text is lower-cased and looked up in the tables once per naming pass, and every later
/// token of that text costs one array read instead of a hash lookup.
/// </summary>
internal sealed class TokenTraits
{
    // Default entries (Lower null) are texts not read yet.
    private readonly WordTraits[] _byTextId;

    /// <summary>An empty table for a document with <paramref name="distinctTexts"/> token texts (see <see cref="Pipeline.DocumentContext.DistinctTexts"/>).</summary>
    public TokenTraits(int distinctTexts) => _byTextId = new WordTraits[distinctTexts];

    /// <summary>The traits of <paramref name="token"/>, a token of the table's own document.</summary>
    public WordTraits Of(in Token token)
    {
        ref var traits = ref _byTextId[token.TextId];
        if (traits.Lower is null)
        {
            traits = WordTraits.Of(token.Text);
        }

        return traits;
    }
}
