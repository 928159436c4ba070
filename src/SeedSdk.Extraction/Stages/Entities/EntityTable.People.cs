using System;
using System.Collections.Generic;
using System.Text;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>The entity table's people: registered with their family names, and found by a family name written alone elsewhere.</summary>
internal sealed partial class EntityTable
{
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
        entity.SurnameFirst = ClassificationByWords.IsSurnameFirstName(words) && !words.Is(0, NameTraits.GivenName);
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
                if (PersonalNameParts.IsNameParticle(tokens.Lexicon, tokens[i + 1].Text) && tokens[i].IsCapitalized && !NameWordTraits.Has(_context.Lexicon, name, NameTraits.GivenName)
                    && !_byAlias.ContainsKey(name))
                {
                    _byAlias[name] = entity;
                }
            }
        }
    }
}
