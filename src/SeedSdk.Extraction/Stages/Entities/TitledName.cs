using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// "Secretary for Housing, Planning and Lands Jane Lam said": a title whose portfolio is a capitalized coordination runs
/// straight into the holder's name, so the last run joins the portfolio's last word to the name.
/// </summary>
internal static class TitledName
{
    private const int TitleReach = 12;

    /// <summary>
    /// The person's part of <paramref name="run"/> (from a known given name or family name, else its last two words) when the
    /// run ends a capitalized portfolio after "Title for/of" and a reporting verb or comma follows; otherwise null.
    /// </summary>
    public static NameRun? PersonAfterPortfolio(TokenList tokens, NameRun run)
    {
        if (run.Count < 3 || run.Possessive || run.First < 3 || !OnlyCapitalizedWords(tokens, run) || !FollowedBySpeech(tokens, run.Last + 1)
            || !WordClasses.IsCommaOrAnd(tokens[run.First - 1]) || !AfterTitleAndPreposition(tokens, run.First - 1))
        {
            return null;
        }

        var g = Gazetteer.Of(tokens.Lexicon);
        for (var i = run.First + 1; i < run.Last; i++)
        {
            if (g.GivenNames.Contains(tokens[i].Text) || g.SurnamesFirst.Contains(tokens[i].Text))
            {
                return run with { First = i, SentenceInitial = false };
            }
        }

        return run with { First = run.Last - 1, SentenceInitial = false };
    }

    private static bool OnlyCapitalizedWords(TokenList tokens, NameRun run)
    {
        for (var i = run.First; i <= run.Last; i++)
        {
            if (tokens.KindAt(i) != TokenKind.Word || !tokens[i].IsCapitalized)
            {
                return false;
            }
        }

        return true;
    }

    private static bool FollowedBySpeech(TokenList tokens, int after)
        => after < tokens.Count && (tokens[after].Is(',') || ReportingVerbs.IsReportingVerb(tokens, after));

    /// <summary>Walks back over capitalized words, commas and "and" to "for"/"of" right after a capitalized role ("Minister of").</summary>
    private static bool AfterTitleAndPreposition(TokenList tokens, int from)
    {
        var sentence = tokens.SentenceAt(from);
        for (var k = from; k >= 1 && k > from - TitleReach && tokens.SentenceAt(k) == sentence; k--)
        {
            var token = tokens[k];
            if (token.IsWord("for") || token.IsWord("of"))
            {
                var title = k - 1;
                return tokens[title].IsCapitalized && RoleLexicon.MatchAt(tokens, title, k) == 1;
            }

            if (!(token.Is(',') || token.IsWord("and") || (token.Kind == TokenKind.Word && token.IsCapitalized)))
            {
                return false;
            }
        }

        return false;
    }
}
