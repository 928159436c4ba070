using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// The capitalized words of one name run (possessive stripped), without connectors, hyphens and periods, each with what the
/// word lists say of it: filled for one run at a time and reused, so read them before filling it for another run.
/// </summary>
internal sealed class RunWords
{
    private readonly List<NameTraits> _traits = new();

    /// <summary>The words as written.</summary>
    public List<string> Texts { get; } = new();

    /// <summary>The number of words.</summary>
    public int Count => Texts.Count;

    /// <summary>Word <paramref name="index"/> as written.</summary>
    public string this[int index] => Texts[index];

    /// <summary>The last word.</summary>
    public string Last => Texts[Texts.Count - 1];

    /// <summary>Whether word <paramref name="index"/> has any of <paramref name="traits"/>.</summary>
    public bool Is(int index, NameTraits traits) => (_traits[index] & traits) != 0;

    /// <summary>Whether the last word has any of <paramref name="traits"/>.</summary>
    public bool LastIs(NameTraits traits) => (_traits[_traits.Count - 1] & traits) != 0;

    /// <summary>Fills the list with the name words of <paramref name="run"/>.</summary>
    public RunWords Fill(TokenList tokens, DocumentWords lexicon, NameRun run)
    {
        Texts.Clear();
        _traits.Clear();
        for (var i = run.First; i <= run.Last; i++)
        {
            var t = tokens[i];
            if (ClassificationByWords.IsNameWordToken(t))
            {
                if (i == run.Last && run.Possessive)
                {
                    // Few names are possessive: the word without its "'s" is looked up as it comes.
                    var bare = WordClasses.StripPossessive(t.Text);
                    Texts.Add(bare);
                    _traits.Add(lexicon.NameTraitsOf(bare));
                }
                else
                {
                    Texts.Add(t.Text);
                    _traits.Add(lexicon.NameTraitsOf(t));
                }
            }
        }

        return this;
    }
}
