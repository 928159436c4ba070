using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// The word-list questions the entity stage asks of nearly every token (a title? a role's first word? a reporting
/// verb?), answered once per distinct word of one document and kept by <see cref="Token.TextId"/>, so a scan costs an
/// array read per token instead of case-insensitive hash lookups. Valid only for tokens of the document's own list.
/// </summary>
internal sealed class DocumentWords
{
    [Flags]
    private enum Traits
    {
        None = 0,
        Known = 1 << 30,
        Honorific = 1,
        RoleStart = 2,
        SentenceStarter = 4,
        ReportingVerb = 8,
        Participle = 16,
        PersonalSubjectPronoun = 32,
        OrganizationNoun = 64,
        EventNoun = 128,
        GivenName = 256,
        SurnameFirst = 512,
        OrganizationCue = 1024,
        EventCue = 2048,
        CommonCapital = 4096,
        Demonym = 8192,
        Place = 16384,
        StatementOpener = 32768,
        KnownOrganization = 65536,
        ListWord = 131072,
        Verb = 262144,
        Preposition = 524288,
        Determiner = 1 << 20,
        The = 1 << 21,
        Him = 1 << 22,
        Her = 1 << 23,
        She = 1 << 24,
        CompanyNoun = 1 << 25,
    }

    // Every word of the lists asked about in any case, with the traits it has; the gazetteer's tables as written are in
    // NameWordTraits: the first time a document's word is asked about, two lookups answer every question.
    // One table per lexicon: the reporting verbs and list cues are its words.
    private static readonly PerLexicon<WordTable> AnyCaseTables = new(lexicon => new WordTable(
        StringComparer.OrdinalIgnoreCase,
        (Gazetteer.Of(lexicon).Honorifics, Traits.Honorific),
        (Gazetteer.Of(lexicon).RolesByFirstWord.Keys, Traits.RoleStart),
        (WordClasses.SentenceStarters(lexicon), Traits.SentenceStarter),
        (WordClasses.SubjectPronouns(lexicon), Traits.PersonalSubjectPronoun),
        (WordClasses.Verbs(lexicon), Traits.Verb),
        (WordClasses.Prepositions(lexicon), Traits.Preposition),
        (WordClasses.Determiners(lexicon), Traits.Determiner),
        (ReportingVerbs.Of(lexicon).OpeningWords, Traits.ReportingVerb),
        (ReportingVerbs.Of(lexicon).ParticipleWords, Traits.Participle),
        (ReportingVerbs.Of(lexicon).StatementOpeningWords, Traits.StatementOpener),
        (lexicon.List("coreference-organization-nouns"), Traits.OrganizationNoun),
        (lexicon.List("coreference-event-nouns"), Traits.EventNoun),
        (lexicon.List("list-cues"), Traits.ListWord)));

    // The exact-case traits of the words of NameWordTraits, and the traits they stand for here.
    private static readonly (NameTraits Name, Traits Trait)[] ExactTraits =
    {
        (NameTraits.GivenName, Traits.GivenName),
        (NameTraits.SurnameFirst, Traits.SurnameFirst),
        (NameTraits.OrganizationCue, Traits.OrganizationCue),
        (NameTraits.EventCue, Traits.EventCue),
        (NameTraits.CommonCapital, Traits.CommonCapital),
        (NameTraits.Demonym, Traits.Demonym),
        (NameTraits.Place, Traits.Place),
        (NameTraits.KnownOrganization, Traits.KnownOrganization),
        (NameTraits.CompanyNoun, Traits.CompanyNoun),
    };

    // The any-case words of the document's lexicon.
    private readonly WordTable _anyCaseWords;

    // The exact-case name words of the document's lexicon.
    private readonly NameWordTraits _nameWords;

    // Per distinct word of the document: its traits, with Known once looked up.
    private readonly Traits[] _traits;

    // Per distinct word of the document: its traits as a name word (see NameWordTraits), with Known once looked up.
    private readonly NameTraits[] _nameTraits;

    /// <summary>Creates an empty table for the words of <paramref name="context"/>.</summary>
    public DocumentWords(DocumentContext context)
    {
        _anyCaseWords = AnyCaseTables.For(context.Lexicon);
        _nameWords = NameWordTraits.For(context.Lexicon);
        _traits = new Traits[context.DistinctTexts];
        _nameTraits = new NameTraits[context.DistinctTexts];
    }

    /// <summary>What the word lists say of the name word <paramref name="token"/> (see <see cref="NameWordTraits"/>).</summary>
    public NameTraits NameTraitsOf(Token token)
    {
        var id = token.TextId;
        if (_nameTraits[id] == NameTraits.None)
        {
            Learn(id, token.Text);
        }

        return _nameTraits[id];
    }

    /// <summary>What the word lists say of <paramref name="form"/>, a name's word or words as written, not a token of the document.</summary>
    public NameTraits NameTraitsOf(string form) => _nameWords.Of(form);

    /// <summary>A title stripped from names ("Mr", "Professor"), in any case.</summary>
    public bool IsHonorific(Token token) => Has(token, Traits.Honorific);

    /// <summary>A word that is only capitalized because it starts a sentence (see <see cref="WordClasses.IsSentenceStarter"/>).</summary>
    public bool IsSentenceStarter(Token token) => Has(token, Traits.SentenceStarter);

    /// <summary>"He" or "she" in any case.</summary>
    public bool IsPersonalSubjectPronoun(Token token) => token.Text.Length is 2 or 3 && Has(token, Traits.PersonalSubjectPronoun);

    /// <summary>"the" in any case.</summary>
    public bool IsThe(Token token) => Has(token, Traits.The);

    /// <summary>"she" in any case.</summary>
    public bool IsShe(Token token) => Has(token, Traits.She);

    /// <summary>"him" or "her" in any case.</summary>
    public bool IsObjectPronoun(Token token) => Has(token, Traits.Him | Traits.Her);

    /// <summary>"her" in any case.</summary>
    public bool IsHer(Token token) => Has(token, Traits.Her);

    /// <summary>A word coreference may resolve: "he", "she", "him", "her", or "the" before a description.</summary>
    public bool MayReferBack(Token token) => Has(token, Traits.PersonalSubjectPronoun | Traits.Him | Traits.Her | Traits.The);

    /// <summary>A noun for an organization, possibly possessive ("company", "ministry's"): the lexicon's <c>coreference-organization-nouns</c>.</summary>
    public bool IsOrganizationNoun(Token token) => Has(token, Traits.OrganizationNoun);

    /// <summary>A noun for an event ("summit", "expo"): the lexicon's <c>coreference-event-nouns</c>.</summary>
    public bool IsEventNoun(Token token) => Has(token, Traits.EventNoun);

    /// <summary>A lower-case noun for a kind of company, as written: see <see cref="ClassificationByWords.IsOrganizationNoun"/>.</summary>
    public bool IsCompanyNoun(Token token) => Has(token, Traits.CompanyNoun);

    /// <summary>A given name of the gazetteer ("Sarah").</summary>
    public bool IsGivenName(Token token) => Has(token, Traits.GivenName);

    /// <summary>A family name written first, of the gazetteer ("Wang").</summary>
    public bool IsSurnameFirst(Token token) => Has(token, Traits.SurnameFirst);

    /// <summary>A word that ends or heads an organization's name ("University", "Ministry").</summary>
    public bool IsOrganizationCue(Token token) => Has(token, Traits.OrganizationCue);

    /// <summary>A word that ends or heads an event's name ("Summit", "Expo").</summary>
    public bool IsEventCue(Token token) => Has(token, Traits.EventCue);

    /// <summary>A capitalized word that names nothing by itself ("March").</summary>
    public bool IsCommonCapital(Token token) => Has(token, Traits.CommonCapital);

    /// <summary>A nationality adjective ("Chinese").</summary>
    public bool IsDemonym(Token token) => Has(token, Traits.Demonym);

    /// <summary>An organization known by name without a cue word.</summary>
    public bool IsKnownOrganization(Token token) => Has(token, Traits.KnownOrganization);

    /// <summary>A place of the gazetteer, written as one word.</summary>
    public bool IsPlace(Token token) => Has(token, Traits.Place);

    /// <summary>A word a statement's verb can start with ("said", "adding", "according"): see <see cref="ReportingVerbs.StatementOpeningWords"/>.</summary>
    public bool MayOpenStatement(Token token) => Has(token, Traits.StatementOpener);

    /// <summary>A word that can open a list or join its items: the lexicon's list "list-cues".</summary>
    public bool IsListWord(Token token) => Has(token, Traits.ListWord);

    /// <summary>A common verb form: see <see cref="WordClasses.IsVerb"/>.</summary>
    public bool IsVerb(Token token) => Has(token, Traits.Verb);

    /// <summary>A determiner: see <see cref="WordClasses.IsDeterminer"/>.</summary>
    public bool IsDeterminer(Token token) => Has(token, Traits.Determiner);

    /// <summary>A preposition: see <see cref="WordClasses.IsPreposition"/>.</summary>
    public bool IsPreposition(Token token) => Has(token, Traits.Preposition);

    /// <summary>As <see cref="RoleLexicon.MatchAt"/>, skipping at once the words no role phrase starts with.</summary>
    public int RoleLengthAt(TokenList tokens, int index, int end)
    {
        var length = index < end && Has(tokens[index], Traits.RoleStart) ? RoleLexicon.MatchAt(tokens, index, end) : 0;
        return length == 1 && IsGivenNameBeforeName(tokens, index, end) ? 0 : length;
    }

    /// <summary>"Dean Jones": a capitalized one-word role that is also a given name, right before a name word, starts the name.</summary>
    private bool IsGivenNameBeforeName(TokenList tokens, int index, int end)
    {
        if (index + 1 >= end || !tokens[index].IsCapitalized || !NameRunScanner.IsNameWord(tokens[index + 1]))
        {
            return false;
        }

        const NameTraits givenName = NameTraits.GivenName | NameTraits.ListedGivenName | NameTraits.ListedGivenNameWord;
        return (NameTraitsOf(tokens[index]) & givenName) != 0;
    }

    /// <summary>As <see cref="ReportingVerbs.Length"/>, skipping at once the words that are no reporting verb.</summary>
    public int ReportingVerbLength(TokenList tokens, int index)
        => index < tokens.Count && Has(tokens[index], Traits.ReportingVerb) ? ReportingVerbs.Length(tokens, index) : 0;

    /// <summary>As <see cref="ReportingVerbs.ParticipleLength"/>, skipping at once the words that are no participle of one.</summary>
    public int ParticipleLength(TokenList tokens, int index)
        => index < tokens.Count && Has(tokens[index], Traits.Participle) ? ReportingVerbs.ParticipleLength(tokens, index) : 0;

    private bool Has(Token token, Traits trait)
    {
        var id = token.TextId;
        if (_traits[id] == Traits.None)
        {
            Learn(id, token.Text);
        }

        return (_traits[id] & trait) != 0;
    }

    /// <summary>Looks the word with id <paramref name="id"/> up once for both its traits and its traits as a name word.</summary>
    private void Learn(int id, string word)
    {
        var name = _nameWords.Of(word);
        _nameTraits[id] = NameTraits.Known | name;
        _traits[id] = Traits.Known | TraitsOf(word, name);
    }

    private Traits TraitsOf(string word, NameTraits name)
    {
        var traits = _anyCaseWords.TraitsOf(word) | ShortWordTraits(word);
        if (name != NameTraits.None)
        {
            foreach (var (nameTrait, trait) in ExactTraits)
            {
                if ((name & nameTrait) != 0)
                {
                    traits |= trait;
                }
            }
        }

        var bare = WordClasses.StripPossessive(word);
        if (!ReferenceEquals(bare, word))
        {
            // "the company's": a noun for an organization is known without its possessive.
            traits &= ~Traits.OrganizationNoun;
            traits |= _anyCaseWords.TraitsOf(bare) & Traits.OrganizationNoun;
        }

        return traits;
    }

    /// <summary>The words coreference looks for, each in any case.</summary>
    private static Traits ShortWordTraits(string word)
    {
        if (word.Length != 3)
        {
            return Traits.None;
        }

        return string.Equals(word, "the", StringComparison.OrdinalIgnoreCase) ? Traits.The
            : string.Equals(word, "him", StringComparison.OrdinalIgnoreCase) ? Traits.Him
            : string.Equals(word, "her", StringComparison.OrdinalIgnoreCase) ? Traits.Her
            : string.Equals(word, "she", StringComparison.OrdinalIgnoreCase) ? Traits.She
            : Traits.None;
    }

    /// <summary>Words with their traits, and the ASCII characters they start with, so most other words need no lookup.</summary>
    private sealed class WordTable
    {
        private readonly Dictionary<string, Traits> _traits;
        private readonly bool[] _asciiStarts = new bool[128];
        // For a table in any case whose words are all ASCII: the same words in lower case, compared exactly, so a word in
        // ASCII lower case (most words of prose) is found without the slower case-insensitive hashing.
        private readonly Dictionary<string, Traits>? _lowerCase;
        // Turns away most words the table does not hold before they are hashed; null for a table in any case with other than ASCII words.
        private readonly WordFilter? _filter;

        public WordTable(StringComparer comparer, params (IEnumerable<string> Words, Traits Trait)[] lists)
        {
            _traits = new Dictionary<string, Traits>(comparer);
            var anyCase = comparer.Equals("a", "A");
            foreach (var (words, trait) in lists)
            {
                foreach (var word in words)
                {
                    _traits[word] = (_traits.TryGetValue(word, out var known) ? known : Traits.None) | trait;
                    var first = word.Length > 0 ? word[0] : '\0';
                    MarkStart(first);
                    if (anyCase)
                    {
                        // Case-insensitive matching compares upper cases: mark both cases of that upper case.
                        var upper = char.ToUpperInvariant(first);
                        MarkStart(upper);
                        MarkStart(char.ToLowerInvariant(upper));
                    }
                }
            }

            if (anyCase && _traits.Keys.All(IsAscii))
            {
                _lowerCase = new Dictionary<string, Traits>(StringComparer.Ordinal);
                foreach (var pair in _traits)
                {
                    _lowerCase[pair.Key.ToLowerInvariant()] = pair.Value;
                }
            }

            if (!anyCase || _lowerCase is not null)
            {
                _filter = new WordFilter(asciiAnyCase: anyCase);
                foreach (var word in _traits.Keys)
                {
                    _filter.Add(word);
                }
            }
        }

        private static bool IsAscii(string word) => word.All(c => c < 128);

        /// <summary>Whether <paramref name="word"/> is all ASCII without a capital letter.</summary>
        private static bool IsAsciiLowerCase(string word)
        {
            foreach (var c in word)
            {
                if (c >= 128 || c is >= 'A' and <= 'Z')
                {
                    return false;
                }
            }

            return true;
        }

        private void MarkStart(char c)
        {
            if (c < 128)
            {
                _asciiStarts[c] = true;
            }
        }

        public Traits TraitsOf(string word)
        {
            if (word.Length > 0 && word[0] < 128 && !_asciiStarts[word[0]])
            {
                return Traits.None;
            }

            if (_filter is not null && !_filter.MayContain(word))
            {
                return Traits.None;
            }

            if (_lowerCase is not null && IsAsciiLowerCase(word))
            {
                return _lowerCase.TryGetValue(word, out var found) ? found : Traits.None;
            }

            return _traits.TryGetValue(word, out var traits) ? traits : Traits.None;
        }
    }
}
