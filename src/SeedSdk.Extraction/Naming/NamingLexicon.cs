using System;
using System.Collections.Generic;
using System.Linq;

namespace SeedSdk.Extraction.Naming;

/// <summary>
/// The small static word tables the namer reads: words that carry no meaning in a name, nouns that
/// say what a number measures, verbs that imply such a noun, and well-known multi-word abbreviations.
/// All keys are lower-case (invariant); lookups are ordinal.
/// </summary>
internal static class NamingLexicon
{
    /// <summary>Function words, auxiliaries and hedges that never appear in a name.</summary>
    public static readonly HashSet<string> StopWords = new(Recognizers.Dates.MonthTable.FullNameWords().Concat(Recognizers.Dates.MonthTable.WeekdayNames), StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "of", "in", "on", "at", "by", "for", "from", "to", "with", "into", "onto", "over", "under", "about", "up",
        "down", "and", "or", "but", "nor", "as", "than", "which", "who", "whom", "whose", "what", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "be", "been", "being", "is", "are", "was",
        "were", "am", "has", "have", "had", "do", "does", "did", "not", "no", "it", "he", "she", "they", "we", "i",
        "you", "them", "him", "us", "me", "there", "here", "also", "more", "most", "less", "least", "some",
        "total", "such", "so", "very", "just", "only", "all", "each", "every", "any", "both", "either",
        "neither", "nearly", "approximately", "around", "almost", "roughly", "per", "among", "between", "during",
        "through", "after", "before", "since", "until", "while", "when", "where", "why", "how", "if", "then",
        "said", "says", "say", "according", "reach", "reached", "reaches", "hit", "stood", "stands", "totaled",
        "totalled", "amounted", "amount", "worth", "estimated", "expected", "other", "last", "next", "past", "previous",

        // Reporting and planning verbs: the subject before them is not a modifier of the amount.
        "reported", "reports", "posted", "posts", "recorded", "records", "announced", "announces", "forecast",
        "forecasts", "projected", "sees", "saw", "plans", "planned", "aims", "targets", "targeted", "set", "sets",
        "approved", "approves", "unveiled", "unveils", "launched", "launches", "imposed", "imposes", "revealed",
        "reveals", "disclosed", "discloses", "showed", "shows", "expects", "get", "got", "gets",

        // Adverbs of time and degree.
        "always", "never", "often", "still", "already", "further", "currently", "now", "even", "again", "actively",
        "fully", "deeply", "firmly", "really", "well",

        // Days and months name when, not what: added from the calendar's own table above.
    };

    /// <summary>Prepositions that introduce what an amount is for or about ("invest ... in AI").</summary>
    public static readonly HashSet<string> TopicPrepositions = new(StringComparer.Ordinal)
    {
        "in", "into", "on", "for", "towards", "toward",
    };

    /// <summary>Words after "of" that point back to an amount named earlier ("half of which", "a third of them").</summary>
    public static readonly HashSet<string> BackReferences = new(StringComparer.Ordinal)
    {
        "which", "whom", "them", "it", "this", "that", "these", "those",
    };

    /// <summary>Nouns that say what a number measures ("budget", "revenue", "stake").</summary>
    public static readonly HashSet<string> MeasureNouns = new(StringComparer.Ordinal)
    {
        "budget", "budgets", "revenue", "revenues", "sales", "profit", "profits", "income", "earnings",
        "investment", "investments", "spending", "expenditure", "expenditures", "cost", "costs", "price", "prices",
        "valuation", "funding", "fund", "funds", "capital", "stake", "share", "loan", "loans", "debt", "deficit",
        "surplus", "turnover", "dividend", "dividends", "subsidy", "subsidies", "grant", "grants", "salary",
        "salaries", "wage", "wages", "bonus", "fine", "fines", "penalty", "tax", "taxes", "tariff", "tariffs",
        "exports", "imports", "output", "growth", "margin", "rate", "value", "loss", "losses", "deliveries",
        "shipments", "users", "customers", "employees", "staff", "headcount", "population", "capacity",
        "production", "reserves", "assets", "liabilities", "savings", "donation", "donations", "allocation",
        "aid", "compensation", "gdp", "inflation", "unemployment", "interest", "payment", "payments", "fee",
        "fees", "deal", "contract", "orders", "volume", "premium", "discount", "return", "returns", "yield",
        "increase", "decrease", "reduction", "rise", "drop", "decline", "gain", "occupancy", "throughput", "score",
        "buyback", "buybacks", "coupon",
    };

    /// <summary>Verbs whose object is an amount, mapped to the noun that names the amount.</summary>
    public static readonly Dictionary<string, string> AmountVerbs = new(StringComparer.Ordinal)
    {
        ["invest"] = "Investment", ["invests"] = "Investment", ["invested"] = "Investment", ["investing"] = "Investment",
        ["spend"] = "Spending", ["spends"] = "Spending", ["spent"] = "Spending",
        ["raise"] = "Funding", ["raises"] = "Funding", ["raised"] = "Funding", ["raising"] = "Funding",
        ["earn"] = "Earnings", ["earns"] = "Earnings", ["earned"] = "Earnings",
        ["lose"] = "Loss", ["loses"] = "Loss", ["lost"] = "Loss",
        ["pay"] = "Payment", ["pays"] = "Payment", ["paid"] = "Payment",
        ["sell"] = "Sales", ["sells"] = "Sales", ["sold"] = "Sales",
        ["borrow"] = "Borrowing", ["borrowed"] = "Borrowing",
        ["allocate"] = "Allocation", ["allocated"] = "Allocation", ["allocates"] = "Allocation",
        ["donate"] = "Donation", ["donated"] = "Donation", ["donates"] = "Donation",
        ["save"] = "Savings", ["saved"] = "Savings",
        ["cut"] = "Cut", ["cuts"] = "Cut",
        ["acquire"] = "Acquisition", ["acquired"] = "Acquisition", ["buy"] = "Acquisition", ["bought"] = "Acquisition",
        ["export"] = "Exports", ["exported"] = "Exports",
        ["import"] = "Imports", ["imported"] = "Imports",
        ["employ"] = "Employees", ["employs"] = "Employees", ["employed"] = "Employees",
        ["hire"] = "Hires", ["hired"] = "Hires",
        ["deliver"] = "Deliveries", ["delivered"] = "Deliveries", ["delivers"] = "Deliveries",
        ["ship"] = "Shipments", ["shipped"] = "Shipments",
        ["produce"] = "Production", ["produced"] = "Production", ["produces"] = "Production",
        ["fund"] = "Funding", ["funded"] = "Funding",
        ["owe"] = "Debt", ["owes"] = "Debt", ["owed"] = "Debt",
        ["generate"] = "Revenue", ["generated"] = "Revenue", ["generates"] = "Revenue",
        ["grant"] = "Grant", ["granted"] = "Grant",
        ["lend"] = "Lending", ["lent"] = "Lending",
        ["value"] = "Valuation", ["values"] = "Valuation", ["valued"] = "Valuation", ["valuing"] = "Valuation",
        ["score"] = "Score", ["scores"] = "Score", ["scored"] = "Score",
        ["buys"] = "Acquisition", ["acquires"] = "Acquisition",
    };

    /// <summary>
    /// Word pairs that introduce an earlier value to compare with ("up from", "compared with"): the amount
    /// after them is the previous value of the measure named earlier in the sentence.
    /// </summary>
    public static readonly (string First, string Second)[] PreviousValueLeads =
    {
        ("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to"), ("against", string.Empty), ("versus", string.Empty),
    };

    /// <summary>Verbs of change whose subject is the measured thing ("revenue rose 25%" → RevenueGrowth).</summary>
    public static readonly Dictionary<string, string> ChangeVerbs = new(StringComparer.Ordinal)
    {
        ["rise"] = "Growth", ["rises"] = "Growth", ["rose"] = "Growth", ["risen"] = "Growth",
        ["grow"] = "Growth", ["grows"] = "Growth", ["grew"] = "Growth", ["grown"] = "Growth",
        ["increase"] = "Growth", ["increased"] = "Growth", ["increases"] = "Growth",
        ["jump"] = "Growth", ["jumped"] = "Growth", ["climb"] = "Growth", ["climbed"] = "Growth",
        ["gain"] = "Growth", ["gained"] = "Growth", ["surge"] = "Growth", ["surged"] = "Growth",
        ["fall"] = "Decline", ["falls"] = "Decline", ["fell"] = "Decline", ["fallen"] = "Decline",
        ["drop"] = "Decline", ["dropped"] = "Decline", ["decline"] = "Decline", ["declined"] = "Decline",
        ["decrease"] = "Decline", ["decreased"] = "Decline", ["shrink"] = "Decline", ["shrank"] = "Decline",
        ["slump"] = "Decline", ["slumped"] = "Decline",
    };

    /// <summary>Measure nouns of a change: alone ("its growth of 14%") they take what changed from earlier in the sentence.</summary>
    public static readonly HashSet<string> ChangeNouns = new(StringComparer.Ordinal)
    {
        "growth", "increase", "decrease", "reduction", "rise", "drop", "decline", "gain",
    };

    /// <summary>Words for a company's stock: an amount they trade at is a share price.</summary>
    public static readonly HashSet<string> StockWords = new(StringComparer.Ordinal)
    {
        "shares", "stock", "stocks",
    };

    /// <summary>Verbs and auxiliaries that follow a name opening a sentence ("Contoso said", "Northwind has").</summary>
    public static readonly HashSet<string> SubjectVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "may", "said", "says", "told",
        "reported", "posted", "recorded", "announced", "expects", "expected", "plans", "planned", "aims", "forecast",
        "unveiled", "launched", "opened", "closed", "also", "now", "still",
    };

    /// <summary>Verbs whose subject lasts a duration ("the hiring period lasts 6 months").</summary>
    public static readonly HashSet<string> LastingVerbs = new(StringComparer.Ordinal)
    {
        "last", "lasts", "lasted", "lasting", "run", "runs", "ran", "take", "takes", "took", "spans", "spanned",
    };

    /// <summary>Conjunctions that start a new statement inside a clause; a year beyond one belongs to that statement.</summary>
    public static readonly HashSet<string> ClauseConjunctions = new(StringComparer.Ordinal)
    {
        "and", "but", "while", "whereas", "although", "though", "because",
    };

    /// <summary>Multi-word terms written as one short word in a name.</summary>
    public static readonly (string[] Words, string Abbreviation)[] Abbreviations =
    {
        (new[] { "research", "and", "development" }, "Rd"),
        (new[] { "artificial", "intelligence" }, "Ai"),
        (new[] { "chief", "executive", "officer" }, "Ceo"),
        (new[] { "chief", "financial", "officer" }, "Cfo"),
        (new[] { "chief", "technology", "officer" }, "Cto"),
        (new[] { "gross", "domestic", "product" }, "Gdp"),
        (new[] { "initial", "public", "offering" }, "Ipo"),
        (new[] { "electric", "vehicles" }, "Evs"),
        (new[] { "electric", "vehicle" }, "Ev"),
        (new[] { "mergers", "and", "acquisitions" }, "MAndA"),
        (new[] { "year", "on", "year" }, "YearOnYear"),
    };

    /// <summary>The first words of <see cref="Abbreviations"/>, so most words are ruled out by one lookup.</summary>
    public static readonly HashSet<string> AbbreviationStarts = new(Abbreviations.Select(a => a.Words[0]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Scale words that belong to a number, not to what it counts ("1.2 million vehicles").</summary>
    public static readonly HashSet<string> ScaleWords = new(Numbers.NumberWords.ScaleWordsOfAmounts(), StringComparer.Ordinal);

    /// <summary>English month names, 1-based.</summary>
    public static readonly string[] Months = Recognizers.Dates.MonthTable.Names;

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
