using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>The verbs that introduce reported speech ("said", "pointed out", "told").</summary>
internal static class ReportingVerbs
{
    private static readonly HashSet<string> Verbs = Words("verb");

    private static readonly HashSet<string> Participles = Words("participle");

    // Verbs that report speech only with "that" or a quotation: "announced a partnership" reports nothing.
    private static readonly HashSet<string> NeedsThat = Words("needs-that");

    private static readonly HashSet<string> NeedsOut = Words("needs-out");

    private static readonly HashSet<string> TakesObject = Words("takes-object");

    /// <summary>The number of tokens of the reporting verb at <paramref name="index"/> ("pointed out" is 2), or 0.</summary>
    public static int Length(TokenList tokens, int index)
    {
        if (index >= tokens.Count || tokens.KindAt(index) != TokenKind.Word)
        {
            return 0;
        }

        var word = tokens[index].Text;
        if (word.Length is 6 or 7 && NeedsOut.Contains(word))
        {
            return index + 1 < tokens.Count && tokens[index + 1].IsWord("out") ? 2 : 0;
        }

        return !char.IsUpper(word[0]) && Verbs.Contains(word) ? 1 : 0;
    }

    /// <summary>
    /// The number of tokens of a participial reporting clause's verb at <paramref name="index"/> followed closely by
    /// "that" (", adding that ...", ", pointing out that ..."), or 0.
    /// </summary>
    public static int ParticipleLength(TokenList tokens, int index)
    {
        if (index >= tokens.Count || !Participles.Contains(tokens[index].Text))
        {
            return 0;
        }

        var length = tokens[index].IsWord("pointing") ? (index + 1 < tokens.Count && tokens[index + 1].IsWord("out") ? 2 : 0) : 1;
        return length > 0 && index + length < tokens.Count && tokens[index + length].IsWord("that") ? length : 0;
    }

    /// <summary>The words a reporting verb opens with, in any case (<see cref="Length"/> is 0 at every other word).</summary>
    public static IEnumerable<string> OpeningWords => Verbs.Concat(NeedsOut);

    /// <summary>The words a participial reporting clause opens with, in any case (<see cref="ParticipleLength"/> is 0 at every other word).</summary>
    public static IEnumerable<string> ParticipleWords => Participles;

    /// <summary>
    /// The words a statement's verb can start with, in any case: a reporting verb, a participle (", adding that")
    /// or another opener ("according"); every other token is skipped at once.
    /// </summary>
    public static IEnumerable<string> StatementOpeningWords => OpeningWords.Concat(ParticipleWords).Concat(Words("statement-opener"));

    /// <summary>Whether a reporting verb starts at <paramref name="index"/>.</summary>
    public static bool IsReportingVerb(TokenList tokens, int index) => Length(tokens, index) > 0;

    /// <summary>Whether the verb reports speech only when "that" or a quotation follows ("announced that ...").</summary>
    public static bool NeedsThatOrQuote(string verb) => NeedsThat.Contains(verb);

    /// <summary>Whether the verb normally takes a listener before its content ("told reporters that").</summary>
    public static bool TakesListener(string verb) => TakesObject.Contains(verb);

    // The words of the lexicon's list "reporting-verbs" marked <paramref name="form"/>.
    private static HashSet<string> Words(string form)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Lexicon.English.Rows("reporting-verbs"))
        {
            if (Array.IndexOf(row, form, 1) > 0)
            {
                words.Add(row[0]);
            }
        }

        return words;
    }
}
