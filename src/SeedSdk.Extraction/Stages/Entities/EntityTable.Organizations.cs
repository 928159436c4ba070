using System;
using System.Collections.Generic;
using System.Text;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>The entity table's organizations: registered with their first words and hyphenated parts, and found by context or by coordination with one.</summary>
internal sealed partial class EntityTable
{
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
    /// "chief executive of Acme Power", "Analysts at Acme Power": a name of a few words, not at a sentence start, naming
    /// nothing else, that its neighbours make an organization (see <see cref="BareNameEvidence.IsOrganization"/>).
    /// </summary>
    private bool IsOrganizationByContext(NameRun run)
    {
        if (run.Count < 2 || run.SentenceInitial || AbbreviationLinker.NameBeforeParentheses(_context.TokenList, run) >= 0 || HasTouchingHyphen(run))
        {
            return false;
        }

        var form = FormText(run);
        return !NameWordTraits.Has(_context.Lexicon, form, NameTraits.CommonCapital | NameTraits.Demonym) && FindByForm(form) is null
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
        var shortForm = ShortNames.ShortForm(_context.Lexicon, words.Texts);
        var first = words[0];
        var distinctiveFirst = words.Count >= 2 && !SharedFirstWords.For(_context.TokenList.Lexicon).Contains(first)
            && !words.Is(0, NameTraits.Place | NameTraits.Demonym | NameTraits.CommonCapital | NameTraits.OrganizationCue);

        // "Gree Electric Appliances ... Gree said": a one-word organization and a longer name it is the distinctive first word of, in either order.
        var entity = KnownOrganization(shortForm) ?? KnownOrganization(form) ?? RegisteredOrganization(shortForm) ?? FirstWordOf(core, form)
            ?? (distinctiveFirst && !_byFirstWord.ContainsKey(first) ? RegisteredOrganization(first) : null) ?? NewEntity(FactKind.Organization);
        _byKey[FactKind.Organization, form] = entity;
        if (shortForm is not null)
        {
            _byAlias[shortForm] = entity;
        }

        _abbreviations.Registered(first, shortForm is not null && shortForm.IndexOf(' ') < 0 || words.Count == 1, entity);
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

        var initials = ShortNames.Initials(words.Texts);
        if ((words.Count >= 3 || (words.Count == 2 && shortForm is null)) && !NameWordTraits.Has(_context.Lexicon, initials, NameTraits.CommonCapital) && !_byAlias.ContainsKey(initials))
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
            && !NameWordTraits.Has(_context.Lexicon, part, NameTraits.Place | NameTraits.CommonCapital | NameTraits.Demonym | NameTraits.OrganizationCue | NameTraits.CompanyType)
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
}
