using System.Collections.Generic;
using System.Linq;

namespace SeedSdk.ConllEval;

/// <summary>
/// A document is prose when more than half of its sentence lines are sentences rather than table rows or
/// headings: a line is a sentence when it has at least five tokens, ends with '.', '?', '!' or a closing quote,
/// and fewer than a third of its tokens are numbers (start with a digit).
/// </summary>
internal static class ProseRule
{
    public static bool IsProse(ConllDocument document) =>
        document.Sentences.Count(IsSentence) * 2 > document.Sentences.Count;

    private static bool IsSentence(List<string> tokens)
    {
        if (tokens.Count < 5)
        {
            return false;
        }

        var last = tokens[tokens.Count - 1];
        if (last is not ("." or "?" or "!" or "\"" or "'"))
        {
            return false;
        }

        var numbers = tokens.Count(t => t.Length > 0 && char.IsDigit(t[0]));
        return numbers * 3 < tokens.Count;
    }
}
