using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// The word tables the namer reads, one per <see cref="Lexicon"/> (see <see cref="Of"/>): words that carry no meaning
/// in a name, nouns that say what a number measures, verbs that imply such a noun, and well-known multi-word
/// abbreviations. All keys are lower-case (invariant); lookups are ordinal.
/// </summary>
internal sealed class NamingLexicon
{
    private static readonly PerLexicon<NamingLexicon> Tables = new(lexicon => new NamingLexicon(lexicon));

    // Every word of the tables with the tables it is in, so a word's classes take one lookup.
    private readonly Dictionary<string, WordClass> _classes;

    // Which ASCII characters start a word of the tables: most texts (numbers, symbols) are ruled out without hashing.
    private readonly bool[] _startsAWord;

    private NamingLexicon(Lexicon lexicon)
    {
        StopWords = new(lexicon.List("name-stop-words").Concat(lexicon.Months.FullNameWords()).Concat(lexicon.Months.WeekdayNames), StringComparer.Ordinal);
        TopicPrepositions = new(lexicon.List("topic-prepositions"), StringComparer.Ordinal);
        BackReferences = new(lexicon.List("back-references"), StringComparer.Ordinal);
        MeasureNouns = new(lexicon.List("measure-nouns"), StringComparer.Ordinal);
        AmountVerbs = Pairs(lexicon, "amount-verbs");
        PreviousValueLeads = lexicon.Rows("previous-value-leads").Select(row => (row[0], row.Length > 1 ? row[1] : string.Empty)).ToArray();
        ChangeVerbs = Pairs(lexicon, "change-verbs");
        ChangeNouns = new(lexicon.List("change-nouns"), StringComparer.Ordinal);
        StockWords = new(lexicon.List("stock-words"), StringComparer.Ordinal);
        SubjectVerbs = new(lexicon.List("subject-verbs"), StringComparer.Ordinal);
        LastingVerbs = new(lexicon.List("lasting-verbs"), StringComparer.Ordinal);
        ClauseConjunctions = new(lexicon.List("clause-conjunctions"), StringComparer.Ordinal);
        Abbreviations = lexicon.Rows("name-abbreviations").Select(row => (row.Skip(1).ToArray(), row[0])).ToArray();
        AbbreviationStarts = new(Abbreviations.Select(a => a.Words[0]), StringComparer.OrdinalIgnoreCase);
        ScaleWords = new(lexicon.Scales.OfAmounts, StringComparer.Ordinal);
        Months = lexicon.Months.Names;
        ShareOfWords = Pairs(lexicon, "ratio-of-words");
        MeasurePrepositions = new(lexicon.List("measure-prepositions"), StringComparer.Ordinal);
        ChangeDirections = Pairs(lexicon, "change-directions");
        LevelPrepositions = new(lexicon.List("level-prepositions"), StringComparer.Ordinal);
        PerSharePhrases = lexicon.Rows("per-share-phrases").Select(row => (row[0], row[1])).ToArray();
        EarlierValuePrepositions = new(lexicon.List("earlier-value-prepositions"), StringComparer.Ordinal);
        SpanPrepositions = new(lexicon.List("span-prepositions"), StringComparer.Ordinal);
        Determiners = new(lexicon.List("name-determiners"), StringComparer.Ordinal);
        YearRangeJoiners = new(lexicon.List("year-range-joiners"), StringComparer.Ordinal);
        Parts = new NameParts(lexicon);

        // Built last: they read the tables above.
        _classes = BuildClasses();
        _startsAWord = BuildStarts(_classes);
        AbbreviationTraits = Abbreviations.Select(a => WordTraits.Of(a.Abbreviation, this)).ToArray();
    }

    /// <summary>The tables of <paramref name="lexicon"/>, built on its first use.</summary>
    public static NamingLexicon Of(Lexicon lexicon) => Tables.For(lexicon);

    /// <summary>Function words, auxiliaries and hedges that never appear in a name (with the month and weekday names).</summary>
    public HashSet<string> StopWords { get; }

    /// <summary>Prepositions that introduce what an amount is for or about ("invest ... in AI").</summary>
    public HashSet<string> TopicPrepositions { get; }

    /// <summary>Words after "of" that point back to an amount named earlier ("half of which", "a third of them").</summary>
    public HashSet<string> BackReferences { get; }

    /// <summary>Nouns that say what a number measures ("budget", "revenue", "stake").</summary>
    public HashSet<string> MeasureNouns { get; }

    /// <summary>Verbs whose object is an amount, mapped to the noun that names the amount.</summary>
    public Dictionary<string, string> AmountVerbs { get; }

    /// <summary>
    /// Word pairs that introduce an earlier value to compare with ("up from", "compared with"): the amount
    /// after them is the previous value of the measure named earlier in the sentence.
    /// </summary>
    public (string First, string Second)[] PreviousValueLeads { get; }

    /// <summary>Verbs of change whose subject is the measured thing ("revenue rose 25%" → RevenueGrowth).</summary>
    public Dictionary<string, string> ChangeVerbs { get; }

    /// <summary>Measure nouns of a change: alone ("its growth of 14%") they take what changed from earlier in the sentence.</summary>
    public HashSet<string> ChangeNouns { get; }

    /// <summary>Words for a company's stock: an amount they trade at is a share price.</summary>
    public HashSet<string> StockWords { get; }

    /// <summary>Verbs and auxiliaries that follow a name opening a sentence ("Contoso said", "Northwind has").</summary>
    public HashSet<string> SubjectVerbs { get; }

    /// <summary>Verbs whose subject lasts a duration ("the hiring period lasts 6 months").</summary>
    public HashSet<string> LastingVerbs { get; }

    /// <summary>Conjunctions that start a new statement inside a clause; a year beyond one belongs to that statement.</summary>
    public HashSet<string> ClauseConjunctions { get; }

    /// <summary>Multi-word terms written as one short word in a name.</summary>
    public (string[] Words, string Abbreviation)[] Abbreviations { get; }

    /// <summary>The traits of each abbreviation of <see cref="Abbreviations"/>, by index: they are fixed words.</summary>
    public WordTraits[] AbbreviationTraits { get; }

    /// <summary>The first words of <see cref="Abbreviations"/>, so most words are ruled out by one lookup.</summary>
    public HashSet<string> AbbreviationStarts { get; }

    /// <summary>Scale words that belong to a number, not to what it counts ("1.2 million vehicles").</summary>
    public HashSet<string> ScaleWords { get; }

    /// <summary>The month names as written in a name, 1-based.</summary>
    public string[] Months { get; }

    /// <summary>Words right after a ratio that make it a share of what follows ("25% of revenue"), mapped to the share's name part.</summary>
    public Dictionary<string, string> ShareOfWords { get; }

    /// <summary>Prepositions between an amount and the measure noun after it ("$3bn in revenue").</summary>
    public HashSet<string> MeasurePrepositions { get; }

    /// <summary>Words right before a ratio that say which way the amount named earlier moved ("up 12%"), mapped to the change's name part.</summary>
    public Dictionary<string, string> ChangeDirections { get; }

    /// <summary>Prepositions after a verb of change that make the amount the new level, not the change ("rose to $5m").</summary>
    public HashSet<string> LevelPrepositions { get; }

    /// <summary>Word pairs right after an amount of money that make it the price of one share ("per share", "a share").</summary>
    public (string First, string Second)[] PerSharePhrases { get; }

    /// <summary>Prepositions right before an amount that make it the earlier value after a verb of change ("rose to 21.3% from 18.9%").</summary>
    public HashSet<string> EarlierValuePrepositions { get; }

    /// <summary>Prepositions that make a duration after them the span something runs over ("over the next three years").</summary>
    public HashSet<string> SpanPrepositions { get; }

    /// <summary>Determiners left out at the start of the noun phrase a name is read from ("the new plant").</summary>
    public HashSet<string> Determiners { get; }

    /// <summary>Words between two years that make them one period in a name ("2021 to 2025").</summary>
    public HashSet<string> YearRangeJoiners { get; }

    /// <summary>The fixed words a name adds of its own ("SharePrice", "Percent").</summary>
    public NameParts Parts { get; }

    /// <summary>The noun of <paramref name="word"/> when it is an amount verb ("invest" → "Investment"), or null.</summary>
    public string? AmountNounOf(in NameWord word) => word.IsAmountVerb ? AmountVerbs[word.Lower] : null;

    /// <summary>The noun of <paramref name="word"/> when it is a change verb ("rose" → "Growth"), or null.</summary>
    public string? ChangeNounOf(in NameWord word) => word.IsChangeVerb ? ChangeVerbs[word.Lower] : null;

    /// <summary>The tables <paramref name="lower"/> (a lower-cased word) is in.</summary>
    public WordClass ClassesOf(string lower)
    {
        if (lower.Length > 0 && lower[0] < _startsAWord.Length && !_startsAWord[lower[0]])
        {
            return WordClass.None;
        }

        return _classes.TryGetValue(lower, out var classes) ? classes : WordClass.None;
    }

    // The list name of words and their names ("invested Investment") as a map.
    private static Dictionary<string, string> Pairs(Lexicon lexicon, string name)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in lexicon.Rows(name))
        {
            pairs[row[0]] = row[1];
        }

        return pairs;
    }

    private static bool[] BuildStarts(Dictionary<string, WordClass> classes)
    {
        var starts = new bool[128];
        foreach (var word in classes.Keys)
        {
            // A word starting beyond ASCII is always looked up (ClassesOf checks ASCII starts only).
            if (word.Length > 0 && word[0] < starts.Length)
            {
                starts[word[0]] = true;
            }
        }

        return starts;
    }

    private Dictionary<string, WordClass> BuildClasses()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, WordClass wordClass)
        {
            foreach (var word in words)
            {
                classes.TryGetValue(word, out var known);
                classes[word] = known | wordClass;
            }
        }

        Add(StopWords, WordClass.StopWord);
        Add(MeasureNouns, WordClass.MeasureNoun);
        Add(AmountVerbs.Keys, WordClass.AmountVerb);
        Add(ChangeVerbs.Keys, WordClass.ChangeVerb);
        Add(Abbreviations.Select(a => a.Words[0]), WordClass.AbbreviationStart);
        Add(ClauseConjunctions, WordClass.ClauseConjunction);
        Add(ScaleWords, WordClass.ScaleWord);
        Add(TopicPrepositions, WordClass.TopicPreposition);
        return classes;
    }
}

/// <summary>The <see cref="NamingLexicon"/> tables a lower-case word is in.</summary>
[Flags]
internal enum WordClass : byte
{
    /// <summary>In none of the tables.</summary>
    None = 0,

    /// <summary><see cref="NamingLexicon.StopWords"/>.</summary>
    StopWord = 1,

    /// <summary><see cref="NamingLexicon.MeasureNouns"/>.</summary>
    MeasureNoun = 2,

    /// <summary><see cref="NamingLexicon.AmountVerbs"/>.</summary>
    AmountVerb = 4,

    /// <summary><see cref="NamingLexicon.ChangeVerbs"/>.</summary>
    ChangeVerb = 8,

    /// <summary>The first word of a phrase in <see cref="NamingLexicon.Abbreviations"/>.</summary>
    AbbreviationStart = 16,

    /// <summary><see cref="NamingLexicon.ClauseConjunctions"/>.</summary>
    ClauseConjunction = 32,

    /// <summary><see cref="NamingLexicon.ScaleWords"/>.</summary>
    ScaleWord = 64,

    /// <summary><see cref="NamingLexicon.TopicPrepositions"/>.</summary>
    TopicPreposition = 128,
}
