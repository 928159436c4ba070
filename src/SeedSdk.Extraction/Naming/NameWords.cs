using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Naming;

/// <summary>Reads tokens as <see cref="NameWord"/>s and renders words as PascalCase name parts.</summary>
internal static class NameWords
{
    /// <summary>
    /// The words of tokens <paramref name="first"/>..<paramref name="last"/>, merging abbreviations and hyphenated words,
    /// looked up in <paramref name="naming"/>.
    /// </summary>
    public static NameWordList From(TokenList tokens, int first, int last, NamingLexicon naming)
    {
        var words = new NameWordList(last - first + 1);
        ReadInto(words, tokens, first, last, naming, documentWords: null, stopAfter: int.MaxValue);
        return words;
    }

    /// <summary>
    /// Appends to <paramref name="words"/> the words of tokens <paramref name="first"/>..<paramref name="last"/>
    /// (see <see cref="From"/>; looked up in <paramref name="naming"/>), taking each token's word from <paramref name="documentWords"/> when given
    /// (only for tokens of the document <paramref name="documentWords"/> belongs to); returns the first token
    /// not read. Reading stops early after the first clause boundary (<see cref="NameWord.IsClauseBoundary"/>)
    /// past token <paramref name="stopAfter"/>: such a boundary is always a word of its own, so reading on from
    /// the token after it gives the words a reading without the stop would have given.
    /// </summary>
    public static int ReadInto(NameWordList words, TokenList tokens, int first, int last, NamingLexicon naming, TokenWords? documentWords, int stopAfter)
    {
        if (first > last)
        {
            return first;
        }

        // Each token is read once: the token after a word, read to see whether it joins the word to the
        // next, is the next word's own token.
        var i = first;
        var token = tokens[i];
        while (true)
        {
            var word = documentWords is null
                ? new NameWord(token.Text, token.Kind, i, i, isAbbreviation: false, WordTraits.Of(token.Text, naming))
                : documentWords.Of(token, i);
            var abbreviation = -1;
            var end = word.IsAbbreviationStart ? MatchAbbreviation(tokens, i, last, naming, out abbreviation) : -1;
            if (end >= 0)
            {
                var (_, text) = naming.Abbreviations[abbreviation];
                words.Add(new NameWord(text, TokenKind.Word, i, end, isAbbreviation: true, naming.AbbreviationTraits[abbreviation]));
            }
            else if (i == last)
            {
                words.Add(word);
                return last + 1;
            }
            else
            {
                var next = tokens[i + 1];
                end = IsJoiner(next) ? JoinedWordEnd(tokens, i, last) : i;
                if (end == i)
                {
                    words.Add(word);
                    if (word.IsClauseBoundary && i > stopAfter)
                    {
                        return i + 1;
                    }

                    i++;
                    token = next;
                    continue;
                }

                var text = Concat(tokens, i, end);
                words.Add(new NameWord(text, TokenKind.Word, i, end, isAbbreviation: false, WordTraits.Of(text, naming)));
            }

            if (end >= last)
            {
                return end + 1;
            }

            i = end + 1;
            token = tokens[i];
        }
    }

    /// <summary>The words of a free-standing text (an entity name, a list head), looked up in <paramref name="naming"/>.</summary>
    public static NameWordList FromText(string text, NamingLexicon naming)
    {
        var tokens = Tokenizer.Tokenize(text);
        return tokens.Count == 0 ? new NameWordList() : From(tokens, 0, tokens.Count - 1, naming);
    }

    /// <summary>
    /// One PascalCase part for <paramref name="word"/>: possessive "'s" dropped, acronyms in title case
    /// ("AI" → "Ai", "R&amp;D" → "Rd"), each hyphen- or apostrophe-separated piece capitalized.
    /// </summary>
    public static string Render(NameWord word)
    {
        if (word.IsAbbreviation)
        {
            return word.Text;
        }

        // Rendering never lengthens a word, so its text's length bounds the buffer.
        var buffer = new char[word.Text.Length];
        var length = WriteRendered(buffer, 0, word);
        return IsText(buffer, length, word.Text) ? word.Text : new string(buffer, 0, length);
    }

    /// <summary>Writes the PascalCase part of <paramref name="word"/> (see <see cref="Render"/>) into <paramref name="buffer"/> from <paramref name="index"/> on; returns the index after it.</summary>
    internal static int WriteRendered(char[] buffer, int index, in NameWord word)
    {
        var text = word.Text;
        if (word.IsAbbreviation)
        {
            text.CopyTo(0, buffer, index, text.Length);
            return index + text.Length;
        }

        var end = PossessiveEnd(text);
        var isAcronym = IsAcronym(text, end);
        var startOfPiece = true;
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                startOfPiece = !isAcronym && !CharClasses.IsApostrophe(c);
                continue;
            }

            buffer[index++] = startOfPiece ? char.ToUpperInvariant(c) : isAcronym ? char.ToLowerInvariant(c) : c;
            startOfPiece = false;
        }

        return index;
    }

    // Whether the first length characters of buffer are text: a word already in PascalCase keeps its own string.
    private static bool IsText(char[] buffer, int length, string text)
    {
        if (length != text.Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (buffer[i] != text[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The rendered words joined, or an empty string.</summary>
    public static string Join(NameWordList words)
    {
        if (words.Count == 0)
        {
            return string.Empty;
        }

        if (words.Count == 1)
        {
            return Render(words[0]);
        }

        var length = 0;
        for (var i = 0; i < words.Count; i++)
        {
            length += words[i].Text.Length;
        }

        var buffer = new char[length];
        var written = 0;
        for (var i = 0; i < words.Count; i++)
        {
            written = WriteRendered(buffer, written, words[i]);
        }

        return new string(buffer, 0, written);
    }

    // The length of text without a possessive "'s" or a trailing apostrophe.
    private static int PossessiveEnd(string text)
    {
        if (text.Length > 2 && (text[text.Length - 1] == 's' || text[text.Length - 1] == 'S') && CharClasses.IsApostrophe(text[text.Length - 2]))
        {
            return text.Length - 2;
        }

        return text.Length > 1 && CharClasses.IsApostrophe(text[text.Length - 1]) ? text.Length - 1 : text.Length;
    }

    private static bool IsAcronym(string text, int end)
    {
        var letters = 0;
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    // Called only for a token whose text starts an abbreviation phrase (WordTraits.IsAbbreviationStart):
    // the last token of the first phrase of naming's abbreviations that starts at start, with its index, or -1.
    private static int MatchAbbreviation(TokenList tokens, int start, int last, NamingLexicon naming, out int abbreviation)
    {
        abbreviation = -1;
        var first = tokens[start];
        if (first.Kind != TokenKind.Word)
        {
            return -1;
        }

        var abbreviations = naming.Abbreviations;
        for (var a = 0; a < abbreviations.Length; a++)
        {
            var phrase = abbreviations[a].Words;
            if (start + phrase.Length - 1 > last || !first.IsWord(phrase[0]))
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < phrase.Length && matches; k++)
            {
                var token = tokens[start + k];
                matches = token.Kind == TokenKind.Word && token.IsWord(phrase[k]);
            }

            if (matches)
            {
                abbreviation = a;
                return start + phrase.Length - 1;
            }
        }

        return -1;
    }

    // "cutting-edge", "R&D": letters joined by '-' or '&' with no spaces in between read as one word.
    private static int JoinedWordEnd(TokenList tokens, int start, int last)
    {
        var end = start;
        while (end + 2 <= last
            && IsJoiner(tokens[end + 1])
            && IsLetters(tokens[end])
            && !tokens[end + 2].SpaceBefore
            && IsLetters(tokens[end + 2]))
        {
            end += 2;
        }

        return end;
    }

    // A '-' or '&' written without a space before it (the check most tokens fail first).
    private static bool IsJoiner(in Token token)
        => !token.SpaceBefore && token.Length == 1 && (CharClasses.IsDash(token.Text[0]) || token.Text[0] == '&');

    private static bool IsLetters(in Token token) => token.Kind is TokenKind.Word or TokenKind.Mixed;

    // The texts of tokens first..last joined: one string, without a builder (a joined word is mostly three tokens).
    private static string Concat(TokenList tokens, int first, int last)
    {
        if (last - first == 2)
        {
            return string.Concat(tokens[first].Text, tokens[first + 1].Text, tokens[last].Text);
        }

        var texts = new string[last - first + 1];
        for (var k = first; k <= last; k++)
        {
            texts[k - first] = tokens[k].Text;
        }

        return string.Concat(texts);
    }
}
