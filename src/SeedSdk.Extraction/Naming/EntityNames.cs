using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// Names of entity-level facts: entities by their canonical name ("Jane Doe" → JaneDoe), roles as
/// person and role ("JaneDoeCeo"), lists by their head ("CoreAreas") or first item, statements by
/// speaker and their first content words.
/// </summary>
internal static class EntityNames
{
    private const int MaxListWords = 4;
    private const int MaxStatementWords = 3;

    /// <summary>
    /// The name of an entity, role, list or statement fact; empty when nothing usable is known. Texts
    /// are read and PascalCased through <paramref name="words"/>, once per naming pass.
    /// </summary>
    public static string Propose(FactWindow? window, ExtractedFact fact, FactWindow.WordCache words) => fact.Kind switch
    {
        FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event
            => Pascal(fact.EntityName ?? fact.Text, words),
        FactKind.Role => fact.Person is null
            ? Words(fact.Role, MaxListWords, words) + Pascal(fact.Organization, words)
            : Pascal(fact.Person, words) + Words(fact.Role, MaxListWords, words),
        FactKind.List => fact.Head is null
            ? (fact.Items.Count == 0 ? string.Empty : Words(fact.Items[0], MaxStatementWords, words) + "List")
            : Words(fact.Head, MaxListWords, words),
        FactKind.Statement => Pascal(fact.Speaker, words) + StatementWords(window, fact),
        _ => string.Empty,
    };

    // The first content words of what was said, ending at a number once some are found
    // ("plans to invest 5 billion euros" → Invest), never a scale word.
    private static string StatementWords(FactWindow? window, ExtractedFact fact)
    {
        var words = window is { } w ? w.Words : NameWords.FromText(fact.Text);
        var (first, last) = window is { } v ? (v.First, v.Last) : (0, words.Count - 1);
        var kept = new List<NameWord>(MaxStatementWords);
        for (var i = first; i <= last; i++)
        {
            var word = words[i];
            if (kept.Count == MaxStatementWords || (word.IsNumber && kept.Count > 0))
            {
                break;
            }

            if (word.IsContent && !word.IsScaleWord)
            {
                kept.Add(word);
            }
        }

        return NameWords.Join(kept);
    }

    private static string Pascal(string? text, FactWindow.WordCache words) => text is null ? string.Empty : words.PascalCaseOf(text);

    private static string Words(string? text, int max, FactWindow.WordCache words)
        => text is null ? string.Empty : NameWords.Join(NameWords.ContentWords(words.WordsOfText(text), max));
}
