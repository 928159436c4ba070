using System.Collections.Generic;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Money;

/// <summary>
/// "¥" (and the full-width "￥") is the sign of both the Japanese yen and the Chinese yuan. A bare sign is
/// read by the document's other currency words and places (the lexicon's list <c>yen-sign-cues</c>); "JP¥" and "CN¥"
/// are never in doubt.
/// </summary>
internal static class YenSign
{
    private static readonly PerLexicon<Cues> CueTables = new(lexicon => new Cues(lexicon));

    /// <summary>Whether token <paramref name="k"/> is a bare yen sign: not glued to letters before it ("JP¥").</summary>
    public static bool IsBareSign(TokenList tokens, int k)
        => (tokens[k].Is('\u00A5') || tokens[k].Is('\uFFE5')) && (k == 0 || tokens[k].SpaceBefore || tokens.KindAt(k - 1) != TokenKind.Word);

    /// <summary>
    /// Whether the document's words point to the yuan more than to the yen (currency words count double).
    /// Each distinct word is weighed once (<paramref name="distinctTexts"/> bounds the tokens' text ids).
    /// </summary>
    public static bool MeansYuan(TokenList tokens, int distinctTexts)
    {
        // Each text's weight plus Offset, so that the fresh array's zeros mean "not weighed yet".
        const int Offset = 3;
        var weights = new byte[distinctTexts];
        var cues = CueTables.For(tokens.Lexicon);

        // Equal texts are of one kind, so a text that is no word weighs nothing wherever it stands.
        var lead = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var id = tokens.TextIdAt(k);
            int stored = weights[id];
            if (stored == 0)
            {
                var token = tokens[k];
                stored = Offset + (token.Kind != TokenKind.Word ? 0 : cues.Weight(token.Text));
                weights[id] = (byte)stored;
            }

            lead += stored - Offset;
        }

        return lead > 0;
    }

    /// <summary>The words of one lexicon that point to the yuan or the yen.</summary>
    private sealed class Cues
    {
        // The telling words are few: most words are ruled out by their length and first letter, with no hashing.
        private const int MaxShapeLength = 16;

        private readonly WordSet _yuanWords = new();
        private readonly WordSet _yuanPlaces = new();
        private readonly WordSet _yenWords = new();
        private readonly WordSet _yenPlaces = new();
        private readonly bool[] _tellingShapes;

        public Cues(Lexicon lexicon)
        {
            foreach (var row in lexicon.Rows("yen-sign-cues"))
            {
                var set = (row[0], row[1]) switch
                {
                    ("CNY", "currency") => _yuanWords,
                    ("CNY", "place") => _yuanPlaces,
                    ("JPY", "currency") => _yenWords,
                    ("JPY", "place") => _yenPlaces,
                    _ => throw new System.FormatException("Unknown row '" + row[0] + " " + row[1] + "' in the list 'yen-sign-cues'."),
                };
                for (var k = 2; k < row.Length; k++)
                {
                    set.Add(row[k]);
                }
            }

            _tellingShapes = Shapes(_yuanWords, _yuanPlaces, _yenWords, _yenPlaces);
        }

        /// <summary>How much <paramref name="word"/> points to the yuan (positive) or the yen (negative).</summary>
        public int Weight(string word)
            => !MayBeTelling(word) ? 0 : Weight(word, _yuanWords, _yuanPlaces) - Weight(word, _yenWords, _yenPlaces);

        private static int Weight(string word, WordSet currencyWords, WordSet places)
            => currencyWords.Contains(word) ? 2 : places.Contains(word) ? 1 : 0;

        private bool MayBeTelling(string word) => word.Length < MaxShapeLength && _tellingShapes[ShapeOf(word)];

        private static int ShapeOf(string word)
        {
            var first = char.ToLowerInvariant(word[0]);
            return (word.Length * 128) + (first < 127 ? first : 127);
        }

        private static bool[] Shapes(params WordSet[] sets)
        {
            var shapes = new bool[MaxShapeLength * 128];
            foreach (var set in sets)
            {
                foreach (var word in set)
                {
                    shapes[ShapeOf(word)] = true;
                }
            }

            return shapes;
        }
    }

    /// <summary><paramref name="amount"/> in yuan when it was read from a bare "¥" in a document about the yuan.</summary>
    public static Amount Resolve(NumericScan scan, Amount amount)
    {
        if (amount.Code != "JPY" || !HasBareSign(scan.Tokens, amount) || !scan.ReadsYenSignAsYuan)
        {
            return amount;
        }

        return amount with { Code = "CNY" };
    }

    private static bool HasBareSign(TokenList tokens, Amount amount)
    {
        for (var k = amount.First; k <= amount.Last; k++)
        {
            if (IsBareSign(tokens, k))
            {
                return true;
            }
        }

        return false;
    }
}
