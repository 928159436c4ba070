using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// The small static word tables the namer reads: words that carry no meaning in a name, nouns that
/// say what a number measures, verbs that imply such a noun, and well-known multi-word abbreviations.
/// All keys are lower-case (invariant); lookups are ordinal.
/// </summary>
internal static class NamingLexicon
{
    /// <summary>Function words, auxiliaries and hedges that never appear in a name.</summary>
    public static readonly HashSet<string> StopWords = new(
        Lexicon.English.List("name-stop-words").Concat(Lexicon.English.Months.FullNameWords()).Concat(Lexicon.English.Months.WeekdayNames), StringComparer.Ordinal);

    /// <summary>Prepositions that introduce what an amount is for or about ("invest ... in AI").</summary>
    public static readonly HashSet<string> TopicPrepositions = new(Lexicon.English.List("topic-prepositions"), StringComparer.Ordinal);

    /// <summary>Words after "of" that point back to an amount named earlier ("half of which", "a third of them").</summary>
    public static readonly HashSet<string> BackReferences = new(Lexicon.English.List("back-references"), StringComparer.Ordinal);

    /// <summary>Nouns that say what a number measures ("budget", "revenue", "stake").</summary>
    public static readonly HashSet<string> MeasureNouns = new(Lexicon.English.List("measure-nouns"), StringComparer.Ordinal);

    /// <summary>Verbs whose object is an amount, mapped to the noun that names the amount.</summary>
    public static readonly Dictionary<string, string> AmountVerbs = Pairs("amount-verbs");

    /// <summary>
    /// Word pairs that introduce an earlier value to compare with ("up from", "compared with"): the amount
    /// after them is the previous value of the measure named earlier in the sentence.
    /// </summary>
    public static readonly (string First, string Second)[] PreviousValueLeads = ReadPreviousValueLeads();

    /// <summary>Verbs of change whose subject is the measured thing ("revenue rose 25%" → RevenueGrowth).</summary>
    public static readonly Dictionary<string, string> ChangeVerbs = Pairs("change-verbs");

    /// <summary>Measure nouns of a change: alone ("its growth of 14%") they take what changed from earlier in the sentence.</summary>
    public static readonly HashSet<string> ChangeNouns = new(Lexicon.English.List("change-nouns"), StringComparer.Ordinal);

    /// <summary>Words for a company's stock: an amount they trade at is a share price.</summary>
    public static readonly HashSet<string> StockWords = new(Lexicon.English.List("stock-words"), StringComparer.Ordinal);

    /// <summary>Verbs and auxiliaries that follow a name opening a sentence ("Contoso said", "Northwind has").</summary>
    public static readonly HashSet<string> SubjectVerbs = new(Lexicon.English.List("subject-verbs"), StringComparer.Ordinal);

    /// <summary>Verbs whose subject lasts a duration ("the hiring period lasts 6 months").</summary>
    public static readonly HashSet<string> LastingVerbs = new(Lexicon.English.List("lasting-verbs"), StringComparer.Ordinal);

    /// <summary>Conjunctions that start a new statement inside a clause; a year beyond one belongs to that statement.</summary>
    public static readonly HashSet<string> ClauseConjunctions = new(Lexicon.English.List("clause-conjunctions"), StringComparer.Ordinal);

    /// <summary>Multi-word terms written as one short word in a name.</summary>
    public static readonly (string[] Words, string Abbreviation)[] Abbreviations = ReadAbbreviations();

    /// <summary>The first words of <see cref="Abbreviations"/>, so most words are ruled out by one lookup.</summary>
    public static readonly HashSet<string> AbbreviationStarts = new(Abbreviations.Select(a => a.Words[0]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Scale words that belong to a number, not to what it counts ("1.2 million vehicles").</summary>
    public static readonly HashSet<string> ScaleWords = new(Lexicon.English.Scales.OfAmounts, StringComparer.Ordinal);

    /// <summary>English month names, 1-based.</summary>
    public static readonly string[] Months = Lexicon.English.Months.Names;

    // The list <paramref name="name"/> of words and their names ("invested Investment") as a map.
    private static Dictionary<string, string> Pairs(string name)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Lexicon.English.Rows(name))
        {
            pairs[row[0]] = row[1];
        }

        return pairs;
    }

    private static (string[] Words, string Abbreviation)[] ReadAbbreviations()
        => Lexicon.English.Rows("name-abbreviations").Select(row => (row.Skip(1).ToArray(), row[0])).ToArray();

    private static (string First, string Second)[] ReadPreviousValueLeads()
        => Lexicon.English.Rows("previous-value-leads").Select(row => (row[0], row.Length > 1 ? row[1] : string.Empty)).ToArray();

    /// <summary>Whether <paramref name="lower"/> is a stop word.</summary>
    public static bool IsStopWord(string lower) => StopWords.Contains(lower);

    // Every word of the tables above with the tables it is in, so a word's classes take one lookup.
    // Declared last: static fields initialize in order, and this one reads all the others.
    private static readonly Dictionary<string, WordClass> Classes = BuildClasses();

    // Which ASCII characters start a word of the tables: most texts (numbers, symbols) are ruled out without hashing.
    private static readonly bool[] StartsAWord = BuildStarts();

    /// <summary>The tables <paramref name="lower"/> (a lower-cased word) is in.</summary>
    public static WordClass ClassesOf(string lower)
    {
        if (lower.Length > 0 && lower[0] < StartsAWord.Length && !StartsAWord[lower[0]])
        {
            return WordClass.None;
        }

        return Classes.TryGetValue(lower, out var classes) ? classes : WordClass.None;
    }

    private static bool[] BuildStarts()
    {
        var starts = new bool[128];
        foreach (var word in Classes.Keys)
        {
            // A word starting beyond ASCII is always looked up (ClassesOf checks ASCII starts only).
            if (word.Length > 0 && word[0] < starts.Length)
            {
                starts[word[0]] = true;
            }
        }

        return starts;
    }

    private static Dictionary<string, WordClass> BuildClasses()
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
