namespace SeedSdk.Extraction.Text;

/// <summary>
/// A token with its source span. <see cref="SpaceBefore"/> tells whether white space (or the start
/// of the text) precedes it, so "15-year" (no spaces) and "15 - year" can be told apart.
/// <see cref="TextId"/> numbers the distinct texts of one tokenization densely from 0: tokens of one
/// list with equal text have equal ids (see <see cref="DocumentContext.DistinctTexts"/>).
/// </summary>
public readonly record struct Token(TokenKind Kind, string Text, int Start, bool SpaceBefore, int Sentence, int TextId)
{
    /// <summary>The UTF-16 length of the token.</summary>
    public int Length => Text.Length;

    /// <summary>The offset just past the token.</summary>
    public int End => Start + Text.Length;

    /// <summary>Whether the token is the single character <paramref name="c"/>.</summary>
    public bool Is(char c) => Text.Length == 1 && Text[0] == c;

    /// <summary>Ordinal, ASCII-case-insensitive comparison with <paramref name="word"/>.</summary>
    public bool IsWord(string word) => string.Equals(Text, word, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the token starts with an upper-case letter.</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}
