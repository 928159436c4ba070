using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// Abbreviations of the organizations the entity table registers: letters in capitals that clip a registered name ("VW",
/// "CATL", "MOFCOM") or the clipped first word of a longer one ("the Fed"), looked for among the latest organizations, and
/// whether a short name written in parentheses right after a name ("(NDRC)") can stand for it.
/// </summary>
internal sealed class AbbreviationLinker
{
    private const int AbbreviationReach = 64;
    private const int MaxClippedLetters = 8;

    private readonly DocumentContext _context;

    // Registered organizations by the first word of their name, and whether the rest only names the company's type.
    private readonly List<(char Initial, string FirstWord, bool OneWordCore, Entity Entity)> _organizationHeads = new();

    /// <summary>Creates the linker of the abbreviations of <paramref name="context"/>.</summary>
    public AbbreviationLinker(DocumentContext context) => _context = context;

    /// <summary>
    /// Notes a registered organization by the first word of its name; <paramref name="oneWordCore"/> when the rest of the name
    /// only names the company's type ("Volkswagen Group").
    /// </summary>
    public void Registered(string firstWord, bool oneWordCore, Entity entity) => _organizationHeads.Add((firstWord[0], firstWord, oneWordCore, entity));

    /// <summary>
    /// "Volkswagen ... VW", "Federal Reserve ... the Fed": a one-word run in capitals whose letters run in order through a
    /// one-word company name, or a clipped first word of a longer name; checked against the latest organizations only.
    /// </summary>
    public Entity? AbbreviatedOrganization(NameRun run, string form)
    {
        var lexicon = _context.Lexicon;
        if (run.Count != 1 || form.Length is < 2 or > MaxClippedLetters || NameWordTraits.Has(lexicon, form, NameTraits.KnownOrganization | NameTraits.Place | NameTraits.CommonCapital)
            || WordClasses.IsFunctionWord(_context.TokenList.Lexicon, form) || Datelines.IsInDateline(_context, run.First))
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
            if (acronym && form.Length >= 5 && firstWord[0] == form[0] && ClipsAnyForm(lexicon, form, entity))
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

    /// <summary>
    /// Whether a parenthesized <paramref name="form"/> can be a short name of <paramref name="entity"/>: an
    /// organization or event, and not a different well-known organization ("Beijing (Reuters)").
    /// </summary>
    public static bool CanAbbreviate(Lexicon lexicon, Entity entity, string form)
    {
        if (entity.Kind is not (FactKind.Organization or FactKind.Event))
        {
            return false;
        }

        if (!NameWordTraits.Has(lexicon, form, NameTraits.KnownOrganization))
        {
            return true;
        }

        foreach (var written in entity.Forms)
        {
            if (written.Text.StartsWith(form, StringComparison.Ordinal) || ClipsWords(lexicon, form, written.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token before "(" when the run is a parenthesized short name right after a name: "(NDRC)", "(\u201CBYD\u201D)";
    /// otherwise -1.
    /// </summary>
    public static int NameBeforeParentheses(TokenList tokens, NameRun run)
    {
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

    /// <summary>
    /// "CATL" of "Contemporary Amperex Technology Co Ltd", "MOFCOM" of "Ministry of Commerce", "PBOC" of "People's Bank of China":
    /// letters in capitals made of the first letters of every capitalized word in order (each giving one or more), where
    /// connectors and company-type words may give none.
    /// </summary>
    public static bool ClipsWords(Lexicon lexicon, string letters, string name)
    {
        if (letters.Length is < 2 or > MaxClippedLetters || !WordClasses.IsInCapitals(letters) || name.IndexOf(' ') < 0)
        {
            return false;
        }

        var words = name.Split(' ');
        return Clips(lexicon, letters, 0, words, 0);
    }

    private static bool ClipsAnyForm(Lexicon lexicon, string letters, Entity entity)
    {
        foreach (var written in entity.Forms)
        {
            if (ClipsWords(lexicon, letters, written.Text))
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

    private static bool Clips(Lexicon lexicon, string letters, int at, string[] words, int word)
    {
        if (word == words.Length)
        {
            return at == letters.Length;
        }

        var w = words[word];
        var optional = w.Length == 0 || !char.IsUpper(w[0]) || ShortNames.IsCompanyTypeWord(lexicon, w.TrimEnd('.', ','));
        if (optional && Clips(lexicon, letters, at, words, word + 1))
        {
            return true;
        }

        for (var n = 1; at + n <= letters.Length && n <= w.Length && char.ToUpperInvariant(w[n - 1]) == letters[at + n - 1]; n++)
        {
            if (Clips(lexicon, letters, at + n, words, word + 1))
            {
                return true;
            }
        }

        return false;
    }
}
