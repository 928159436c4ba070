using System.Collections.Generic;
using System.Text;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// Lines written wholly in capitals: headlines ("BRITAIN CONDEMNS IRAQ"), datelines ("LONDON 1996-08-30") and table
/// headers ("NHL ICE HOCKEY"). Capitals there say nothing about names, so only what the tables know is read as one:
/// "LONDON" is London, "NEW YORK" is New York, and "ICE HOCKEY" is nothing.
/// </summary>
internal static class CapitalsLine
{
    // "UNITED ARAB EMIRATES", "BOSNIA AND HERZEGOVINA": the longest spelling tried.
    private const int MaxNameWords = 4;

    /// <summary>Whether the sentence's words, at least one of two letters or more, are all in capitals.</summary>
    public static bool IsCapitalsLine(TokenList tokens, int first, int end)
    {
        var words = 0;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind is not (TokenKind.Word or TokenKind.Mixed))
            {
                continue;
            }

            foreach (var c in token.Text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            words += token.Text.Length >= 2 && char.IsLetter(token.Text[0]) ? 1 : 0;
        }

        return words > 0;
    }

    /// <summary>Adds a run for each longest span of capitalized words that a table knows, marked <see cref="NameRun.InCapitals"/>.</summary>
    public static void Scan(TokenList tokens, int first, int end, List<NameRun> runs)
    {
        var i = first;
        while (i < end)
        {
            var length = KnownSpanAt(tokens, i, end);
            if (length > 0)
            {
                runs.Add(new NameRun(i, i + length - 1) { InCapitals = true, SentenceInitial = i == first });
                i += length;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The spelling a table knows for a run in capitals: "London" for "LONDON"; acronyms the table lists ("NATO", "U.S.") as written.</summary>
    public static string Spelling(Lexicon lexicon, string written)
    {
        if (IsKnown(lexicon, written))
        {
            return written;
        }

        var spelled = new StringBuilder(written.Length);
        var wordStart = true;
        foreach (var c in written)
        {
            spelled.Append(wordStart ? c : char.ToLowerInvariant(c));
            wordStart = !char.IsLetter(c) && c != '\'';
        }

        return spelled.ToString();
    }

    private static int KnownSpanAt(TokenList tokens, int start, int end)
    {
        if (!IsCapitalWord(tokens[start]))
        {
            return 0;
        }

        var limit = start;
        while (limit < end && limit - start < MaxNameWords && (IsCapitalWord(tokens[limit]) || (limit > start && tokens[limit].Text == "AND")))
        {
            limit++;
        }

        var text = new StringBuilder();
        for (var last = limit - 1; last >= start; last--)
        {
            text.Clear();
            for (var k = start; k <= last; k++)
            {
                text.Append(k > start ? " " : string.Empty).Append(tokens[k].Text);
            }

            var written = text.ToString();
            if (tokens[last].Text != "AND" && IsKnown(tokens.Lexicon, Spelling(tokens.Lexicon, written)))
            {
                return last - start + 1;
            }
        }

        return 0;
    }

    private static bool IsCapitalWord(Token token)
        => token.Kind is TokenKind.Word or TokenKind.Mixed && token.Text.Length >= 2 && char.IsUpper(token.Text[0]);

    private static bool IsKnown(Lexicon lexicon, string form)
    {
        var g = Gazetteer.Of(lexicon);
        return g.Places.ContainsKey(form) || g.KnownOrganizations.Contains(form);
    }
}
