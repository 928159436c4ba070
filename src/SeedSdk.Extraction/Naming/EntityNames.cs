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
    /// Writes the name of an entity, role, list or statement fact to <paramref name="name"/> (emptied
    /// first); nothing when nothing usable is known. Texts are read and PascalCased through
    /// <paramref name="words"/>, once per naming pass.
    /// </summary>
    public static void Write(FactWindow? window, ExtractedFact fact, FactWindow.WordCache words, NameBuilder name)
    {
        name.Clear();
        switch (fact.Kind)
        {
            case FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event:
                name.Append(Pascal(fact.EntityName ?? fact.Text, words));
                break;
            case FactKind.Role when fact.Person is null:
                AppendWords(name, fact.Role, MaxListWords, words);
                name.Append(Pascal(fact.Organization, words));
                break;
            case FactKind.Role:
                name.Append(Pascal(fact.Person, words));
                AppendWords(name, fact.Role, MaxListWords, words);
                break;
            case FactKind.List when fact.Head is not null:
                AppendWords(name, fact.Head, MaxListWords, words);
                break;
            case FactKind.List when fact.Items.Count > 0:
                AppendWords(name, fact.Items[0], MaxStatementWords, words);
                name.Append(words.Naming.Parts.List);
                break;
            case FactKind.Statement:
                name.Append(Pascal(fact.Speaker, words));
                AppendStatementWords(name, window, fact, words);
                break;
        }
    }

    // The first content words of what was said, ending at a number once some are found
    // ("plans to invest 5 billion euros" → Invest), never a scale word.
    private static void AppendStatementWords(NameBuilder name, FactWindow? window, ExtractedFact fact, FactWindow.WordCache cache)
    {
        var words = window is { } w ? w.Words : NameWords.FromText(fact.Text, cache.Naming);
        var (first, last) = window is { } v ? (v.First, v.Last) : (0, words.Count - 1);
        var kept = 0;
        for (var i = first; i <= last; i++)
        {
            ref readonly var word = ref words[i];
            if (kept == MaxStatementWords || (word.IsNumber && kept > 0))
            {
                break;
            }

            if (word.IsContent && !word.IsScaleWord)
            {
                name.Append(word);
                kept++;
            }
        }
    }

    private static string Pascal(string? text, FactWindow.WordCache words) => text is null ? string.Empty : words.PascalCaseOf(text);

    // At most max content words of text.
    private static void AppendWords(NameBuilder name, string? text, int max, FactWindow.WordCache words)
    {
        if (text is not null)
        {
            var textWords = words.WordsOfText(text);
            Phrase.Filtered(textWords, 0, textWords.Count, PhraseFilter.Content, max).AppendTo(name);
        }
    }
}
