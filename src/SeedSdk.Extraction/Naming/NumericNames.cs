using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// Context names for money, ratio, quantity and duration facts: what the number measures (a
/// measure noun such as "budget", or a verb such as "invest" read as "Investment"), what it is
/// about ("in technology R&amp;D"), and the year or period of the same clause.
/// "the R&amp;D budget in 2027 will reach 8 billion euros" → <c>RdBudget2027</c>.
/// </summary>
internal static class NumericNames
{
    private const int MaxWords = 4;
    private const int MaxTopicWords = 3;

    /// <summary>
    /// Writes the context name of the fact in <paramref name="window"/> to <paramref name="name"/> (emptied
    /// first); false, with nothing written, when the context says nothing.
    /// </summary>
    public static bool TryWrite(in FactWindow window, ExtractedFact fact, NameBuilder name)
    {
        var (topic, head) = fact.Kind == FactKind.Duration
            ? WhatLasts(window, fact)
            : Subject(window, fact);

        // The head is written first only to learn its length, which bounds the topic; the name is the
        // topic, then a copy of the head, then the time.
        name.Clear();
        head.AppendTo(name);
        var headLength = name.Length;
        topic.AppendTo(name, headLength == 0 ? MaxWords : MaxWords - 1);
        if (name.Length == 0)
        {
            return false;
        }

        // "raised $5m in seed funding" → SeedFunding, not SeedFundingFunding.
        if (headLength > 0 && !name.EndsWithCopyOf(headLength, 0, headLength))
        {
            name.AppendCopy(0, headLength);
        }

        FactTime.AppendTo(window, name);
        name.RemoveStart(headLength);
        return true;
    }

    private static (Phrase Topic, Phrase Head) Subject(in FactWindow window, ExtractedFact fact)
    {
        var after = window.Last + 1;
        if (fact.Kind == FactKind.Ratio && window.IsInClause(after) && window.Naming.ShareOfWords.TryGetValue(window.Words[after].Lower, out var share))
        {
            // "a third of which will be spent on batteries" → BatteriesShare; "25% of revenue" → RevenueShare
            var topic = window.IsInClause(after + 1) && window.Naming.BackReferences.Contains(window.Words[after + 1].Lower)
                ? PurposePhrase(window, after + 2)
                : NounPhrase(window, after + 1, MaxTopicWords);
            return (topic, Phrase.Fixed(share));
        }

        var measureAfter = IsWordAt(window, after, window.Naming.MeasurePrepositions) ? after + 1 : after;
        if (window.IsInClause(measureAfter) && window.Words[measureAfter].IsMeasureNoun)
        {
            // "a $5m investment in AI", "$3bn in revenue", "a 25% stake in Arm", "a $10bn share buyback"
            var phrase = NounPhrase(window, measureAfter, MaxTopicWords);
            return (TopicAfter(window, measureAfter + phrase.Count), phrase);
        }

        if (IsPreviousValue(window))
        {
            // "net profit reached $2m, up from $1m a year earlier": the earlier value of the same measure.
            var measured = MeasurePhraseBeforeInSentence(window, fact);
            if (measured.Count > 0)
            {
                return (measured, Phrase.Fixed(window.Naming.Parts.Previous));
            }
        }

        if (fact.Kind == FactKind.Ratio && window.IsInClause(window.First - 1) && window.Naming.ChangeDirections.TryGetValue(window.Words[window.First - 1].Lower, out var direction))
        {
            // "revenue of $4bn, up 12%": the change of the amount named earlier in the sentence.
            return (MeasurePhraseBeforeInSentence(window, fact), Phrase.Fixed(direction));
        }

        for (var i = window.First - 1; i >= window.ClauseStart; i--)
        {
            ref readonly var word = ref window.Words[i];
            if (word.IsMeasureNoun)
            {
                var modifiers = Modifiers(window, i);
                var topic = modifiers.Count > 0 ? modifiers : TopicBefore(window, i + 1);
                if (topic.Count == 0 && window.Naming.ChangeNouns.Contains(word.Lower))
                {
                    // "revenue of $1.2bn, and its growth of 14%": a bare growth is the growth of what the sentence measured before it.
                    topic = MeasurePhraseBeforeWord(window, fact, word.FirstToken);
                }

                return (topic, Phrase.Range(window.Words, i, 1));
            }

            if (fact.Kind == FactKind.Money && window.Naming.StockWords.Contains(word.Lower))
            {
                // "Fabrikam shares closed at £87.20": the price of a share.
                return (Phrase.Empty, Phrase.Fixed(window.Naming.Parts.SharePrice));
            }

            if (window.Naming.AmountNounOf(word) is { } noun)
            {
                return (fact.Kind == FactKind.Quantity ? UnitTopic(window, fact, singular: true) : VerbTopic(window, i), Phrase.Fixed(noun));
            }

            if (window.Naming.ChangeNounOf(word) is { } change)
            {
                // "profit rose 5%" is growth; "profit rose to $5m" and "profit rose 5% to $5m" are the profit itself.
                var levels = window.Naming.LevelPrepositions;
                var isLevel = (i + 1 < window.First && levels.Contains(window.Words[i + 1].Lower)) || (window.First - 1 > i && levels.Contains(window.Words[window.First - 1].Lower));
                return (ChangedThing(window, i), isLevel ? Phrase.Empty : Phrase.Fixed(change));
            }
        }

        if (fact.Kind == FactKind.Money && IsPerShareAt(window, after))
        {
            // "87 pence a share", "$3.10 per share"
            return (Phrase.Empty, Phrase.Fixed(window.Naming.Parts.SharePrice));
        }

        // "a 2 trillion yen stimulus package": the words right after an amount.
        var fallback = fact.Kind switch
        {
            FactKind.Quantity => UnitTopic(window, fact, singular: false),
            FactKind.Money => AdjacentPhrase(window, after),
            _ => Phrase.Empty,
        };
        return (fallback, Phrase.Empty);
    }

    // "up from", "compared with", "against" right before the fact.
    private static bool IsPreviousValue(in FactWindow window)
    {
        // Every lead ends right before the fact: without a word there, none matches.
        if (!window.IsInClause(window.First - 1))
        {
            return false;
        }

        ref readonly var before = ref window.Words[window.First - 1];
        if (window.Naming.EarlierValuePrepositions.Contains(before.Lower) && HasChangeVerbBefore(window, window.First - 2))
        {
            // "rose to 21.3% from 18.9%", "fell from 9% to 6%"
            return true;
        }

        foreach (var (first, second) in window.Naming.PreviousValueLeads)
        {
            var matches = second.Length == 0
                ? before.Is(first)
                : before.Is(second) && window.IsInClause(window.First - 2) && window.Words[window.First - 2].Is(first);
            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasChangeVerbBefore(in FactWindow window, int index)
    {
        for (var i = index; i >= window.ClauseStart; i--)
        {
            if (window.Words[i].IsChangeVerb)
            {
                return true;
            }
        }

        return false;
    }

    // What a duration measures: the noun phrase right after it ("15-year development history" →
    // DevelopmentHistory, "a six-month hiring period" → HiringPeriod); the subject of a verb of lasting
    // ("the hiring period lasts 6 months" → HiringPeriod); or, for a span the sentence's measure runs over
    // ("keep R&D spending above 8% over the next three years"), that measure's period (RdSpendingPeriod).
    private static (Phrase Topic, Phrase Head) WhatLasts(in FactWindow window, ExtractedFact fact)
    {
        var adjacent = AdjacentPhrase(window, window.Last + 1);
        if (adjacent.Count > 0)
        {
            return (adjacent, Phrase.Empty);
        }

        var verb = window.First - 1;
        while (window.IsInClause(verb) && !window.Words[verb].IsContent && !window.Words[verb].IsNumber)
        {
            verb--;
        }

        if (window.IsInClause(verb) && window.Naming.LastingVerbs.Contains(window.Words[verb].Lower))
        {
            var lasting = Modifiers(window, verb);
            if (lasting.Count > 0)
            {
                return (lasting, Phrase.Empty);
            }
        }

        if (IsSpanPreposition(window, window.First - 1) || IsSpanPreposition(window, window.First - 2) || IsSpanPreposition(window, window.First - 3))
        {
            var measured = FirstMeasurePhraseInSentence(window, fact);
            if (measured.Count > 0)
            {
                return (measured, Phrase.Fixed(window.Naming.Parts.Period));
            }
        }

        return (Phrase.Empty, Phrase.Empty);
    }

    // The first measure phrase of the fact's sentence before the fact: what the sentence is about
    // ("keep R&D spending above 8% of revenue over ..." → RdSpending).
    private static Phrase FirstMeasurePhraseInSentence(in FactWindow window, ExtractedFact fact)
    {
        var whole = window.Whole(fact);
        for (var i = 0; i < whole.First; i++)
        {
            if (whole.Words[i].IsMeasureNoun)
            {
                // One modifier at most: words further left are mostly the verb that acts on the measure ("keep").
                var start = i > 0 && whole.Words[i - 1].IsContent && !whole.Words[i - 1].IsVerbOfAmount ? i - 1 : i;
                return Phrase.Range(whole.Words, start, i + 1 - start);
            }
        }

        return Phrase.Empty;
    }

    // "over", "for", "during", "within" at index in the clause: a duration after it is the span something runs over.
    private static bool IsSpanPreposition(in FactWindow window, int index) => IsWordAt(window, index, window.Naming.SpanPrepositions);

    // The nearest measure phrase before the word starting at token in the fact's sentence.
    private static Phrase MeasurePhraseBeforeWord(in FactWindow window, ExtractedFact fact, int token)
    {
        var whole = window.Whole(fact);
        var index = whole.First - 1;
        while (index >= 0 && whole.Words[index].FirstToken >= token)
        {
            index--;
        }

        return MeasurePhraseBefore(whole, index, 0);
    }

    // "net profit rose 25%" → the measured subject left of the verb: NetProfit; else the words
    // just before the verb ("Initech jumped 8%" → Initech).
    private static Phrase ChangedThing(in FactWindow window, int verb)
    {
        var measured = MeasurePhraseBefore(window, verb - 1, window.ClauseStart);
        return measured.Count > 0 ? measured : Modifiers(window, verb);
    }

    // What a verb acts on: "invest $5m in AI" → Ai; "cut delays by half" → Delays.
    private static Phrase VerbTopic(in FactWindow window, int verb)
    {
        var after = TopicAfter(window, window.Last + 1);
        return after.Count > 0
            ? after
            : Phrase.Filtered(window.Words, verb + 1, window.First - verb - 1, PhraseFilter.Content, MaxTopicWords);
    }

    // The nearest measure noun before the fact in its sentence, with its modifiers: read from the whole sentence's words.
    private static Phrase MeasurePhraseBeforeInSentence(in FactWindow window, ExtractedFact fact)
    {
        var whole = window.Whole(fact);
        return MeasurePhraseBefore(whole, whole.First - 1, 0);
    }

    // The nearest measure noun at or before index down to lowest, with its modifiers ("net revenue").
    private static Phrase MeasurePhraseBefore(in FactWindow window, int index, int lowest)
    {
        for (var j = index; j >= lowest; j--)
        {
            if (window.Words[j].IsMeasureNoun)
            {
                var start = ModifiersStart(window, j);
                return Phrase.Range(window.Words, start, j + 1 - start);
            }
        }

        return Phrase.Empty;
    }

    // The quantity's own counted noun: "sold 1.2 million vehicles" → Vehicle(Sales) from the unit,
    // "1.9 billion passengers" → Passengers as written.
    private static Phrase UnitTopic(in FactWindow window, ExtractedFact fact, bool singular)
    {
        if (singular && !string.IsNullOrEmpty(fact.Unit))
        {
            var unit = window.WordsOfText(fact.Unit!);
            return Phrase.Filtered(unit, 0, unit.Count, PhraseFilter.Content, MaxTopicWords);
        }

        return Phrase.Filtered(window.Words, window.First, window.Last + 1 - window.First, PhraseFilter.ContentButScale, int.MaxValue);
    }

    // Content words directly before the noun at index (punctuation stops them): "the R&D budget" → [R&D].
    private static Phrase Modifiers(in FactWindow window, int noun)
    {
        var start = ModifiersStart(window, noun);
        return Phrase.Range(window.Words, start, noun - start);
    }

    // The index of the first modifier of the noun at index (the noun's own index when it has none).
    private static int ModifiersStart(in FactWindow window, int noun)
    {
        var start = noun;
        while (start > 0
            && noun - start < MaxTopicWords
            && window.Words[start - 1].IsContent
            && !window.Words[start - 1].IsVerbOfAmount)
        {
            start--;
        }

        return start;
    }

    // "budget for AI reached $5m": a topic between the measure noun and the fact.
    private static Phrase TopicBefore(in FactWindow window, int index)
        => index < window.First ? TopicAfter(window, index) : Phrase.Empty;

    // "in technology R&D" → [Technology, Rd]: a topic preposition and the noun phrase after it.
    private static Phrase TopicAfter(in FactWindow window, int index)
        => window.IsInClause(index) && window.Words[index].IsTopicPreposition
            ? NounPhrase(window, index + 1, MaxTopicWords)
            : Phrase.Empty;

    // "... of which will be spent on batteries and software" → the first topic phrase later in the clause.
    private static Phrase PurposePhrase(in FactWindow window, int from)
    {
        for (var i = from; i <= window.ClauseEnd; i++)
        {
            var phrase = TopicAfter(window, i);
            if (phrase.Count > 0)
            {
                return phrase;
            }
        }

        return Phrase.Empty;
    }

    // Content words starting exactly at index ("15-year operating history" → OperatingHistory).
    private static Phrase AdjacentPhrase(in FactWindow window, int index)
        => window.IsInClause(index) && window.Words[index].IsContent ? NounPhrase(window, index, MaxTopicWords) : Phrase.Empty;

    // Content words from index on (after leading determiners), up to the first other word.
    private static Phrase NounPhrase(in FactWindow window, int index, int max)
    {
        var start = index;
        while (IsWordAt(window, start, window.Naming.Determiners))
        {
            start++;
        }

        var end = start;
        while (end - start < max && window.IsInClause(end) && window.Words[end].IsContent)
        {
            end++;
        }

        return end > start ? Phrase.Range(window.Words, start, end - start) : Phrase.Empty;
    }

    // Whether the word at index is in the clause and in words.
    private static bool IsWordAt(in FactWindow window, int index, HashSet<string> words)
        => window.IsInClause(index) && words.Contains(window.Words[index].Lower);

    // "per share", "a share" right at index: the price of one share.
    private static bool IsPerShareAt(in FactWindow window, int index)
    {
        if (!window.IsInClause(index) || !window.IsInClause(index + 1))
        {
            return false;
        }

        foreach (var (first, second) in window.Naming.PerSharePhrases)
        {
            if (window.Words[index].Is(first) && window.Words[index + 1].Is(second))
            {
                return true;
            }
        }

        return false;
    }
}
