using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>Small closed word classes of English shared by the entity, list and statement recognizers.</summary>
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

    private static readonly string[] DeterminersWords =
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "some", "any", "each", "every", "all", "both", "many", "most", "several", "such", "no"
    };

    private static readonly string[] PrepositionsWords =
    {
        "of", "in", "on", "at", "for", "with", "by", "from", "to", "into", "onto", "about", "over", "under", "between", "among", "across", "through", "during", "after", "before", "since", "until", "within", "without", "against", "toward", "towards", "upon", "via", "per", "as", "than", "like", "including", "around", "behind", "beyond", "despite", "amid"
    };

    private static readonly string[] ConjunctionsWords =
    {
        "and", "or", "but", "nor", "so", "yet", "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "although", "though", "if", "whether", "unless"
    };

    private static readonly string[] PronounsWords =
    {
        "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "itself", "themselves", "himself", "herself", "one", "someone", "something", "which", "what", "there"
    };

    // Verb forms that are rarely nouns; words like "plans" or "offers" are left out on purpose.
    private static readonly string[] VerbsWords =
    {
        "is", "are", "was", "were", "be", "been", "being", "am", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "has", "have", "had", "having", "do", "does", "did", "done", "said", "says", "say", "get", "gets", "got", "make", "makes", "made",
        "apply", "applies", "become", "becomes", "became", "go", "goes", "went", "take", "takes", "took", "give", "gives", "gave",
        "see", "sees", "saw", "come", "comes", "came", "grew", "grow", "grows", "rose", "fell", "lost", "won", "bought", "paid", "met",
        "held", "kept", "left", "brought", "sought", "spent", "sent", "began", "include", "includes", "included", "sell", "sells", "sold",
        "produce", "produces", "produced", "planned", "seeks", "seek", "wants", "expects", "expect", "expected",
        "reach", "reaches", "reached", "continue", "continues", "continued", "increased", "focused", "enjoy", "enjoys", "contribute",
        "contributes", "strive", "strives", "expand", "expands", "expanded", "hired", "opened", "launched", "announced", "invest",
        "invests", "invested", "built", "helped", "used", "added", "adds", "remain", "remains", "remained", "employs", "employed",
        "led", "ran", "covered", "reported", "accepted", "elaborated", "demonstrating", "setting", "looking", "talking", "deepening",
        "integrating", "promoting", "promote", "promotes", "ensure", "ensures", "accelerate", "accelerates", "enhance", "enhances", "strengthen",
        "strengthens", "deepen", "deepens", "achieve", "achieves", "maintain", "maintains", "encourage", "encourages", "foster",
        "fosters", "implement", "implements", "facilitate", "facilitates", "stabilize", "stabilise", "attract", "attracts", "optimize", "optimise",
        "pursue", "pursues", "provide", "provides", "protect", "protects", "prevent", "prevents", "reduce", "reduces", "create", "creates",
        "improve", "improves", "explore", "explores", "establish", "establishes", "develop", "develops", "unveil", "unveils"
    };

    private static readonly string[] TrailingAdverbsWords =
    {
        "abroad", "overseas", "domestically", "worldwide", "globally", "together", "again", "too", "also", "respectively", "sharply",
        "quickly", "slowly", "last", "next", "this", "yesterday", "today", "tomorrow", "now", "recently", "soon", "here", "there", "alike"
    };

    private static readonly string[] SentenceStartersWords =
    {
        "the", "a", "an", "on", "in", "at", "as", "by", "for", "from", "to", "with", "of", "this", "that", "these", "those", "it", "its", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "our", "my", "but", "and", "or", "so", "yet", "when", "while", "after", "before", "since",
        "during", "if", "although", "though", "because", "however", "meanwhile", "moreover", "furthermore", "also", "today", "yesterday", "tomorrow",
        "last", "next", "among", "amid", "despite", "there", "here", "such", "some", "many", "most", "all", "both", "each", "every",
        "other", "another", "more", "less", "what", "which", "who", "why", "how", "where", "under", "over", "into", "through", "without",
        "until", "once", "then", "thus", "therefore", "instead", "still", "now", "currently", "previously", "earlier", "later", "recently", "overall",
        "first", "second", "third", "finally", "additionally", "besides", "similarly", "likewise", "nevertheless", "nonetheless", "indeed",
        "looking", "speaking", "talking", "asked", "following", "regarding", "having", "being", "based", "compared",
        "bringing", "adding", "making", "taking", "using", "getting", "putting", "keeping", "helping", "turning", "moving",
        "growing", "expanding", "launching", "combining", "integrating", "acquiring", "partnering", "joining", "reaching",
        "creating", "delivering", "offering", "providing", "developing", "investing", "selling", "buying", "citing", "noting",
        "responding", "commenting", "addressing", "reflecting", "describing", "welcoming", "announcing", "completing"
    };

    private static readonly string[] SubjectPronounsWords =
    {
        "he", "she"
    };

    /// <summary>The words of <see cref="IsSentenceStarter"/>.</summary>
    public static IReadOnlyList<string> SentenceStarters => SentenceStartersWords;

    /// <summary>The words of <see cref="IsPersonalSubjectPronoun"/>.</summary>
    public static IReadOnlyList<string> SubjectPronouns => SubjectPronounsWords;

    /// <summary>The words of <see cref="IsVerb"/>.</summary>
    public static IReadOnlyList<string> Verbs => VerbsWords;

    /// <summary>The words of <see cref="IsDeterminer"/>.</summary>
    public static IReadOnlyList<string> Determiners => DeterminersWords;

    /// <summary>The words of <see cref="IsPreposition"/>.</summary>
    public static IReadOnlyList<string> Prepositions => PrepositionsWords;

    // One case-insensitive lookup answers every class question about a word.
    private static readonly Dictionary<string, WordClass> Classes = BuildClasses();

    // Most words asked about (names above all) are in no class: turned away before they are hashed; null if a word is not ASCII.
    private static readonly WordFilter? ClassFilter = BuildFilter();

    /// <summary>Every class <paramref name="word"/> belongs to, in one lookup, for code that asks several questions of one word.</summary>
    public static WordClass ClassesOf(string word) => MayHaveClass(word) && Classes.TryGetValue(word, out var found) ? found : WordClass.None;

    /// <summary>An article, demonstrative, possessive or quantifier ("the", "its", "many").</summary>
    public static bool IsDeterminer(string word) => Has(word, WordClass.Determiner);

    /// <summary>A preposition ("of", "in", "such as" counts its "as").</summary>
    public static bool IsPreposition(string word) => Has(word, WordClass.Preposition);

    /// <summary>A coordinating or subordinating conjunction or relative pronoun.</summary>
    public static bool IsConjunction(string word) => Has(word, WordClass.Conjunction);

    /// <summary>A personal or relative pronoun.</summary>
    public static bool IsPronoun(string word) => Has(word, WordClass.Pronoun);

    /// <summary>A common verb form (auxiliaries and frequent news verbs), so noun phrases can be told apart.</summary>
    public static bool IsVerb(string word) => Has(word, WordClass.Verb);

    /// <summary>An adverb that ends a noun phrase rather than continuing it ("abroad", "last").</summary>
    public static bool IsTrailingAdverb(string word) => Has(word, WordClass.TrailingAdverb);

    /// <summary>A capitalized word that is only capitalized because it starts a sentence.</summary>
    public static bool IsSentenceStarter(string word) => Has(word, WordClass.SentenceStarter);

    /// <summary>"He" or "she" in any case.</summary>
    public static bool IsPersonalSubjectPronoun(string word) => Has(word, WordClass.SubjectPronoun);

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
        if (AfterAmount(tokens, first) && (IsInCapitals(text) || Recognizers.Quantities.QuantityUnits.TryGetMeasure(text, out _)))
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
        if (token.Kind == TokenKind.Word && IsScaleWord(token.Text))
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

    private static bool IsScaleWord(string word) => char.IsLower(word[0]) && Numbers.NumberWords.SpelledScales.ContainsKey(word);

    /// <summary>Any function word: determiner, preposition, conjunction, pronoun or verb of the tables.</summary>
    public static bool IsFunctionWord(string word)
        => Has(word, WordClass.Determiner | WordClass.Preposition | WordClass.Conjunction | WordClass.Pronoun | WordClass.Verb);

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

    private static readonly HashSet<string> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    };

    /// <summary>An ordinal spelled as a word, in any case ("third", "Fifth"), up to "tenth".</summary>
    public static bool IsOrdinalWord(string word) => OrdinalWords.Contains(word);

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

    private static bool Has(string? word, WordClass classes) => word is not null && MayHaveClass(word) && Classes.TryGetValue(word, out var found) && (found & classes) != 0;

    private static bool MayHaveClass(string word) => ClassFilter?.MayContain(word) != false;

    private static WordFilter? BuildFilter()
    {
        foreach (var word in Classes.Keys)
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
        foreach (var word in Classes.Keys)
        {
            filter.Add(word);
        }

        return filter;
    }

    private static Dictionary<string, WordClass> BuildClasses()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        Add(classes, DeterminersWords, WordClass.Determiner);
        Add(classes, PrepositionsWords, WordClass.Preposition);
        Add(classes, ConjunctionsWords, WordClass.Conjunction);
        Add(classes, PronounsWords, WordClass.Pronoun);
        Add(classes, VerbsWords, WordClass.Verb);
        Add(classes, TrailingAdverbsWords, WordClass.TrailingAdverb);
        Add(classes, SentenceStartersWords, WordClass.SentenceStarter);
        Add(classes, SubjectPronounsWords, WordClass.SubjectPronoun);
        return classes;
    }

    private static void Add(Dictionary<string, WordClass> classes, string[] words, WordClass wordClass)
    {
        foreach (var word in words)
        {
            classes[word] = (classes.TryGetValue(word, out var existing) ? existing : WordClass.None) | wordClass;
        }
    }
}
