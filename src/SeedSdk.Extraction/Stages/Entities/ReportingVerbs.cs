using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// The verbs that introduce reported speech ("said", "pointed out", "told"). One table per <see cref="Lexicon"/>, read from its list "reporting-verbs"; a document's is that of its tokens' lexicon.
/// </summary>
internal sealed class ReportingVerbs
{
    private static readonly PerLexicon<ReportingVerbs> Tables = new(lexicon => new ReportingVerbs(lexicon));

    private readonly HashSet<string> _verbs;

    private readonly HashSet<string> _participles;

    // Verbs that report speech only with "that" or a quotation: "announced a partnership" reports nothing.
    private readonly HashSet<string> _needsThat;

    private readonly HashSet<string> _needsOut;

    private readonly HashSet<string> _takesObject;

    private readonly HashSet<string> _statementOpeners;

    private ReportingVerbs(Lexicon lexicon)
    {
        _verbs = Words(lexicon, "verb");
        _participles = Words(lexicon, "participle");
        _needsThat = Words(lexicon, "needs-that");
        _needsOut = Words(lexicon, "needs-out");
        _takesObject = Words(lexicon, "takes-object");
        _statementOpeners = Words(lexicon, "statement-opener");
    }

    /// <summary>The reporting verbs of <paramref name="lexicon"/>.</summary>
    public static ReportingVerbs Of(Lexicon lexicon) => Tables.For(lexicon);

    /// <summary>The number of tokens of the reporting verb at <paramref name="index"/> ("pointed out" is 2), or 0.</summary>
    public static int Length(TokenList tokens, int index) => Of(tokens.Lexicon).VerbLength(tokens, index);

    /// <summary>
    /// The number of tokens of a participial reporting clause's verb at <paramref name="index"/> followed closely by
    /// "that" (", adding that ...", ", pointing out that ..."), or 0.
    /// </summary>
    public static int ParticipleLength(TokenList tokens, int index) => Of(tokens.Lexicon).ParticipleVerbLength(tokens, index);

    private int VerbLength(TokenList tokens, int index)
    {
        if (index >= tokens.Count || tokens.KindAt(index) != TokenKind.Word)
        {
            return 0;
        }

        var word = tokens[index].Text;
        if (word.Length is 6 or 7 && _needsOut.Contains(word))
        {
            return index + 1 < tokens.Count && tokens[index + 1].IsWord("out") ? 2 : 0;
        }

        return !char.IsUpper(word[0]) && _verbs.Contains(word) ? 1 : 0;
    }

    private int ParticipleVerbLength(TokenList tokens, int index)
    {
        if (index >= tokens.Count || !_participles.Contains(tokens[index].Text))
        {
            return 0;
        }

        var length = tokens[index].IsWord("pointing") ? (index + 1 < tokens.Count && tokens[index + 1].IsWord("out") ? 2 : 0) : 1;
        return length > 0 && index + length < tokens.Count && tokens[index + length].IsWord("that") ? length : 0;
    }

    /// <summary>The words a reporting verb opens with, in any case (<see cref="Length"/> is 0 at every other word).</summary>
    public IEnumerable<string> OpeningWords => _verbs.Concat(_needsOut);

    /// <summary>The words a participial reporting clause opens with, in any case (<see cref="ParticipleLength"/> is 0 at every other word).</summary>
    public IEnumerable<string> ParticipleWords => _participles;

    /// <summary>
    /// The words a statement's verb can start with, in any case: a reporting verb, a participle (", adding that")
    /// or another opener ("according"); every other token is skipped at once.
    /// </summary>
    public IEnumerable<string> StatementOpeningWords => OpeningWords.Concat(ParticipleWords).Concat(_statementOpeners);

    /// <summary>Whether a reporting verb starts at <paramref name="index"/>.</summary>
    public static bool IsReportingVerb(TokenList tokens, int index) => Length(tokens, index) > 0;

    /// <summary>Whether the verb at <paramref name="index"/> reports speech only when "that" or a quotation follows ("announced that ...").</summary>
    public static bool NeedsThatOrQuote(TokenList tokens, int index) => Of(tokens.Lexicon)._needsThat.Contains(tokens[index].Text);

    /// <summary>Whether the verb at <paramref name="index"/> normally takes a listener before its content ("told reporters that").</summary>
    public static bool TakesListener(TokenList tokens, int index) => Of(tokens.Lexicon)._takesObject.Contains(tokens[index].Text);

    // The words of the lexicon's list "reporting-verbs" marked <paramref name="form"/>.
    private static HashSet<string> Words(Lexicon lexicon, string form)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in lexicon.Rows("reporting-verbs"))
        {
            if (Array.IndexOf(row, form, 1) > 0)
            {
                words.Add(row[0]);
            }
        }

        return words;
    }
}
