using System;
using System.Collections.Generic;
using System.Text;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>The entity table's events: numbered sessions of a body ("the third session of the 14th National People's Congress") and organizations inside an event's name.</summary>
internal sealed partial class EntityTable
{
    // Bodies that meet in numbered sessions: "the third session of the 14th National People's Congress".
    private static readonly PerLexicon<HashSet<string>> SessionBodies = new(lexicon => new(lexicon.List("session-bodies"), StringComparer.Ordinal));

    /// <summary>
    /// "the third session of the 14th National People's Congress", "the second plenary session of the 20th Central
    /// Committee": a numbered session of a body, written in lower case, is an event named as written (the body stays a
    /// mention of its own, as in the capitalized form).
    /// </summary>
    private void LinkSessionOf(NameRun run)
    {
        var tokens = _context.TokenList;
        var last = tokens[run.Last].Text;
        if (!SessionBodies.For(tokens.Lexicon).Contains(run.Possessive ? WordClasses.StripPossessive(last) : last) || run.Possessive)
        {
            return;
        }

        var k = run.First - 1;
        if (k < 3 || !tokens[k].IsWord("the") || !tokens[k - 1].IsWord("of") || !tokens[k - 2].IsWord("session"))
        {
            return;
        }

        var start = k - 3;
        if (start > 0 && tokens[start].IsWord("plenary"))
        {
            start--;
        }

        if (!char.IsLower(tokens[start].Text[0]) || !WordClasses.IsOrdinalWord(tokens.Lexicon, tokens[start].Text) || tokens.SentenceAt(start) != tokens.SentenceAt(run.First) || _analysis.StartingAt(start) is not null)
        {
            return;
        }

        // Named as such sessions are when capitalized: "Third Session of the 14th National People's Congress".
        var name = new StringBuilder();
        for (var i = start; i < k - 1; i++)
        {
            var word = tokens[i].Text;
            name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1).Append(' ');
        }

        name.Append("of the ").Append(_context.TextOf(run.First, run.Last));
        var text = name.ToString();
        var entity = EntityFor(FactKind.Event, text);
        var first = tokens.StartAt(start);
        AddMention(new Mention(entity, text, first, tokens[run.Last].End - first, start, run.Last, run.Last - start + 1));
    }

    /// <summary>The organization named inside an event's name, if any.</summary>
    private NameRun? OrganizationInEvent(NameRun run)
    {
        return EventTail(run) is { } tail && Classify(tail) == FactKind.Organization ? tail : null;
    }

    /// <summary>The part after "of (the)" in an event name ("... of the 20th Central Committee").</summary>
    private NameRun? EventTail(NameRun run)
    {
        var tokens = _context.TokenList;
        var connector = ClassificationByWords.FirstConnector(tokens, run);
        if (connector < 0 || tokens[connector].Text != "of")
        {
            return null;
        }

        var first = connector + 1;
        if (tokens[first].Text == "the")
        {
            first++;
        }

        return first <= run.Last ? run with { First = first, SentenceInitial = false, AfterHonorific = false } : null;
    }
}
