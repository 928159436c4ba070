using System.Collections.Generic;

namespace SeedSdk.Extraction.Text;

/// <summary>
/// Splits text into <see cref="Token"/>s in one linear pass. A token is a maximal run of letters
/// and digits (keeping ',' and '.' between digits and apostrophes between letters), or a single
/// other non-space character. Surrogate pairs stay together.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>; sentence indexes are left at 0.</summary>
    public static TokenList Tokenize(string text) => Tokenize(text, out _);

    /// <summary>Tokenizes <paramref name="text"/>, also giving how many distinct token texts (and so <see cref="Token.TextId"/>s) it holds.</summary>
    public static TokenList Tokenize(string text, out int distinctTexts)
    {
        // Prose runs at about one token per five characters; a little headroom avoids doubling a large list at the end.
        var tokens = new TokenList(text.Length / 4 + 4);
        var pool = new TextPool(text.Length);
        var i = 0;
        var spaceBefore = true;
        var lineBreakBefore = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                spaceBefore = true;
                i++;
                continue;
            }

            if (c > 127 || c < '!' ? char.IsWhiteSpace(c) || char.IsControl(c) : c == '\u007F')
            {
                spaceBefore = true;
                lineBreakBefore |= CharClasses.IsLineBreak(c);
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            var hash = TextPool.Seed;
            if (IsAsciiLetter(c))
            {
                // Most tokens are plain ASCII words: their letters are read in a tight loop, and the general scan runs
                // (from the start again) only when something else may go on with the word.
                i++;
                hash = TextPool.Step(hash, c);
                while (i < text.Length && IsAsciiLetter(text[i]))
                {
                    hash = TextPool.Step(hash, text[i]);
                    i++;
                }

                kind = TokenKind.Word;
                if (i < text.Length && MayContinueWord(text[i]))
                {
                    hash = TextPool.Seed;
                    i = ScanWordOrNumber(text, start, out kind, ref hash);
                }
            }
            else if (CharClasses.IsAsciiDigit(c) || (c > 127 && char.IsLetterOrDigit(c)))
            {
                i = ScanWordOrNumber(text, i, out kind, ref hash);
            }
            else
            {
                hash = TextPool.Step(hash, c);
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    hash = TextPool.Step(hash, text[++i]);
                }

                i++;
                kind = TokenKind.Symbol;
            }

            tokens.Add(kind, start, spaceBefore, lineBreakBefore, pool.Add(text, start, i - start, hash));
            spaceBefore = false;
            lineBreakBefore = false;
        }

        distinctTexts = pool.Count;
        tokens.SetTexts(pool.TextsById());
        return tokens;
    }

    // Scans a word or number from i, folding each character it keeps into the running hash.
    private static int ScanWordOrNumber(string text, int i, out TokenKind kind, ref uint hash)
    {
        var hasLetter = false;
        var hasDigit = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsAsciiLetter(c))
            {
                hasLetter = true;
                hash = TextPool.Step(hash, c);
                i++;
                continue;
            }

            if (CharClasses.IsAsciiDigit(c))
            {
                hasDigit = true;
                hash = TextPool.Step(hash, c);
                i++;
                continue;
            }

            if (c > 127 && (char.IsLetter(c) || char.IsDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                hasLetter |= char.IsLetter(c);
                hasDigit |= char.IsDigit(c);
                hash = TextPool.Step(hash, c);
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var previous = text[i - 1];
            if ((c == ',' || c == '.') && char.IsDigit(previous) && CharClasses.IsAsciiDigit(next) && !hasLetter)
            {
                hash = TextPool.Step(hash, c);
                i++;
                continue;
            }

            if (CharClasses.IsApostrophe(c) && char.IsLetter(previous) && char.IsLetter(next))
            {
                hash = TextPool.Step(hash, c);
                i++;
                continue;
            }

            break;
        }

        kind = hasLetter && hasDigit ? TokenKind.Mixed : hasDigit ? TokenKind.Number : TokenKind.Word;
        return i;
    }

    // After letters, only a digit, an apostrophe or a non-ASCII character can extend a word (see ScanWordOrNumber).
    private static bool MayContinueWord(char c) => CharClasses.IsAsciiDigit(c) || CharClasses.IsApostrophe(c) || c > 127;

    // Most prose is ASCII: the common letters are told apart without the Unicode tables.
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
}
