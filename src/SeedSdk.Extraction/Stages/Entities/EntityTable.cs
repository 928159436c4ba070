using System;
using System.Collections.Generic;
using System.Text;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// Builds the document's entity table in two linear passes over the name runs: the first registers
/// every run that names something by itself (with its keys: full form, short form without "Group" or
/// "Inc.", initials, family name); the second links every run, including bare short forms, family
/// names and acronyms, to those entities.
/// </summary>
internal sealed class EntityTable
{
    private static readonly HashSet<string> ShortFormSuffixes = new(StringComparer.Ordinal)
    {
        "Group", "Inc", "Incorporated", "Co", "Company", "Corp", "Corporation", "Ltd", "Limited", "Holdings", "Holding", "LLC", "PLC", "Plc",
        "AG", "SA", "GmbH", "Technologies", "Technology", "Motors", "Motor", "Electronics", "Industries", "International", "Global",
        "Automobile", "Automobiles", "Automotive", "Auto", "Semiconductor", "Semiconductors", "Securities", "Pharmaceutical", "Pharmaceuticals",
        "Pharma", "Energy", "Power", "Materials", "Building", "Steel", "Chemical", "Chemicals", "Airlines", "Telecom", "Communications",
        "Networks", "Systems", "Software", "Robotics", "Logistics", "Capital", "Investment", "Investments", "Insurance", "Shipping", "Mining",
        "Resources", "Foods", "Media", "Entertainment", "Solar", "Battery", "Biotech", "Biotechnology", "Aerospace", "Machinery", "Equipment",
        "AI", "Labs", "Lab", "Therapeutics", "Ventures", "Partners", "Bio", "Diagnostics", "Biosciences", "Solutions", "Healthcare",
    };

    private readonly DocumentContext _context;
    private readonly EntityAnalysis _analysis;
    private static readonly FactKind[] NamedKinds = { FactKind.Person, FactKind.Organization, FactKind.Event };

    private readonly EntityKeys _byKey = new();
    private readonly Dictionary<string, Entity> _byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _byFirstWord = new(StringComparer.Ordinal);

    // First words that many organizations share, so they never stand for one alone.
    private static readonly HashSet<string> SharedFirstWords = new(StringComparer.Ordinal)
    {
        "National", "General", "New", "First", "Central", "International", "United", "Global", "Royal", "Federal", "State", "Great",
        "Bank", "University", "Ministry", "The", "China", "American", "European", "Asian", "World", "Standard", "Capital", "Union",
    };
    private readonly BareNameEvidence _bare;
    private readonly RunWords _nameWords = new();
    // The run whose words _nameWords holds.
    private NameRun? _wordsRun;
    private NameRun? _formRun;
    private string _form = string.Empty;
    // The document's runs, the run being worked on and what was found once of each: each pass over the runs asks again.
    private List<NameRun> _runs = new();
    private RunNotes[] _runNotes = Array.Empty<RunNotes>();
    private int _runIndex = -1;
    // Names of several words, one string per distinct name: "Acme Power Group" written a hundred times is one string.
    private readonly TextPool _multiWordForms = new(0);

    // Registered organizations by the first word of their name, and whether the rest only names the company's type.
    private readonly List<(char Initial, string FirstWord, bool OneWordCore, Entity Entity)> _organizationHeads = new();
    private const int AbbreviationReach = 64;

    private EntityTable(DocumentContext context)
    {
        _context = context;
        _analysis = new EntityAnalysis(context.TokenList.Count, new DocumentWords(context));
        _bare = new BareNameEvidence(context, _analysis.Words);
    }

    /// <summary>Whether <paramref name="word"/> names a company's type or trade ("Group", "Motors", "Automobile").</summary>
    public static bool IsCompanyTypeWord(string word) => ShortFormSuffixes.Contains(word);

    /// <summary>The words of <see cref="IsCompanyTypeWord"/>.</summary>
    public static IEnumerable<string> CompanyTypeWords => ShortFormSuffixes;

    /// <summary>Finds, registers and links every entity of <paramref name="context"/>.</summary>
    public static EntityAnalysis Build(DocumentContext context)
    {
        var table = new EntityTable(context);
        var runs = NameRunScanner.Scan(context, table._analysis.Words);
        table._runs = runs;
        table._runNotes = new RunNotes[runs.Count];
        // Most runs become one mention and the rest none: room for that many at once spares copying a growing list.
        table._analysis.Mentions.Capacity = runs.Count + 16;
        var kinds = new RunKinds(runs.Count);
        // The runs written in parentheses right after a name ("(NPC)"), asked once.
        var parenthesized = new bool[runs.Count];
        for (var r = 0; r < runs.Count; r++)
        {
            table._runIndex = r;
            parenthesized[r] = table.NameBeforeParentheses(runs[r]) >= 0;
            kinds[r] = parenthesized[r] ? null : table.Classify(runs[r]);
            table.Register(runs[r], kinds[r]);
        }

        for (var r = 0; r < runs.Count; r++)
        {
            table._runIndex = r;
            if (kinds[r] is null && table.IsNameWithReusedSurname(runs[r]))
            {
                kinds[r] = FactKind.Person;
                table.Register(runs[r], FactKind.Person);
            }
        }

        for (var r = 0; r < runs.Count; r++)
        {
            table._runIndex = r;
            if (kinds[r] is null && table.IsOrganizationByContext(runs[r]))
            {
                // Registered before linking, so a mention written earlier at a sentence start ("Acme Power will ...") is found.
                kinds[r] = FactKind.Organization;
                table.Register(runs[r], FactKind.Organization);
            }
        }

        table.LinkDatelines();
        var shortNames = table.ParenthesizedShortNames(runs, parenthesized);
        var deferred = new List<int>();
        for (var r = 0; r < runs.Count; r++)
        {
            table._runIndex = r;
            if (table._analysis.StartingAt(runs[r].First) is not null)
            {
                continue;
            }

            if (kinds[r] is FactKind.Organization && shortNames.Count > 0 && shortNames.Contains(table.FormText(runs[r])) && !parenthesized[r])
            {
                // "a deputy to the NPC ... the National People's Congress (NPC)": linked once the text has defined the short name.
                deferred.Add(r);
                continue;
            }

            table.Link(runs[r], kinds[r]);
        }

        foreach (var r in deferred)
        {
            table._runIndex = r;
            if (table._analysis.StartingAt(runs[r].First) is null)
            {
                table.Link(runs[r], kinds[r]);
            }
        }

        table.LinkCoordinatedOrganizations(runs);
        Coreference.Resolve(context, table._analysis);
        return table._analysis;
    }

    private void Register(NameRun run, FactKind? kind)
    {
        switch (kind)
        {
            case null:
                _bare.Count(run);
                break;
            case FactKind.Event:
                EntityFor(FactKind.Event, FormText(run));
                if (OrganizationInEvent(run) is { } tail)
                {
                    RegisterOrganization(tail);
                }

                break;
            case FactKind.Organization:
                RegisterOrganization(run);
                break;
            case FactKind.Location:
                var place = EntityFor(FactKind.Location, LocationKey(FormText(run)));
                if (IsCurrentRun(run))
                {
                    _runNotes[_runIndex].Location = place;
                }

                break;
            default:
                RegisterPerson(run);
                break;
        }
    }

    private void Link(NameRun run, FactKind? kind)
    {
        switch (kind)
        {
            case null:
                LinkUnclassified(run);
                break;
            case FactKind.Event:
                AddMention(run, _byKey[FactKind.Event, FormText(run)]);
                if (OrganizationInEvent(run) is { } tail)
                {
                    LinkOrganization(tail);
                }

                break;
            case FactKind.Organization:
                LinkOrganization(run);
                // After the body's own mentions, so a short name in parentheses after it stays the body's.
                LinkSessionOf(run);
                break;
            case FactKind.Location:
                AddMention(run, (IsCurrentRun(run) ? _runNotes[_runIndex].Location : null) ?? _byKey[FactKind.Location, LocationKey(FormText(run))]);
                break;
            default:
                LinkPerson(run);
                break;
        }
    }

    // Bodies that meet in numbered sessions: "the third session of the 14th National People's Congress".
    private static readonly HashSet<string> SessionBodies = new(StringComparer.Ordinal)
    {
        "Congress", "Committee", "Conference", "Assembly", "Parliament", "Council",
    };

    /// <summary>
    /// "the third session of the 14th National People's Congress", "the second plenary session of the 20th Central
    /// Committee": a numbered session of a body, written in lower case, is an event named as written (the body stays a
    /// mention of its own, as in the capitalized form).
    /// </summary>
    private void LinkSessionOf(NameRun run)
    {
        var tokens = _context.TokenList;
        var last = tokens[run.Last].Text;
        if (!SessionBodies.Contains(run.Possessive ? WordClasses.StripPossessive(last) : last) || run.Possessive)
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

        if (!char.IsLower(tokens[start].Text[0]) || !WordClasses.IsOrdinalWord(tokens[start].Text) || tokens.SentenceAt(start) != tokens.SentenceAt(run.First) || _analysis.StartingAt(start) is not null)
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

    /// <summary>
    /// "Reliance Industries, Adani Group and Infosys": a name left unexplained, coordinated with an organization by a
    /// comma or "and", is an organization too (a pass each way, so a chain of them is found).
    /// </summary>
    private void LinkCoordinatedOrganizations(List<NameRun> runs)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            var linked = false;
            for (var n = 0; n < runs.Count; n++)
            {
                _runIndex = pass == 0 ? n : runs.Count - 1 - n;
                var run = runs[_runIndex];
                if (_analysis.StartingAt(run.First) is null && IsCoordinatedWithOrganization(run) && _bare.IsListedCandidate(run))
                {
                    var form = FormText(run);
                    var entity = KnownOrganization(form) ?? FirstWordOf(run, form) ?? EntityFor(FactKind.Organization, form);
                    AddMention(run, entity);
                    linked = true;
                }
            }

            if (!linked)
            {
                // Nothing changed: the pass back would find nothing either.
                break;
            }
        }
    }

    /// <summary>"Kestrel" for "Kestrel AI": the organization a one-word run is the distinctive first word of, or null.</summary>
    private Entity? FirstWordOf(NameRun run, string form) => run.Count == 1 && _byFirstWord.TryGetValue(form, out var entity) ? entity : null;

    /// <summary>
    /// "Volkswagen ... VW", "Federal Reserve ... the Fed": a one-word run in capitals whose letters run in order through a
    /// one-word company name, or a clipped first word of a longer name; checked against the latest organizations only.
    /// </summary>
    private Entity? AbbreviatedOrganization(NameRun run, string form)
    {
        if (run.Count != 1 || form.Length is < 2 or > MaxClippedLetters || NameWordTraits.Has(form, NameTraits.KnownOrganization | NameTraits.Place | NameTraits.CommonCapital)
            || WordClasses.IsFunctionWord(form) || IsInDateline(_context, run.First))
        {
            // "CAMBRIDGE, Mass. --": a dateline abbreviates a state, not a company.
            return null;
        }

        var acronym = WordClasses.IsInCapitals(form);
        var initial = form[0];
        for (var i = _organizationHeads.Count - 1; i >= 0 && i >= _organizationHeads.Count - AbbreviationReach; i--)
        {
            if (_organizationHeads[i].Initial != initial)
            {
                // Both ways of abbreviating keep the first letter.
                continue;
            }

            var (_, firstWord, oneWordCore, entity) = _organizationHeads[i];
            if (acronym && form.Length >= 5 && firstWord[0] == form[0] && ClipsAnyForm(form, entity))
            {
                // "Ministry of Commerce ... MOFCOM".
                return entity;
            }

            if (form.Length > 4 || firstWord.Length <= form.Length || firstWord[0] != form[0])
            {
                continue;
            }

            if (acronym ? oneWordCore && LettersInOrder(form, firstWord) : !oneWordCore && form.Length >= 3 && firstWord.StartsWith(form, StringComparison.Ordinal))
            {
                return entity;
            }
        }

        return null;
    }

    private static bool ClipsAnyForm(string letters, Entity entity)
    {
        foreach (var written in entity.Forms)
        {
            if (ClipsWords(letters, written.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LettersInOrder(string letters, string word)
    {
        var k = 0;
        for (var i = 0; i < word.Length && k < letters.Length; i++)
        {
            if (char.ToUpperInvariant(word[i]) == letters[k])
            {
                k++;
            }
        }

        return k == letters.Length;
    }

    private bool IsCoordinatedWithOrganization(NameRun run)
    {
        var tokens = _context.TokenList;
        var before = run.First - 1;
        if (before >= 1 && WordClasses.IsCommaOrAnd(tokens[before]) && _analysis.EndingAt(before - 1) is { Entity.Kind: FactKind.Organization })
        {
            return true;
        }

        var after = run.Last + 1;
        return after + 1 < tokens.Count && !run.Possessive && WordClasses.IsCommaOrAnd(tokens[after]) && _analysis.StartingAt(after + 1) is { Entity.Kind: FactKind.Organization };
    }

    /// <summary>
    /// "SHENZHEN, March 28 --": the place in capitals that opens a dateline sentence is a mention of that place, named as
    /// the gazetteer writes it ("Shenzhen").
    /// </summary>
    private void LinkDatelines()
    {
        var tokens = _context.TokenList;
        for (var sentence = 0; sentence < _context.SentenceTokens.Count; sentence++)
        {
            var (first, count) = _context.SentenceTokens[sentence];
            if (!IsDateline(_context, sentence))
            {
                continue;
            }

            var end = first;
            var name = new StringBuilder();
            while (end < first + count && IsInCapitals(tokens[end]))
            {
                name.Append(name.Length > 0 ? " " : string.Empty).Append(tokens[end].Text[0]).Append(tokens[end].Text.Substring(1).ToLowerInvariant());
                end++;
            }

            var place = name.ToString();
            if (!RunClassifier.IsPlace(place))
            {
                continue;
            }

            var entity = EntityFor(FactKind.Location, LocationKey(place));
            var start = tokens.StartAt(first);
            // Named only when the place is not written again in the text's own letters.
            AddMention(new Mention(entity, place, start, tokens[end - 1].End - start, first, end - 1, end - first, canBeCanonical: false));
        }
    }

    private const int MaxDatelineTokens = 16;

    /// <summary>
    /// "SEOUL, March 12 (Reuters) -", "BEIJING, Sept. 3, 2024 /PRNewswire/ --": whether the sentence opens with a dateline, a word
    /// in capitals and then, before any lower-case word, a spaced dash; the agency named in it is no subject of the story.
    /// </summary>
    public static bool IsDateline(DocumentContext context, int sentence) => DatelineEnd(context, sentence) >= 0;

    /// <summary>Whether token <paramref name="index"/> lies in its sentence's dateline (see <see cref="IsDateline"/>).</summary>
    public static bool IsInDateline(DocumentContext context, int index)
    {
        var end = DatelineEnd(context, context.TokenList[index].Sentence);
        return end >= 0 && index < end;
    }

    private static bool IsDash(Token token) => token.Is('-') || token.Is('\u2014') || token.Is('\u2013');

    /// <summary>The index of the dash that ends the sentence's dateline, or -1.</summary>
    public static int DatelineEnd(DocumentContext context, int sentence)
    {
        var tokens = context.TokenList;
        var (first, count) = context.SentenceTokens[sentence];
        if (count < 3 || !IsInCapitals(tokens[first]))
        {
            return -1;
        }

        var end = first + Math.Min(count, MaxDatelineTokens);
        for (var i = first + 1; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol && IsDash(token) && token.SpaceBefore)
            {
                // "BRUSSELS --": a doubled hyphen ends the dateline at its second half.
                while (i + 1 < first + count && IsDash(tokens[i + 1]) && !tokens[i + 1].SpaceBefore)
                {
                    i++;
                }

                return i;
            }

            if (token.Kind == TokenKind.Word && char.IsLower(token.Text[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsInCapitals(Token token) => token.Kind == TokenKind.Word && token.Text.Length >= 2 && WordClasses.IsInCapitals(token.Text);

    /// <summary>A person's mention; "Mr. Haas" goes to "Rene Haas" when that full name is known.</summary>
    private void LinkPerson(NameRun run)
    {
        var form = FormText(run);
        var entity = run.Count == 1 && _byAlias.TryGetValue(form, out var full) && full.Kind == FactKind.Person ? full : _byKey[FactKind.Person, form];
        AddMention(run, entity);
    }

    /// <summary>
    /// "Rene Haas ... Haas said": two or three capitalized words, naming nothing else, whose last word is also
    /// written alone elsewhere in the document, are a person's full name and family name.
    /// </summary>
    private bool IsNameWithReusedSurname(NameRun run)
    {
        var tokens = _context.TokenList;
        if (run.Count is < 2 or > 3 || run.CompoundAdjective || run.Possessive && run.Count < 2)
        {
            return false;
        }

        var words = _analysis.Words;
        for (var i = run.First; i <= run.Last; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || !token.IsCapitalized || words.IsCommonCapital(token) || words.IsDemonym(token) || words.IsOrganizationCue(token)
                || words.IsEventCue(token) || words.IsPlace(token) || words.IsSentenceStarter(token))
            {
                return false;
            }
        }

        var surname = WordClasses.StripPossessive(tokens[run.Last].Text);
        return _bare.IsWrittenAlone(surname) || _byKey.Contains(FactKind.Person, surname);
    }

    /// <summary>
    /// "chief executive of Acme Power", "Analysts at Acme Power": a name of a few words, not at a sentence start, naming
    /// nothing else, that its neighbours make an organization (see <see cref="BareNameEvidence.IsOrganization"/>).
    /// </summary>
    private bool IsOrganizationByContext(NameRun run)
    {
        if (run.Count < 2 || run.SentenceInitial || NameBeforeParentheses(run) >= 0 || HasTouchingHyphen(run))
        {
            return false;
        }

        var form = FormText(run);
        return !NameWordTraits.Has(form, NameTraits.CommonCapital | NameTraits.Demonym) && FindByForm(form) is null
            && TitledName.PersonAfterPortfolio(_context.TokenList, run) is null && _bare.IsOrganization(run, form);
    }

    private bool HasTouchingHyphen(NameRun run)
    {
        for (var i = run.First + 1; i < run.Last; i++)
        {
            if (_context.TokenList[i].Is('-') && !_context.TokenList[i].SpaceBefore)
            {
                return true;
            }
        }

        return false;
    }

    private void RegisterOrganization(NameRun run)
    {
        var core = WithoutOrdinal(run);
        var form = FormText(core);
        if (_byKey.Contains(FactKind.Organization, form))
        {
            return;
        }

        var words = NameWordsOf(core);
        var shortForm = ShortForm(words.Texts);
        var first = words[0];
        var distinctiveFirst = words.Count >= 2 && !SharedFirstWords.Contains(first)
            && !words.Is(0, NameTraits.Place | NameTraits.Demonym | NameTraits.CommonCapital | NameTraits.OrganizationCue);

        // "Gree Electric Appliances ... Gree said": a one-word organization and a longer name it is the distinctive first word of, in either order.
        var entity = KnownOrganization(shortForm) ?? KnownOrganization(form) ?? RegisteredOrganization(shortForm) ?? FirstWordOf(core, form)
            ?? (distinctiveFirst && !_byFirstWord.ContainsKey(first) ? RegisteredOrganization(first) : null) ?? NewEntity(FactKind.Organization);
        _byKey[FactKind.Organization, form] = entity;
        if (shortForm is not null)
        {
            _byAlias[shortForm] = entity;
        }

        _organizationHeads.Add((first[0], first, shortForm is not null && shortForm.IndexOf(' ') < 0 || words.Count == 1, entity));
        if (distinctiveFirst && !_byFirstWord.ContainsKey(first))
        {
            _byFirstWord[first] = entity;
        }

        var part = HyphenatedLastPart(core);
        if (part is not null && !_byAlias.ContainsKey(part))
        {
            // "A.P. Moller-Maersk ... Maersk shares fell": the last part of a hyphenated name stands for the company.
            _byAlias[part] = entity;
        }

        var initials = Initials(words.Texts);
        if ((words.Count >= 3 || (words.Count == 2 && shortForm is null)) && !NameWordTraits.Has(initials, NameTraits.CommonCapital) && !_byAlias.ContainsKey(initials))
        {
            _byAlias[initials] = entity;
        }
    }

    /// <summary>"Maersk" of "A.P. Moller-Maersk": a capitalized word of three letters or more hyphenated to the name word before it, when it ends the name.</summary>
    private string? HyphenatedLastPart(NameRun run)
    {
        var tokens = _context.TokenList;
        var last = run.Last;
        if (last - run.First < 2 || !tokens[last - 1].Is('-') || tokens[last - 1].SpaceBefore || !tokens[last - 2].IsCapitalized)
        {
            return null;
        }

        var part = run.Possessive ? WordClasses.StripPossessive(tokens[last].Text) : tokens[last].Text;
        return part.Length >= 3 && char.IsUpper(part[0])
            && !NameWordTraits.Has(part, NameTraits.Place | NameTraits.CommonCapital | NameTraits.Demonym | NameTraits.OrganizationCue | NameTraits.CompanyType)
            ? part
            : null;
    }

    private Entity? KnownOrganization(string? alias)
        => alias is not null && _byAlias.TryGetValue(alias, out var existing) && existing.Kind == FactKind.Organization ? existing : null;

    private Entity? RegisteredOrganization(string? form)
        => form is not null && _byKey.TryGetValue(FactKind.Organization, form, out var existing) ? existing : null;

    private void LinkOrganization(NameRun run)
    {
        var core = WithoutOrdinal(run);
        var entity = _byKey[FactKind.Organization, FormText(core)];
        if (core.First != run.First)
        {
            AddMention(run, entity, canBeCanonical: false);
        }

        AddMention(core, entity);
    }

    private void RegisterPerson(NameRun run)
    {
        var form = FormText(run);
        if (_byKey.Contains(FactKind.Person, form))
        {
            return;
        }

        var words = NameWordsOf(run);
        if (words.Count == 1 && _byAlias.TryGetValue(words[0], out var known) && known.Kind == FactKind.Person)
        {
            _byKey[FactKind.Person, form] = known;
            return;
        }

        if (words.Count == 2 && _byKey.TryGetValue(FactKind.Person, words[1] + " " + words[0], out var reversed))
        {
            // "Kenichiro Yoshida ... Yoshida Kenichiro": one person in both name orders.
            _byKey[FactKind.Person, form] = reversed;
            return;
        }

        var entity = NewEntity(FactKind.Person);
        entity.SurnameFirst = RunClassifier.IsSurnameFirstName(words) && !words.Is(0, NameTraits.GivenName);
        _byKey[FactKind.Person, form] = entity;
        if (words.Count >= 2)
        {
            var surname = entity.SurnameFirst ? words[0] : words[words.Count - 1];
            if (!_byAlias.ContainsKey(surname))
            {
                _byAlias[surname] = entity;
            }

            // "Professor Sato Haruki ... Sato said": a name order the tables cannot tell; the other end may be the family name.
            var otherIndex = entity.SurnameFirst ? words.Count - 1 : 0;
            var other = words[otherIndex];
            if (words.Count <= 3 && !words.Is(otherIndex, NameTraits.GivenName) && !_byAlias.ContainsKey(other))
            {
                _byAlias[other] = entity;
            }

            var tokens = _context.TokenList;
            for (var i = run.First + 1; i < run.Last; i++)
            {
                // "Luiz Inacio Lula da Silva ... Lula said": the name before the particles is used alone too.
                var name = tokens[i].Text;
                if (NameRunScanner.IsNameParticle(tokens[i + 1].Text) && tokens[i].IsCapitalized && !NameWordTraits.Has(name, NameTraits.GivenName)
                    && !_byAlias.ContainsKey(name))
                {
                    _byAlias[name] = entity;
                }
            }
        }
    }

    private void LinkUnclassified(NameRun run)
    {
        var form = FormText(run);
        var namesNothing = run.Count == 1 && !run.Possessive
            ? _analysis.Words.IsCommonCapital(_context.TokenList[run.First]) || _analysis.Words.IsDemonym(_context.TokenList[run.First])
            : NameWordTraits.Has(form, NameTraits.CommonCapital | NameTraits.Demonym);
        if (namesNothing || RunClassifier.IsCurrencyPrefix(_context.TokenList, run) || RunClassifier.IsCurrencyName(_context.TokenList, run)
            || WordClasses.IsUnitOrModelCode(_context.TokenList, run.First, run.Last))
        {
            return;
        }

        Entity? entity = null;
        var named = NameBeforeParentheses(run);
        if (named >= 0)
        {
            entity = _analysis.EndingAt(named)?.Entity;
            if (entity is not null && !CanAbbreviate(entity, form))
            {
                entity = null;
            }

            if (entity is not null)
            {
                // The short name stands for the entity from now on, even where it alone looks like a new name.
                _byAlias[form] = entity;
                _byKey[entity.Kind, form] = entity;
                var shorter = ShortForm(NameWordsOf(run).Texts);
                if (shorter is not null && !_byAlias.ContainsKey(shorter))
                {
                    // "(Sinopec Group)" ... "Sinopec".
                    _byAlias[shorter] = entity;
                }
            }
        }

        entity ??= FindByForm(form);
        // "Gree Electric Appliances ... Gree had trained": the distinctive first word of an organization's name.
        entity ??= FirstWordOf(run, form);
        entity ??= AbbreviatedOrganization(run, form);

        if (entity is null && named >= 0)
        {
            // Not after a known name after all ("3 (Reuters)"): judge the run on its own.
            var kind = Classify(run);
            if (kind is not null)
            {
                Register(run, kind);
                Link(run, kind);
                return;
            }
        }

        // "Mercedes-Benz ... Benz shares fell": a hyphenated name whose last part names an organization is that organization.
        entity ??= HyphenatedLastPart(run) is { } part ? KnownOrganization(part) ?? RegisteredOrganization(part) : null;

        if (entity is null && LinkHyphenatedParts(run))
        {
            return;
        }

        if (entity is null && TitledName.PersonAfterPortfolio(_context.TokenList, run) is { } holder)
        {
            Register(holder, FactKind.Person);
            Link(holder, FactKind.Person);
            return;
        }

        if (entity is null && run.SentenceInitial && run.Count > 1)
        {
            var rest = run with { First = run.First + 1, SentenceInitial = false };
            var kind = Classify(rest);
            if (kind is not null)
            {
                Register(rest, kind);
                Link(rest, kind);
            }
            else
            {
                LinkUnclassified(rest);
            }

            return;
        }

        if (entity is null && (_bare.IsOrganization(run, form) || _bare.IsListedOrganization(run)))
        {
            // Registered as any organization is, so its short forms and first word name it later on.
            RegisterOrganization(run);
            LinkOrganization(run);
            return;
        }

        if (entity is not null)
        {
            AddMention(run, entity);
        }
    }

    /// <summary>"China-EU", "US-China": places and known organizations joined by a hyphen are each a mention.</summary>
    private bool LinkHyphenatedParts(NameRun run)
    {
        var tokens = _context.TokenList;
        var start = run.First;
        var linked = false;
        for (var i = run.First; i <= run.Last + 1; i++)
        {
            if (i <= run.Last && !(tokens[i].Is('-') && !tokens[i].SpaceBefore))
            {
                continue;
            }

            if (start < i && (i <= run.Last || start > run.First))
            {
                var part = new NameRun(start, i - 1) { Possessive = i > run.Last && run.Possessive };
                var kind = Classify(part);
                if (kind is FactKind.Location or FactKind.Organization)
                {
                    Register(part, kind);
                    Link(part, kind);
                    linked = true;
                }
            }

            start = i + 1;
        }

        return linked;
    }

    private Entity? FindByForm(string form)
    {
        var aliased = _byAlias.TryGetValue(form, out var alias) ? alias : null;
        if (aliased is { Kind: FactKind.Person })
        {
            return aliased;
        }

        foreach (var kind in NamedKinds)
        {
            if (_byKey.TryGetValue(kind, form, out var entity))
            {
                return entity;
            }
        }

        if (NameWordTraits.MayBeListed(form) && Gazetteer.Instance.Places.TryGetValue(form, out var group) && _byKey.TryGetValue(FactKind.Location, group, out var place))
        {
            // As LocationKey: a place of the gazetteer is keyed by its group.
            return place;
        }

        return aliased;
    }

    /// <summary>
    /// Whether a parenthesized <paramref name="form"/> can be a short name of <paramref name="entity"/>: an
    /// organization or event, and not a different well-known organization ("Beijing (Reuters)").
    /// </summary>
    private static bool CanAbbreviate(Entity entity, string form)
    {
        if (entity.Kind is not (FactKind.Organization or FactKind.Event))
        {
            return false;
        }

        if (!NameWordTraits.Has(form, NameTraits.KnownOrganization))
        {
            return true;
        }

        foreach (var written in entity.Forms)
        {
            if (written.Text.StartsWith(form, StringComparison.Ordinal) || ClipsWords(form, written.Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxClippedLetters = 8;

    /// <summary>
    /// "CATL" of "Contemporary Amperex Technology Co Ltd", "MOFCOM" of "Ministry of Commerce", "PBOC" of "People's Bank of China":
    /// letters in capitals made of the first letters of every capitalized word in order (each giving one or more), where
    /// connectors and company-type words may give none.
    /// </summary>
    public static bool ClipsWords(string letters, string name)
    {
        if (letters.Length is < 2 or > MaxClippedLetters || !WordClasses.IsInCapitals(letters) || name.IndexOf(' ') < 0)
        {
            return false;
        }

        var words = name.Split(' ');
        return Clips(letters, 0, words, 0);
    }

    private static bool Clips(string letters, int at, string[] words, int word)
    {
        if (word == words.Length)
        {
            return at == letters.Length;
        }

        var w = words[word];
        var optional = w.Length == 0 || !char.IsUpper(w[0]) || ShortFormSuffixes.Contains(w.TrimEnd('.', ','));
        if (optional && Clips(letters, at, words, word + 1))
        {
            return true;
        }

        for (var n = 1; at + n <= letters.Length && n <= w.Length && char.ToUpperInvariant(w[n - 1]) == letters[at + n - 1]; n++)
        {
            if (Clips(letters, at + n, words, word + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The forms of the runs written in parentheses right after a name ("(NPC)"), marked in <paramref name="parenthesized"/>.</summary>
    private HashSet<string> ParenthesizedShortNames(List<NameRun> runs, bool[] parenthesized)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < runs.Count; r++)
        {
            if (parenthesized[r])
            {
                _runIndex = r;
                forms.Add(FormText(runs[r]));
            }
        }

        return forms;
    }

    /// <summary>
    /// The token before "(" when the run is a parenthesized short name right after a name: "(NDRC)", "(\u201CBYD\u201D)";
    /// otherwise -1.
    /// </summary>
    private int NameBeforeParentheses(NameRun run)
    {
        var tokens = _context.TokenList;
        var open = run.First - 1;
        var close = run.Last + 1;
        if (open < 0 || close >= tokens.Count)
        {
            return -1;
        }

        var opening = tokens[open];
        var closing = tokens[close];
        if (WordClasses.IsOpeningQuote(opening) && WordClasses.IsClosingQuote(closing))
        {
            open--;
            close++;
            if (open < 1 || close >= tokens.Count)
            {
                return -1;
            }

            opening = tokens[open];
            closing = tokens[close];
        }

        if (open < 1 || !opening.Is('(') || !closing.Is(')'))
        {
            return -1;
        }

        var before = tokens[open - 1];
        var afterName = before.IsCapitalized || (before.Is('.') && open >= 2 && tokens[open - 2].IsCapitalized);
        return afterName ? open - 1 : -1;
    }

    private void AddMention(NameRun run, Entity entity, bool canBeCanonical = true)
    {
        var tokens = _context.TokenList;
        var form = FormText(run);
        var words = 0;
        for (var i = run.First; i <= run.Last; i++)
        {
            words += tokens[i].IsCapitalized ? 1 : 0;
        }

        AddMention(new Mention(entity, form, tokens.StartAt(run.First), form.Length, run.First, run.Last, words, canBeCanonical));
    }

    private void AddMention(Mention mention)
    {
        mention.Entity.AddForm(mention);
        _analysis.Add(mention);
    }

    private Entity EntityFor(FactKind kind, string keyText)
    {
        if (!_byKey.TryGetValue(kind, keyText, out var entity))
        {
            entity = NewEntity(kind);
            _byKey[kind, keyText] = entity;
        }

        return entity;
    }

    private Entity NewEntity(FactKind kind)
    {
        var entity = new Entity(kind);
        _analysis.Entities.Add(entity);
        return entity;
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
        var connector = RunClassifier.FirstConnector(tokens, run);
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

    /// <summary>What the run names by itself (see <see cref="RunClassifier.Classify"/>).</summary>
    private FactKind? Classify(NameRun run)
    {
        // The classifier fills the list with the run's words first: registering the run right after reads them as they are.
        _wordsRun = run;
        return RunClassifier.Classify(_context, _analysis.Words, run, FormText(run), _nameWords);
    }

    /// <summary>The run's text as written (see <see cref="RunClassifier.FormText"/>), kept for the run asked last: classifying, registering and linking a run ask for it in turn.</summary>
    private string FormText(NameRun run)
    {
        if (_formRun is not { } asked || asked.First != run.First || asked.Last != run.Last || asked.Possessive != run.Possessive)
        {
            if (run.First == run.Last || run.InCapitals)
            {
                _form = RunClassifier.FormText(_context, run);
            }
            else if (IsCurrentRun(run))
            {
                _form = _runNotes[_runIndex].Form ??= PooledFormText(run);
            }
            else
            {
                _form = PooledFormText(run);
            }

            _formRun = run;
        }

        return _form;
    }

    /// <summary>Whether <paramref name="run"/> is the document's run being worked on, whose notes apply.</summary>
    private bool IsCurrentRun(NameRun run) => _runIndex >= 0 && _runIndex < _runs.Count && _runs[_runIndex] == run;

    /// <summary>What was found once of one of the document's runs.</summary>
    private struct RunNotes
    {
        /// <summary>The run's form, once asked (for a run of several tokens).</summary>
        public string? Form;

        /// <summary>The place the run names, once registered as one.</summary>
        public Entity? Location;
    }

    /// <summary>As <see cref="RunClassifier.FormText"/> for a run of several tokens, as one pooled string per distinct name.</summary>
    private string PooledFormText(NameRun run)
    {
        var tokens = _context.TokenList;
        var text = _context.Text;
        var start = tokens.StartAt(run.First);
        var end = tokens[run.Last].End;
        if (run.Possessive && end - start > 2 && (text[end - 1] == 's' || text[end - 1] == 'S') && CharClasses.IsApostrophe(text[end - 2]))
        {
            // The name without its possessive "'s", as WordClasses.StripPossessive makes it.
            end -= 2;
        }

        // Equal names have equal lengths and letters: a few letters make a hash good enough, as the pool compares in full.
        var length = end - start;
        var hash = TextPool.Step(TextPool.Step(TextPool.Step(TextPool.Step(TextPool.Seed, (char)length), text[start]), text[start + length / 2]), text[end - 1]);
        return _multiWordForms.Get(text, start, length, hash);
    }

    /// <summary>The run's name words (see <see cref="RunWords"/>), in a list reused by every run: read them before asking for another's.</summary>
    private RunWords NameWordsOf(NameRun run)
    {
        if (_wordsRun is not { } filled || filled != run)
        {
            _nameWords.Fill(_context.TokenList, _analysis.Words, run);
            _wordsRun = run;
        }

        return _nameWords;
    }

    private NameRun WithoutOrdinal(NameRun run)
        => WordClasses.IsNumericOrdinal(_context.TokenList[run.First]) && run.First < run.Last ? run with { First = run.First + 1 } : run;

    /// <summary>What each run of the document names by itself, or null: a byte per run.</summary>
    private readonly struct RunKinds
    {
        // 0 for null, else the kind plus one.
        private readonly byte[] _kinds;

        public RunKinds(int count) => _kinds = new byte[count];

        public FactKind? this[int run]
        {
            get => _kinds[run] == 0 ? null : (FactKind)(_kinds[run] - 1);
            set => _kinds[run] = value is { } kind ? (byte)((int)kind + 1) : (byte)0;
        }
    }

    /// <summary>Entities by kind and key text: one ordinal string table per kind.</summary>
    private sealed class EntityKeys
    {
        private static readonly int KindCount = Enum.GetValues(typeof(FactKind)).Length;
        private readonly Dictionary<string, Entity>?[] _byKind = new Dictionary<string, Entity>?[KindCount];

        public Entity this[FactKind kind, string text]
        {
            get => TryGetValue(kind, text, out var entity) ? entity : throw new KeyNotFoundException(text);
            set => (_byKind[(int)kind] ??= new Dictionary<string, Entity>(StringComparer.Ordinal))[text] = value;
        }

        public bool Contains(FactKind kind, string text) => _byKind[(int)kind]?.ContainsKey(text) == true;

        public bool TryGetValue(FactKind kind, string text, out Entity entity)
        {
            entity = null!;
            return _byKind[(int)kind] is { } table && table.TryGetValue(text, out entity!);
        }
    }

    private static string LocationKey(string form)
        => NameWordTraits.MayBeListed(form) && Gazetteer.Instance.Places.TryGetValue(form, out var group) ? group : form;

    /// <summary>"Geely Holding Group" → "Geely"; "Toyota Motor Corporation" → "Toyota": the name without company-type words.</summary>
    private static string? ShortForm(List<string> words)
    {
        var end = words.Count;
        while (end > 1 && ShortFormSuffixes.Contains(words[end - 1]))
        {
            end--;
        }

        if (end == words.Count)
        {
            return null;
        }

        // "China Steel" does not make "China" a name of the company.
        var shortForm = string.Join(" ", words.GetRange(0, end));
        return end == 1 && NameWordTraits.Has(shortForm, NameTraits.Place | NameTraits.Demonym | NameTraits.CommonCapital)
            ? null
            : shortForm;
    }

    /// <summary>"National Development and Reform Commission" → "NDRC".</summary>
    private static string Initials(List<string> words)
    {
        var builder = new StringBuilder(words.Count);
        foreach (var word in words)
        {
            builder.Append(word[0]);
        }

        return builder.ToString();
    }
}
