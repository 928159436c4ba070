using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// Builds the document's entity table in two linear passes over the name runs: the first registers
/// every run that names something by itself (with its keys: full form, short form without "Group" or
/// "Inc.", initials, family name); the second links every run, including bare short forms, family
/// names and acronyms, to those entities.
/// This file is the register and link core; its other parts are the organizations, people and events (EntityTable.*.cs).
/// The places of datelines come from <see cref="Datelines"/>, abbreviations are found by <see cref="AbbreviationLinker"/>, and
/// the short forms and initials an organization is registered under by <see cref="ShortNames"/>.
/// </summary>
internal sealed partial class EntityTable
{
    private readonly DocumentContext _context;
    private readonly EntityAnalysis _analysis;
    private static readonly FactKind[] NamedKinds = { FactKind.Person, FactKind.Organization, FactKind.Event };

    private readonly EntityKeys _byKey = new();
    private readonly Dictionary<string, Entity> _byAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _byFirstWord = new(StringComparer.Ordinal);

    // First words that many organizations share, so they never stand for one alone.
    private static readonly PerLexicon<HashSet<string>> SharedFirstWords = new(lexicon => new(lexicon.List("shared-first-words"), StringComparer.Ordinal));
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

    // Abbreviations of the organizations registered ("VW" of "Volkswagen"): the linker keeps the organizations' first words.
    private readonly AbbreviationLinker _abbreviations;

    private EntityTable(DocumentContext context)
    {
        _context = context;
        _analysis = new EntityAnalysis(context.TokenList.Count, new DocumentWords(context));
        _bare = new BareNameEvidence(context, _analysis.Words);
        _abbreviations = new AbbreviationLinker(context);
    }

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
            parenthesized[r] = AbbreviationLinker.NameBeforeParentheses(context.TokenList, runs[r]) >= 0;
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

    /// <summary>"Kestrel" for "Kestrel AI": the organization a one-word run is the distinctive first word of, or null.</summary>
    private Entity? FirstWordOf(NameRun run, string form) => run.Count == 1 && _byFirstWord.TryGetValue(form, out var entity) ? entity : null;

    private void LinkUnclassified(NameRun run)
    {
        var form = FormText(run);
        var namesNothing = run.Count == 1 && !run.Possessive
            ? _analysis.Words.IsCommonCapital(_context.TokenList[run.First]) || _analysis.Words.IsDemonym(_context.TokenList[run.First])
            : NameWordTraits.Has(_context.Lexicon, form, NameTraits.CommonCapital | NameTraits.Demonym);
        if (namesNothing || ClassificationByWords.IsCurrencyPrefix(_context.TokenList, run) || ClassificationByWords.IsCurrencyName(_context.TokenList, run)
            || WordClasses.IsUnitOrModelCode(_context.TokenList, run.First, run.Last))
        {
            return;
        }

        Entity? entity = null;
        var named = AbbreviationLinker.NameBeforeParentheses(_context.TokenList, run);
        if (named >= 0)
        {
            entity = _analysis.EndingAt(named)?.Entity;
            if (entity is not null && !AbbreviationLinker.CanAbbreviate(_context.Lexicon, entity, form))
            {
                entity = null;
            }

            if (entity is not null)
            {
                // The short name stands for the entity from now on, even where it alone looks like a new name.
                _byAlias[form] = entity;
                _byKey[entity.Kind, form] = entity;
                var shorter = ShortNames.ShortForm(_context.Lexicon, NameWordsOf(run).Texts);
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
        entity ??= _abbreviations.AbbreviatedOrganization(run, form);

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

        if (NameWordTraits.MayBeListed(_context.Lexicon, form) && Gazetteer.Of(_context.Lexicon).Places.TryGetValue(form, out var group) && _byKey.TryGetValue(FactKind.Location, group, out var place))
        {
            // As LocationKey: a place of the gazetteer is keyed by its group.
            return place;
        }

        return aliased;
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

    /// <summary>"SHENZHEN, March 28 --": the place a dateline opens with (see <see cref="Datelines.PlaceOf"/>) is a mention of that place.</summary>
    private void LinkDatelines()
    {
        var tokens = _context.TokenList;
        for (var sentence = 0; sentence < _context.SentenceTokens.Count; sentence++)
        {
            if (Datelines.PlaceOf(_context, sentence) is not { } dateline)
            {
                continue;
            }

            var (first, end, place) = dateline;

            var entity = EntityFor(FactKind.Location, LocationKey(place));
            var start = tokens.StartAt(first);
            // Named only when the place is not written again in the text's own letters.
            AddMention(new Mention(entity, place, start, tokens[end - 1].End - start, first, end - 1, end - first, canBeCanonical: false));
        }
    }

    private string LocationKey(string form)
        => NameWordTraits.MayBeListed(_context.Lexicon, form) && Gazetteer.Of(_context.Lexicon).Places.TryGetValue(form, out var group) ? group : form;
}
