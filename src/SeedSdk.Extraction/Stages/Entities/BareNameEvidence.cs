using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// What the document says about single capitalized words that name nothing known by themselves: how often
/// and where they are written, and whether their neighbours (a role, "of"/"at", "who founded") make them
/// organizations.
/// </summary>
internal sealed class BareNameEvidence
{
    private readonly DocumentContext _context;
    // Per word written as a run of its own: what was seen of it, one lookup for every question.
    private readonly Dictionary<string, Sightings> _seen = new(StringComparer.Ordinal);

    private readonly DocumentWords _words;

    /// <summary>Creates an empty record for <paramref name="context"/>, whose words are <paramref name="words"/>.</summary>
    public BareNameEvidence(DocumentContext context, DocumentWords words)
    {
        _context = context;
        _words = words;
    }

    /// <summary>Whether <paramref name="word"/> was written as a name run of its own somewhere.</summary>
    public bool IsWrittenAlone(string word) => _seen.ContainsKey(word);

    /// <summary>
    /// A single capitalized word that names nothing known but behaves like a company: next to a role
    /// ("analyst at Nomura", "Anker founder Steven Yang"), or used mid-sentence as a possessive or more than
    /// once ("Nio's", "Nio ... Nio").
    /// </summary>
    public bool IsOrganization(NameRun run, string form)
    {
        if (run.Count is > 1 and <= MaxAfterRoleWords && !run.AfterHonorific && !run.Possessive && FollowsRoleAndPreposition(run.First) && !ClassificationByWords.IsPlace(_context.Lexicon, form)
            && !Gazetteer.Of(_context.Lexicon).GivenNames.Contains(_context.TokenList[run.First].Text))
        {
            // "chairwoman of Gree Electric Appliances": a name of a few words after a role and "of".
            return true;
        }

        if (run.Count != 1 || run.AfterHonorific || run.CompoundAdjective || _context.TokenList[run.First].Kind != TokenKind.Word)
        {
            return false;
        }

        // The run's one word is its form: the document's answers for the word hold, unless its possessive was stripped.
        var traits = run.Possessive ? _words.NameTraitsOf(form) : _words.NameTraitsOf(_context.TokenList[run.First]);
        const NameTraits namesSomethingElse = NameTraits.CommonCapital | NameTraits.Demonym | NameTraits.OrganizationCue | NameTraits.EventCue
            | NameTraits.GivenName | NameTraits.SurnameFirst | NameTraits.SurnameLast;
        if ((traits & namesSomethingElse) != 0 || form.Length < 2 || WordClasses.IsSentenceStarter(_context.TokenList.Lexicon, form) || WordClasses.IsFunctionWord(_context.TokenList.Lexicon, form))
        {
            return false;
        }

        if (FollowsRoleAndPreposition(run.First) || PrecedesRoleAndName(run.Last) || IsCitedSource(run) || FollowsCompanyNoun(run.First))
        {
            return true;
        }

        // "the Aurora ... the Aurora": a word written after an article names a product or model, not a company.
        return _seen.TryGetValue(form, out var seen) && seen.MidSentence && !seen.AfterArticle && !seen.Term && !IsModelName(seen)
            && ((run.Possessive && !run.SentenceInitial) || seen.Count >= 2);
    }

    private static readonly PerLexicon<HashSet<string>> PluralRoles = new(lexicon => new(lexicon.List("plural-roles"), StringComparer.OrdinalIgnoreCase));

    private const int ListReach = 40;
    private const int MaxAfterRoleWords = 4;
    private const int MaxListedNameWords = 3;

    // Plural nouns whose examples are companies or institutions: "multinationals such as ...", "partners including ...".
    private static readonly PerLexicon<HashSet<string>> OrganizationHeads = new(lexicon => new(lexicon.List("organization-heads"), StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// "multinationals such as Siemens Healthineers, Nestle and Medtronic", "partners including CATL, Hithium and ...":
    /// a name of up to three words listed after "such as", "including" or "like" whose head names companies.
    /// </summary>
    public bool IsListedOrganization(NameRun run)
    {
        var tokens = _context.TokenList;
        if (!IsListedCandidate(run))
        {
            return false;
        }

        var floor = Math.Max(0, run.First - ListReach);
        for (var k = run.First - 1; k > floor; k--)
        {
            var token = tokens[k];
            if (token.IsWord("including") || token.IsWord("like") || (token.IsWord("as") && tokens[k - 1].IsWord("such")))
            {
                var head = token.IsWord("as") ? k - 2 : k - 1;
                head -= head >= 0 && tokens[head].Is(',') ? 1 : 0;
                return head >= 0 && OrganizationHeads.For(tokens.Lexicon).Contains(tokens[head].Text);
            }

            if (token.Sentence != tokens.SentenceAt(run.First) || !(NameRunScanner.IsNameWord(token) || token.Is(',') || token.IsWord("and") || token.IsWord("the")
                || token.IsWord("of") || token.Is('&')))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A name of up to three words, not at a sentence start, none of them a common capital, given name, place or function
    /// word; only the last of several may be a place, the market a brand serves ("Sequoia China").
    /// </summary>
    public bool IsListedCandidate(NameRun run)
    {
        if (run.Count > MaxListedNameWords || run.AfterHonorific || run.CompoundAdjective || run.SentenceInitial)
        {
            return false;
        }

        for (var i = run.First; i <= run.Last; i++)
        {
            var token = _context.TokenList[i];
            if (_words.IsCommonCapital(token) || _words.IsDemonym(token) || _words.IsGivenName(token) || (_words.IsPlace(token) && (i == run.First || i < run.Last))
                || WordClasses.IsFunctionWord(_context.TokenList.Lexicon, token.Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"chief financial officer of Iberdrola", "analyst at Nomura", "who founded SpaceX": the word after a role and "of"/"at", or a role verb.</summary>
    /// <summary>"chipmaker Hanmi", "conglomerate Vingroup": one unknown word right after a lower-case noun for a kind of company.</summary>
    private bool FollowsCompanyNoun(int first)
    {
        var tokens = _context.TokenList;
        return first > 0 && tokens.SentenceAt(first - 1) == tokens.SentenceAt(first) && tokens.KindAt(first - 1) == TokenKind.Word && !tokens[first - 1].IsCapitalized
            && _words.IsCompanyNoun(tokens[first - 1]);
    }

    /// <summary>
    /// "..., according to Eurostat.": one unknown word cited as a source is an agency, a firm or a publication; a person is
    /// named in full first and found by that name before this is asked.
    /// </summary>
    private bool IsCitedSource(NameRun run)
    {
        var tokens = _context.TokenList;
        return !run.SentenceInitial && !run.Possessive && run.First >= 2 && tokens[run.First - 1].IsWord("to") && tokens[run.First - 2].IsWord("according")
            && tokens.SentenceAt(run.First - 2) == tokens.SentenceAt(run.First);
    }

    private bool FollowsRoleAndPreposition(int first)
    {
        var tokens = _context.TokenList;
        if (first >= 2 && tokens[first - 2].IsWord("who") && RoleLexicon.IsRoleVerb(tokens, first - 1))
        {
            return true;
        }

        var p = first - 1;
        if (p >= 1 && tokens[p].IsWord("the"))
        {
            p--;
        }

        if (p < 1 || !(tokens[p].IsWord("of") || tokens[p].IsWord("at")))
        {
            return false;
        }

        if (tokens[p].IsWord("at") && PluralRoles.For(tokens.Lexicon).Contains(tokens[p - 1].Text))
        {
            // "Analysts at Bernstein said".
            return true;
        }

        for (var start = Math.Max(0, p - 4); start < p; start++)
        {
            if (_words.RoleLengthAt(tokens, start, p) == p - start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Anker founder Steven Yang": a word right before a role phrase that is followed by a name (not "Rotating chairman X").</summary>
    private bool PrecedesRoleAndName(int last)
    {
        var tokens = _context.TokenList;
        if (IsTitleAdjective(tokens.Lexicon, tokens[last].Text))
        {
            return false;
        }

        var length = _words.RoleLengthAt(tokens, last + 1, tokens.Count);
        var name = last + 1 + length;
        // "Home Secretary Yvette Cooper": before a minister's or secretary's title the word is the portfolio, not a company.
        return length > 0 && name < tokens.Count && NameRunScanner.IsNameWord(tokens[name]) && tokens.SentenceAt(name) == tokens.SentenceAt(last)
            && !(length == 1 && RoleLexicon.TakesPortfolio(tokens, last + 1));
    }

    private static readonly PerLexicon<string[]> CommonNounEndings = new(lexicon => lexicon.Words("common-noun-endings"));

    private static readonly PerLexicon<HashSet<string>> TitleAdjectives = new(lexicon => new(lexicon.List("title-adjectives"), StringComparer.Ordinal));

    // Words that open a title rather than name a company: "Rotating chairman", "Executive director", "Opposition leader".
    internal static bool IsTitleAdjective(Lexicon lexicon, string word)
    {
        foreach (var ending in CommonNounEndings.For(lexicon))
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return TitleAdjectives.For(lexicon).Contains(word);
    }

    /// <summary>"Model 3 ... Model 5", "Mate 60": a word written only before a number names a product line, not a company.</summary>
    private static bool IsModelName(Sightings seen) => seen.BeforeNumber > 0 && seen.BeforeNumber == seen.Count;

    /// <summary>Counts a run that named nothing by itself (pass one).</summary>
    public void Count(NameRun run)
    {
        if (run.Count != 1 || WordClasses.IsUnitOrModelCode(_context.TokenList, run.First, run.Last))
        {
            return;
        }

        var form = RunClassifier.FormText(_context, run);
        if (!_seen.TryGetValue(form, out var seen))
        {
            seen = new Sightings();
            _seen[form] = seen;
        }

        seen.Count++;
        if (!run.SentenceInitial)
        {
            seen.MidSentence = true;
        }

        var before = run.First - 1;
        var tokens = _context.TokenList;
        var next = run.Last + 1;
        var following = next < tokens.Count ? tokens[next] : default;
        if (!run.Possessive && next < tokens.Count && following.Kind == TokenKind.Number && following.SpaceBefore && following.Sentence == tokens.SentenceAt(run.Last))
        {
            seen.BeforeNumber++;
        }

        if (before < 0)
        {
            return;
        }

        var preceding = tokens[before];
        if (before >= 1 && preceding.Is('(') && next < tokens.Count && following.Is(')')
            && tokens.KindAt(before - 1) == TokenKind.Word && !tokens[before - 1].IsCapitalized)
        {
            // "high-bandwidth memory (HBM)": a short name for a term, not for a company.
            seen.Term = true;
        }

        if ((preceding.IsWord("the") || preceding.IsWord("a") || preceding.IsWord("an")) && !WordClasses.IsInCapitals(form))
        {
            seen.AfterArticle = true;
        }
    }

    /// <summary>What the document shows of one word written as a run of its own.</summary>
    private sealed class Sightings
    {
        /// <summary>How often it is written.</summary>
        public int Count { get; set; }

        /// <summary>How often a number follows it ("Model 3").</summary>
        public int BeforeNumber { get; set; }

        /// <summary>Written somewhere not at a sentence start.</summary>
        public bool MidSentence { get; set; }

        /// <summary>Written somewhere after "the", "a" or "an".</summary>
        public bool AfterArticle { get; set; }

        /// <summary>Written somewhere in parentheses after a lower-case word, as a term's short name ("memory (HBM)").</summary>
        public bool Term { get; set; }
    }
}
