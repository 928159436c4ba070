using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Roles;

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

        if (!Gazetteer.Instance.RolesByFirstWord.TryGetValue(tokens[index].Text, out var phrases))
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

    // Offices whose holder is named with a portfolio before them ("Investment Minister", "Home Secretary").
    private static readonly HashSet<string> PortfolioOffices = new(StringComparer.OrdinalIgnoreCase) { "minister", "secretary", "commissioner" };

    /// <summary>Whether <paramref name="word"/> is an office named with a portfolio before it ("Home Secretary").</summary>
    public static bool TakesPortfolio(string word) => PortfolioOffices.Contains(word);

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
}
