using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages.Lists;

/// <summary>
/// One sentence at a time, in one buffer reused for every sentence: for each token inside an entity's name, the name's last
/// token (-1 elsewhere), and whether a list already covers the token.
/// </summary>
internal sealed class SentenceNames
{
    private readonly List<Mention> _mentions;
    // The mentions grouped by the sentence of their first token: those of sentence s are _bySentence[_sentenceStarts[s]..].
    private readonly int[] _sentenceStarts;
    private readonly int[] _bySentence;
    // Mentions that run on past the end of the sentence they start in.
    private readonly List<Mention> _carried = new();
    private int[] _ends = new int[64];
    private bool[] _covered = new bool[64];
    private int _first;

    public SentenceNames(DocumentContext context, EntityAnalysis analysis)
    {
        var tokens = context.TokenList;
        _mentions = analysis.Mentions;
        _sentenceStarts = new int[context.SentenceTokenList.Count + 1];
        foreach (var mention in _mentions)
        {
            _sentenceStarts[tokens.SentenceAt(mention.First) + 1]++;
        }

        for (var s = 1; s < _sentenceStarts.Length; s++)
        {
            _sentenceStarts[s] += _sentenceStarts[s - 1];
        }

        // Each sentence's start moves on past its mentions as they are placed, ending at the next sentence's start; then
        // every start moves back one place.
        _bySentence = new int[_mentions.Count];
        for (var m = 0; m < _mentions.Count; m++)
        {
            _bySentence[_sentenceStarts[tokens[_mentions[m].First].Sentence]++] = m;
        }

        for (var s = _sentenceStarts.Length - 1; s > 0; s--)
        {
            _sentenceStarts[s] = _sentenceStarts[s - 1];
        }

        _sentenceStarts[0] = 0;
    }

    /// <summary>The last token of the name token <paramref name="index"/> (of the current sentence) is inside, or -1.</summary>
    public int this[int index] => _ends[index - _first];

    /// <summary>Whether a list covers token <paramref name="index"/> of the current sentence.</summary>
    public bool IsCovered(int index) => _covered[index - _first];

    /// <summary>Marks tokens <paramref name="first"/>..<paramref name="last"/> of the current sentence as covered by a list.</summary>
    public void Cover(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            _covered[i - _first] = true;
        }
    }

    /// <summary>
    /// Moves on to sentence <paramref name="sentence"/>, tokens <paramref name="first"/> on (<paramref name="count"/> of them),
    /// and makes it the current one when <paramref name="needed"/> (every sentence must be passed, in order).
    /// </summary>
    public void Fill(int sentence, int first, int count, bool needed)
    {
        var end = first + count;
        if (needed)
        {
            if (_ends.Length < count)
            {
                var length = System.Math.Max(count, 2 * _ends.Length);
                _ends = new int[length];
                _covered = new bool[length];
            }

            _first = first;
            for (var i = 0; i < count; i++)
            {
                _ends[i] = -1;
                _covered[i] = false;
            }
        }

        for (var c = _carried.Count - 1; c >= 0; c--)
        {
            var mention = _carried[c];
            if (needed)
            {
                Mark(mention, end);
            }

            if (mention.Last < end)
            {
                _carried.RemoveAt(c);
            }
        }

        for (var k = _sentenceStarts[sentence]; k < _sentenceStarts[sentence + 1]; k++)
        {
            var mention = _mentions[_bySentence[k]];
            if (needed)
            {
                Mark(mention, end);
            }

            if (mention.Last >= end)
            {
                _carried.Add(mention);
            }
        }
    }

    private void Mark(Mention mention, int end)
    {
        var last = System.Math.Min(mention.Last, end - 1);
        for (var i = System.Math.Max(mention.First, _first); i <= last; i++)
        {
            _ends[i - _first] = System.Math.Max(_ends[i - _first], mention.Last);
        }
    }
}
