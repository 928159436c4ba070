using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>Small closed word classes of a document's lexicon shared by the entity, list and statement recognizers.</summary>
internal static class WordClasses
{
    /// <summary>The closed classes a word belongs to (see <see cref="ClassesOf"/>).</summary>
    [Flags]
    internal enum WordClass
    {
        None = 0,
        Determiner = 1,
        Preposition = 2,
        Conjunction = 4,
        Pronoun = 8,
        Verb = 16,
        TrailingAdverb = 32,
        SentenceStarter = 64,
        SubjectPronoun = 128,
    }

    // One table per lexicon: its closed classes, in one case-insensitive lookup.
    private static readonly PerLexicon<ClassTable> Tables = new(lexicon => new ClassTable(lexicon));

    /// <summary>The words of <see cref="IsSentenceStarter"/> in <paramref name="lexicon"/>.</summary>
    public static IReadOnlyList<string> SentenceStarters(Lexicon lexicon) => Tables.For(lexicon).SentenceStarters;

    /// <summary>The words of <see cref="IsPersonalSubjectPronoun"/> in <paramref name="lexicon"/>.</summary>
    public static IReadOnlyList<string> SubjectPronouns(Lexicon lexicon) => Tables.For(lexicon).SubjectPronouns;

    /// <summary>The words of <see cref="IsVerb"/> in <paramref name="lexicon"/>.</summary>
    public static IReadOnlyList<string> Verbs(Lexicon lexicon) => Tables.For(lexicon).Verbs;

    /// <summary>The words of <see cref="IsDeterminer"/> in <paramref name="lexicon"/>.</summary>
    public static IReadOnlyList<string> Determiners(Lexicon lexicon) => Tables.For(lexicon).Determiners;

    /// <summary>The words of <see cref="IsPreposition"/> in <paramref name="lexicon"/>.</summary>
    public static IReadOnlyList<string> Prepositions(Lexicon lexicon) => Tables.For(lexicon).Prepositions;

    /// <summary>Every class <paramref name="word"/> belongs to, in one lookup, for code that asks several questions of one word.</summary>
    public static WordClass ClassesOf(Lexicon lexicon, string word) => Tables.For(lexicon).ClassesOf(word);

    /// <summary>An article, demonstrative, possessive or quantifier ("the", "its", "many").</summary>
    public static bool IsDeterminer(Lexicon lexicon, string word) => Has(lexicon, word, WordClass.Determiner);

    /// <summary>A preposition ("of", "in", "such as" counts its "as").</summary>
    public static bool IsPreposition(Lexicon lexicon, string word) => Has(lexicon, word, WordClass.Preposition);

    /// <summary>A coordinating or subordinating conjunction or relative pronoun.</summary>
    public static bool IsConjunction(Lexicon lexicon, string word) => Has(lexicon, word, WordClass.Conjunction);

    /// <summary>A personal or relative pronoun.</summary>
    public static bool IsPronoun(Lexicon lexicon, string word) => Has(lexicon, word, WordClass.Pronoun);

    /// <summary>A common verb form (auxiliaries and frequent news verbs), so noun phrases can be told apart.</summary>
    public static bool IsVerb(Lexicon lexicon, string word) => Has(lexicon, word, WordClass.Verb);

    /// <summary>An adverb that ends a noun phrase rather than continuing it ("abroad", "last").</summary>
    public static bool IsTrailingAdverb(Lexicon lexicon, string word) => Has(lexicon, word, WordClass.TrailingAdverb);

    /// <summary>A capitalized word that is only capitalized because it starts a sentence.</summary>
    public static bool IsSentenceStarter(Lexicon lexicon, string word) => Has(lexicon, word, WordClass.SentenceStarter);

    /// <summary>"He" or "she" in any case.</summary>
    public static bool IsPersonalSubjectPronoun(Lexicon lexicon, string word) => Has(lexicon, word, WordClass.SubjectPronoun);

    /// <summary>A word with no lower-case letter ("BERLIN", "CATL").</summary>
    public static bool IsInCapitals(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "80 GW", "1,000 GWh", "19.2 million TEU", "the BP-9 sedan": a word in capitals or a measure unit right after an amount is
    /// its unit, and a word in capitals glued by a hyphen to a number is a model's code; neither names an organization.
    /// </summary>
    public static bool IsUnitOrModelCode(TokenList tokens, int first, int last)
    {
        if (first != last)
        {
            return false;
        }

        // Capitals are asked last: most names follow no amount and no hyphen.
        var text = tokens[first].Text;
        if (AfterAmount(tokens, first) && (IsInCapitals(text) || tokens.Lexicon.Units.TryGetMeasure(text, out _)))
        {
            return true;
        }

        if (last + 2 >= tokens.Count)
        {
            return false;
        }

        var hyphen = tokens[last + 1];
        if (!hyphen.Is('-') || hyphen.SpaceBefore)
        {
            return false;
        }

        var code = tokens[last + 2];
        return !code.SpaceBefore && code.Kind is TokenKind.Number or TokenKind.Mixed && char.IsDigit(code.Text[0]) && IsInCapitals(text);
    }

    /// <summary>Whether a number that is not a year, or a number and a scale word, comes right before <paramref name="index"/>.</summary>
    private static bool AfterAmount(TokenList tokens, int index)
    {
        var before = index - 1;
        if (before < 0)
        {
            return false;
        }

        var token = tokens[before];
        if (token.Kind == TokenKind.Word && IsScaleWord(tokens.Lexicon, token.Text))
        {
            if (--before < 0)
            {
                return false;
            }

            token = tokens[before];
        }

        return token.Kind is TokenKind.Number && !IsYear(token.Text);
    }

    // "In 2024 BYD sold ...": a year before a name is not an amount.
    private static bool IsYear(string number) => number.Length == 4 && (number[0] == '1' || number[0] == '2') && char.IsDigit(number[1]) && char.IsDigit(number[2]) && char.IsDigit(number[3]);

    private static bool IsScaleWord(Lexicon lexicon, string word) => char.IsLower(word[0]) && lexicon.Scales.Spelled.ContainsKey(word);

    /// <summary>Any function word: determiner, preposition, conjunction, pronoun or verb of the tables.</summary>
    public static bool IsFunctionWord(Lexicon lexicon, string word)
        => Has(lexicon, word, WordClass.Determiner | WordClass.Preposition | WordClass.Conjunction | WordClass.Pronoun | WordClass.Verb);

    /// <summary>A possessive word form ("Apple's", "Apple’s", "companies'").</summary>
    public static bool IsPossessive(Token token)
    {
        var t = token.Text;
        return t.Length > 2 && (t[t.Length - 1] == 's' || t[t.Length - 1] == 'S') && CharClasses.IsApostrophe(t[t.Length - 2]);
    }

    /// <summary>The word without a possessive "'s".</summary>
    public static string StripPossessive(string word)
        => word.Length > 2 && (word[word.Length - 1] == 's' || word[word.Length - 1] == 'S') && CharClasses.IsApostrophe(word[word.Length - 2])
            ? word.Substring(0, word.Length - 2)
            : word;

    private static readonly PerLexicon<HashSet<string>> OrdinalWords = new(lexicon => new(lexicon.List("ordinal-words"), StringComparer.OrdinalIgnoreCase));

    /// <summary>An ordinal spelled as a word, in any case ("third", "Fifth"), up to "tenth".</summary>
    public static bool IsOrdinalWord(Lexicon lexicon, string word) => OrdinalWords.For(lexicon).Contains(word);

    /// <summary>A numeric or spelled ordinal token ("14th", "3rd").</summary>
    public static bool IsNumericOrdinal(Token token)
    {
        if (token.Kind != TokenKind.Mixed || token.Text.Length < 3 || !CharClasses.IsAsciiDigit(token.Text[0]))
        {
            return false;
        }

        var text = token.Text;
        var (a, b) = (text[text.Length - 2], text[text.Length - 1]);
        return (a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
    }

    /// <summary>A comma or "and": what joins the names of a coordination ("A, B and C").</summary>
    public static bool IsCommaOrAnd(Token token) => token.Is(',') || token.IsWord("and");

    /// <summary>An opening or closing quotation mark.</summary>
    public static bool IsQuote(Token token) => token.Is('"') || token.Is('\u201C') || token.Is('\u201D') || token.Is('\u2018') || token.Is('\u2019');

    /// <summary>An opening quotation mark (straight quotes count as both).</summary>
    public static bool IsOpeningQuote(Token token) => token.Is('"') || token.Is('\u201C') || token.Is('\u2018');

    /// <summary>A closing quotation mark (straight quotes count as both).</summary>
    public static bool IsClosingQuote(Token token) => token.Is('"') || token.Is('\u201D') || token.Is('\u2019');

    private static bool Has(Lexicon lexicon, string? word, WordClass classes) => word is not null && (Tables.For(lexicon).ClassesOf(word) & classes) != 0;

    /// <summary>The closed classes of one lexicon's words.</summary>
    private sealed class ClassTable
    {
        // One case-insensitive lookup answers every class question about a word.
        private readonly Dictionary<string, WordClass> _classes = new(StringComparer.OrdinalIgnoreCase);

        // Most words asked about (names above all) are in no class: turned away before they are hashed; null if a word is not ASCII.
        private readonly WordFilter? _filter;

        public ClassTable(Lexicon lexicon)
        {
            Determiners = lexicon.Words("determiners");
            Prepositions = lexicon.Words("prepositions");
            Verbs = lexicon.Words("verbs"); // verb forms that are rarely nouns; words like "plans" or "offers" are left out on purpose
            SentenceStarters = lexicon.Words("sentence-starters");
            SubjectPronouns = lexicon.Words("subject-pronouns");
            Add(Determiners, WordClass.Determiner);
            Add(Prepositions, WordClass.Preposition);
            Add(lexicon.Words("conjunctions"), WordClass.Conjunction);
            Add(lexicon.Words("pronouns"), WordClass.Pronoun);
            Add(Verbs, WordClass.Verb);
            Add(lexicon.Words("trailing-adverbs"), WordClass.TrailingAdverb);
            Add(SentenceStarters, WordClass.SentenceStarter);
            Add(SubjectPronouns, WordClass.SubjectPronoun);
            _filter = BuildFilter();
        }

        public string[] Determiners { get; }

        public string[] Prepositions { get; }

        public string[] Verbs { get; }

        public string[] SentenceStarters { get; }

        public string[] SubjectPronouns { get; }

        public WordClass ClassesOf(string word) => _filter?.MayContain(word) != false && _classes.TryGetValue(word, out var found) ? found : WordClass.None;

        private void Add(string[] words, WordClass wordClass)
        {
            foreach (var word in words)
            {
                _classes[word] = (_classes.TryGetValue(word, out var existing) ? existing : WordClass.None) | wordClass;
            }
        }

        private WordFilter? BuildFilter()
        {
            foreach (var word in _classes.Keys)
            {
                foreach (var c in word)
                {
                    if (c >= 128)
                    {
                        return null;
                    }
                }
            }

            var filter = new WordFilter(asciiAnyCase: true);
            foreach (var word in _classes.Keys)
            {
                filter.Add(word);
            }

            return filter;
        }
    }
}
