using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>Finds role phrases ("CEO", "vice president", "co-founder") in the token stream, longest first.</summary>
internal static class RoleLexicon
{
    /// <summary>
    /// The number of tokens of the longest role phrase starting at <paramref name="index"/> and ending
    /// before <paramref name="end"/> (exclusive), or 0. Hyphens must touch their words.
    /// </summary>
    public static int MatchAt(TokenList tokens, int index, int end)
    {
        if (index >= end || tokens.KindAt(index) != TokenKind.Word)
        {
            return 0;
        }

        if (!Gazetteer.Of(tokens.Lexicon).RolesByFirstWord.TryGetValue(tokens[index].Text, out var phrases))
        {
            return 0;
        }

        // Every phrase of the list starts with this word; most differ from the text at their second word already.
        var second = index + 1 < end && index + 1 < tokens.Count ? tokens[index + 1].Text : null;
        foreach (var words in phrases)
        {
            if (index + words.Length > end || (words.Length > 1 && !string.Equals(second, words[1], StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (Matches(tokens, index, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    // The role words of each lexicon: its lists "portfolio-offices" and "role-verbs".
    private static readonly PerLexicon<RoleWords> Words = new(lexicon => new RoleWords(lexicon));

    /// <summary>Whether the word at <paramref name="index"/> is an office named with a portfolio before it ("Home Secretary").</summary>
    public static bool TakesPortfolio(TokenList tokens, int index) => Words.For(tokens.Lexicon).PortfolioOffices.Contains(tokens[index].Text);

    /// <summary>The role as the contract writes it: lower case, as written.</summary>
    public static string Normalize(string written) => written.ToLowerInvariant();

    /// <summary>Whether the phrase <paramref name="words"/>, whose first word is the token at <paramref name="index"/>, stands there.</summary>
    private static bool Matches(TokenList tokens, int index, string[] words)
    {
        for (var k = 1; k < words.Length; k++)
        {
            var token = tokens[index + k];
            if (!string.Equals(token.Text, words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (token.SpaceBefore && (words[k] == "-" || words[k - 1] == "-"))
            {
                return false;
            }
        }

        // "head" in "head of state" is fine, but "vice" alone or a role glued to a following hyphen ("CEO-level") is not.
        var after = index + words.Length;
        return after >= tokens.Count || !(tokens[after].Is('-') && !tokens[after].SpaceBefore);
    }

    /// <summary>Whether the word at <paramref name="index"/> is a verb that states a role ("chairs", "founded").</summary>
    public static bool IsRoleVerb(TokenList tokens, int index) => Words.For(tokens.Lexicon).RoleVerbs.ContainsKey(tokens[index].Text);

    /// <summary>The role the verb at <paramref name="index"/> states ("chairs" states "chair").</summary>
    public static bool TryGetRoleOfVerb(TokenList tokens, int index, out string role) => Words.For(tokens.Lexicon).RoleVerbs.TryGetValue(tokens[index].Text, out role!);

    private sealed class RoleWords
    {
        public RoleWords(Lexicon lexicon)
        {
            PortfolioOffices = new HashSet<string>(lexicon.List("portfolio-offices"), StringComparer.OrdinalIgnoreCase);
            foreach (var row in lexicon.Rows("role-verbs"))
            {
                RoleVerbs[row[0]] = row[1];
            }
        }

        // Offices whose holder is named with a portfolio before them ("Investment Minister", "Home Secretary").
        public HashSet<string> PortfolioOffices { get; }

        // The verbs that state a role ("chairs", "founded") and the role each states.
        public Dictionary<string, string> RoleVerbs { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
