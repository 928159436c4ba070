using System;
using System.Text;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// Datelines: "SHENZHEN, March 28 --" opens a sentence with a place in capitals. Read here for the entity table (which links
/// the place), the name-run scanner and coreference (which skip the dateline) and the statement bounds.
/// </summary>
internal static class Datelines
{
    private const int MaxDatelineTokens = 16;

    /// <summary>
    /// "SHENZHEN, March 28 --": the place in capitals that opens dateline sentence <paramref name="sentence"/>, named as the
    /// gazetteer writes it ("Shenzhen"), with its tokens (<c>First</c> to <c>End</c>, exclusive); null when the sentence
    /// has no dateline or its words in capitals name no place.
    /// </summary>
    public static (int First, int End, string Name)? PlaceOf(DocumentContext context, int sentence)
    {
        if (!IsDateline(context, sentence))
        {
            return null;
        }

        var tokens = context.TokenList;
        var (first, count) = context.SentenceTokens[sentence];
        var end = first;
        var name = new StringBuilder();
        while (end < first + count && IsInCapitals(tokens[end]))
        {
            name.Append(name.Length > 0 ? " " : string.Empty).Append(tokens[end].Text[0]).Append(tokens[end].Text.Substring(1).ToLowerInvariant());
            end++;
        }

        var place = name.ToString();
        return ClassificationByWords.IsPlace(context.Lexicon, place) ? (first, end, place) : null;
    }

    /// <summary>
    /// "SEOUL, March 12 (Reuters) -", "BEIJING, Sept. 3, 2024 /PRNewswire/ --": whether the sentence opens with a dateline, a word
    /// in capitals and then, before any lower-case word, a spaced dash; the agency named in it is no subject of the story.
    /// </summary>
    public static bool IsDateline(DocumentContext context, int sentence) => DatelineEnd(context, sentence) >= 0;

    /// <summary>Whether token <paramref name="index"/> lies in its sentence's dateline (see <see cref="IsDateline"/>).</summary>
    public static bool IsInDateline(DocumentContext context, int index)
    {
        var end = DatelineEnd(context, context.TokenList[index].Sentence);
        return end >= 0 && index < end;
    }

    /// <summary>The index of the dash that ends the sentence's dateline, or -1.</summary>
    public static int DatelineEnd(DocumentContext context, int sentence)
    {
        var tokens = context.TokenList;
        var (first, count) = context.SentenceTokens[sentence];
        if (count < 3 || !IsInCapitals(tokens[first]))
        {
            return -1;
        }

        var end = first + Math.Min(count, MaxDatelineTokens);
        for (var i = first + 1; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol && IsDash(token) && token.SpaceBefore)
            {
                // "BRUSSELS --": a doubled hyphen ends the dateline at its second half.
                while (i + 1 < first + count && IsDash(tokens[i + 1]) && !tokens[i + 1].SpaceBefore)
                {
                    i++;
                }

                return i;
            }

            if (token.Kind == TokenKind.Word && char.IsLower(token.Text[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsDash(Token token) => token.Is('-') || token.Is('\u2014') || token.Is('\u2013');

    private static bool IsInCapitals(Token token) => token.Kind == TokenKind.Word && token.Text.Length >= 2 && WordClasses.IsInCapitals(token.Text);
}
