using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Statements;

/// <summary>The verbs that introduce reported speech ("said", "pointed out", "told").</summary>
internal static class ReportingVerbs
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "adds", "noted", "notes", "revealed", "reveals", "stressed", "stresses", "stated", "states",
        "told", "tells", "explained", "explains", "emphasized", "emphasised", "emphasizes", "emphasises", "announced", "announces",
        "argued", "argues", "warned", "warns", "insisted", "insists", "claimed", "claims", "confirmed", "confirms", "disclosed",
        "discloses", "remarked", "remarks", "observed", "observes", "predicted", "predicts", "wrote", "writes", "highlighted",
        "highlights", "underlined", "underlines", "underscored", "underscores", "reiterated", "reiterates", "mentioned", "mentions",
        "commented", "comments", "recalled", "recalls", "suggested", "suggests", "estimated", "estimates", "acknowledged",
        "acknowledges", "admitted", "admits", "asserted", "asserts", "declared", "declares", "indicated", "indicates", "believes", "replied",
        "responded", "answered", "concluded", "maintained", "maintains", "telling", "proposed", "proposes", "cautioned", "cautions",
    };

    private static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        "adding", "noting", "saying", "stressing", "warning", "explaining", "emphasizing", "emphasising", "stating", "arguing",
        "insisting", "revealing", "acknowledging", "predicting", "pointing",
    };

    // Verbs that report speech only with "that" or a quotation: "announced a partnership" reports nothing.
    private static readonly HashSet<string> NeedsThat = new(StringComparer.OrdinalIgnoreCase)
    {
        "announced", "announces", "revealed", "reveals", "disclosed", "discloses", "confirmed", "confirms", "predicted", "predicts",
        "estimated", "estimates", "indicated", "indicates", "highlighted", "highlights", "underlined", "underlines", "underscored",
        "underscores", "mentioned", "mentions", "recalled", "recalls", "acknowledged", "acknowledges", "admitted", "admits", "observed",
        "observes", "concluded", "maintained", "maintains", "reiterated", "reiterates", "suggested", "suggests", "remarked", "remarks",
        "proposed", "proposes", "cautioned", "cautions",
    };

    private static readonly HashSet<string> NeedsOut = new(StringComparer.OrdinalIgnoreCase) { "pointed", "points" };

    private static readonly HashSet<string> TakesObject = new(StringComparer.OrdinalIgnoreCase) { "told", "tells", "telling", "warned", "reminded" };

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

    /// <summary>Whether a reporting verb starts at <paramref name="index"/>.</summary>
    public static bool IsReportingVerb(TokenList tokens, int index) => Length(tokens, index) > 0;

    /// <summary>Whether the verb reports speech only when "that" or a quotation follows ("announced that ...").</summary>
    public static bool NeedsThatOrQuote(string verb) => NeedsThat.Contains(verb);

    /// <summary>Whether the verb normally takes a listener before its content ("told reporters that").</summary>
    public static bool TakesListener(string verb) => TakesObject.Contains(verb);
}
