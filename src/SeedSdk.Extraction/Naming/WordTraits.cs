namespace SeedSdk.Extraction.Naming;

/// <summary>
/// What the naming tables say about one word text: its lower-case form and the tables it is in. They
/// depend on the text alone, so a naming pass computes them once per distinct text (see <see cref="TokenWords"/>).
/// </summary>
/// <param name="Lower">The text, lower-cased invariantly.</param>
/// <param name="Classes">The <see cref="NamingLexicon"/> tables the text is in.</param>
internal readonly record struct WordTraits(string Lower, WordClass Classes)
{
    /// <summary>A word that carries no meaning in a name.</summary>
    public bool IsStopWord => Is(WordClass.StopWord);

    /// <summary>A noun naming what an amount measures.</summary>
    public bool IsMeasureNoun => Is(WordClass.MeasureNoun);

    /// <summary>A verb in <see cref="NamingLexicon.AmountVerbs"/>.</summary>
    public bool IsAmountVerb => Is(WordClass.AmountVerb);

    /// <summary>A verb in <see cref="NamingLexicon.ChangeVerbs"/>.</summary>
    public bool IsChangeVerb => Is(WordClass.ChangeVerb);

    /// <summary>The first word of a phrase in <see cref="NamingLexicon.Abbreviations"/> (any case).</summary>
    public bool IsAbbreviationStart => Is(WordClass.AbbreviationStart);

    /// <summary>A conjunction in <see cref="NamingLexicon.ClauseConjunctions"/>.</summary>
    public bool IsClauseConjunction => Is(WordClass.ClauseConjunction);

    /// <summary>A scale word in <see cref="NamingLexicon.ScaleWords"/>.</summary>
    public bool IsScaleWord => Is(WordClass.ScaleWord);

    /// <summary>A preposition in <see cref="NamingLexicon.TopicPrepositions"/>.</summary>
    public bool IsTopicPreposition => Is(WordClass.TopicPreposition);

    /// <summary>The traits of <paramref name="text"/>, computed from the tables of <paramref name="naming"/>.</summary>
    public static WordTraits Of(string text, NamingLexicon naming)
    {
        var lower = IsAsciiLower(text) ? text : text.ToLowerInvariant();
        var classes = naming.ClassesOf(lower);

        // Abbreviation phrases match the text in any case (ordinally). For ASCII text that is the
        // lower-case match above; other text can differ (case-insensitive ordinal matching folds a few
        // non-ASCII letters differently), so it asks the table itself.
        if (!IsAscii(text))
        {
            classes = naming.AbbreviationStarts.Contains(text)
                ? classes | WordClass.AbbreviationStart
                : classes & ~WordClass.AbbreviationStart;
        }

        return new WordTraits(lower, classes);
    }

    private bool Is(WordClass wordClass) => (Classes & wordClass) != 0;

    // Text ToLowerInvariant would return unchanged: no ASCII capital and nothing beyond ASCII (most words).
    private static bool IsAsciiLower(string text)
    {
        foreach (var c in text)
        {
            if (c >= 128 || (c >= 'A' && c <= 'Z'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }
}
