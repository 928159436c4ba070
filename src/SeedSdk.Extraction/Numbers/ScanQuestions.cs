using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Numbers;

/// <summary>
/// What the numeric pass asks about a word or a document, answered by the recognizers' tables. The numeric
/// stage supplies the answers (<c>Stages.Numeric.RecognizerQuestions</c>), so the pass's state sits below the
/// recognizers that read it; <see cref="NumericScan"/> asks each question once per distinct text or document.
/// </summary>
internal abstract class ScanQuestions
{
    /// <summary>The roles of <paramref name="word"/> as the anchor of a numeric fact.</summary>
    public abstract WordRole AnchorRole(string word);

    /// <summary>Whether <paramref name="token"/> can start a currency written after a number.</summary>
    public abstract bool MayStartCurrency(Token token);

    /// <summary>The recognizers that may read on from a number with <paramref name="token"/> right after it.</summary>
    public abstract NumberReaders ReadersAfter(Token token);

    /// <summary>Whether <paramref name="token"/> gives a year after it no context.</summary>
    public abstract bool IsPlainBeforeYear(Token token);

    /// <summary>Whether <paramref name="word"/> is a counted plural noun, and its singular unit.</summary>
    public abstract bool TryGetCountedNoun(string word, out string noun);

    /// <summary>Whether a bare "¥" means the yuan in the document of <paramref name="tokens"/>.</summary>
    public abstract bool MeansYuan(TokenList tokens, int distinctTexts);

    /// <summary>Whether the document of <paramref name="tokens"/> writes its dates in digits day first.</summary>
    public abstract bool ReadsDayFirst(TokenList tokens);
}
