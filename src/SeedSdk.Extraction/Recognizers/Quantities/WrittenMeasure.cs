using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Quantities;

/// <summary>
/// A unit of measure as written after a number: a measure word or phrase, the signs for feet and inches, a compound
/// unit with its divisor, a power sign. Reads the unit only; whether the number before it is a quantity is
/// <see cref="QuantityRecognizer"/>'s decision (and a ratio's or a guard's, which ask here too).
/// </summary>
internal static class WrittenMeasure
{
    /// <summary>
    /// A unit of measure written from token <paramref name="j"/>: a measure word or phrase ("km", "square metres"), one in
    /// brackets ("[kg]"), the inch sign ("10 \""), a lone "m" (a metre), with a divisor after it ("km/h", "miles an hour",
    /// "metres per second") and inches after feet ("5 ft 2 in", "5 feet and 2 inches", read in feet).
    /// </summary>
    public static bool TryRead(TokenList tokens, int j, int anchor, out Measure measure, out int last)
    {
        measure = default;
        last = j;
        if (!TokenScan.InSentence(tokens, j, anchor))
        {
            return false;
        }

        string unit;
        var kind = tokens.KindAt(j);
        if (kind == TokenKind.Word && TryMeasurePhrase(tokens, j, anchor, out unit, out last))
        {
            last = WithPower(tokens, last, anchor, ref unit);
        }
        else if (kind == TokenKind.Word)
        {
            if (!IsLoneMetre(tokens, j, anchor))
            {
                return false;
            }

            unit = "m";
            last = WithPower(tokens, j, anchor, ref unit);
        }
        else if (TryMeasurePhrase(tokens, j, anchor, out unit, out last))
        {
            last = WithPower(tokens, last, anchor, ref unit); // "°", "µm"
        }
        else if ((tokens[j].Is('[') || tokens[j].Is('<')) && TokenScan.InSentence(tokens, j + 2, anchor) && tokens.Lexicon.Units.TryGetMeasure(tokens[j + 1].Text, out unit)
            && (tokens[j + 2].Is(']') || tokens[j + 2].Is('>')))
        {
            last = j + 2;
        }
        else if (IsInchSign(tokens, j, anchor))
        {
            unit = "inch";
        }
        else if (IsFootSignBeforeInches(tokens, j, anchor) && TryInchesAfter(tokens, j, anchor, out _, out _))
        {
            unit = "foot"; // "6'2\"": the inches are read below
        }
        else
        {
            return false;
        }

        if (TryDivisor(tokens, last, anchor, out var divisor, out var divisorLast))
        {
            measure = new Measure(tokens.Lexicon.Units.FullName(unit) + " per " + tokens.Lexicon.Units.FullName(divisor), 0m);
            last = divisorLast;
            return true;
        }

        if (IsFoot(unit) && TryInchesAfter(tokens, last, anchor, out var inches, out var inchesLast))
        {
            measure = new Measure("foot", inches / 12m);
            last = inchesLast;
            return true;
        }

        measure = new Measure(unit, 0m);
        return true;
    }

    // "1 m x 1 m", "12 m 2 dm", "30 m²": a lone "m" is a metre where no word it could scale follows.
    private static bool IsLoneMetre(TokenList tokens, int j, int anchor)
        => tokens[j].Text == "m" && (TokenScan.IsBoundary(tokens, j + 1, anchor) || tokens.KindAt(j + 1) != TokenKind.Word || Dimensions.For(tokens.Lexicon).ContainsKey(tokens[j + 1].Text)
            || FormWords.Of(tokens.Lexicon).DimensionSign.Contains(tokens[j + 1].Text));

    // "km²", "m³": a power sign makes a square or cubic unit.
    private static int WithPower(TokenList tokens, int last, int anchor, ref string unit)
    {
        if (!TokenScan.InSentence(tokens, last + 1, anchor) || tokens[last + 1].SpaceBefore || (!tokens[last + 1].Is('\u00B2') && !tokens[last + 1].Is('\u00B3')))
        {
            return last;
        }

        unit = (tokens[last + 1].Is('\u00B2') ? "square " : "cubic ") + tokens.Lexicon.Units.FullName(unit);
        return last + 1;
    }

    // "/h", "/ms", "per hour", "per second", "an hour": what a compound unit divides by.
    private static bool TryDivisor(TokenList tokens, int last, int anchor, out string divisor, out int divisorLast)
    {
        divisor = string.Empty;
        divisorLast = last;
        var k = last + 1;
        if (!TokenScan.InSentence(tokens, k + 1, anchor))
        {
            return false;
        }

        var sign = tokens[k];
        var glued = sign.Is('/') && !sign.SpaceBefore && !tokens[k + 1].SpaceBefore;
        var per = FormWords.Of(tokens.Lexicon).Per.Contains(sign.Text) || ((FormWords.Of(tokens.Lexicon).Articles.Contains(sign.Text)) && FormWords.Of(tokens.Lexicon).Hour.Contains(tokens[k + 1].Text));
        if ((!glued && !per) || !tokens.Lexicon.Units.IsDivisor(tokens[k + 1].Text) || tokens.KindAt(k + 1) != TokenKind.Word)
        {
            return false;
        }

        divisor = tokens[k + 1].Text;
        divisorLast = k + 1;
        return true;
    }

    private static bool IsFoot(string unit) => unit is "foot" or "ft";

    // "6'2\"", "5′11″": a prime glued to the feet and then the inches with their sign; a prime alone may close a quote.
    private static bool IsFootSignBeforeInches(TokenList tokens, int j, int anchor)
        => TokenScan.InSentence(tokens, j + 2, anchor) && (tokens[j].Is('\'') || tokens[j].Is('\u2032')) && !tokens[j].SpaceBefore
        && !tokens[j + 1].SpaceBefore && tokens.KindAt(j + 1) == TokenKind.Number && !tokens[j + 2].SpaceBefore
        && (tokens[j + 2].Is('"') || tokens[j + 2].Is('\u2033'));

    // "2 in", "2 inches", "and 2 inches", "2\"" after feet.
    private static bool TryInchesAfter(TokenList tokens, int last, int anchor, out decimal inches, out int inchesLast)
    {
        inches = 0m;
        inchesLast = last;
        var k = last + 1;
        if (TokenScan.IsChar(tokens, k, anchor, '.') && !tokens[k].SpaceBefore && FormWords.Of(tokens.Lexicon).Ft.Contains(tokens[last].Text))
        {
            k++; // "5 ft. 2 in."
        }

        if (TokenScan.IsWordIn(tokens, k, anchor, FormWords.Of(tokens.Lexicon).And))
        {
            k++;
        }

        if (!TokenScan.InSentence(tokens, k + 1, anchor) || !TokenScan.IsPlainInteger(tokens[k], out var count) || count >= 12)
        {
            return false;
        }

        var unit = tokens[k + 1];
        var forms = FormWords.Of(tokens.Lexicon);
        var isInch = forms.Inch.Contains(unit.Text) || IsInchSign(tokens, k + 1, anchor)
            || (forms.InchShort.Contains(unit.Text) && (TokenScan.IsBoundary(tokens, k + 2, anchor) || (TokenScan.InSentence(tokens, k + 2, anchor) && forms.InchContext.Contains(tokens[k + 2].Text))));
        if (!isInch)
        {
            return false;
        }

        inches = count;
        inchesLast = k + 1;
        return true;
    }

    // A '"' after a number is the inch sign when it opens no quotation: the sentence holds an odd number of them.
    private static bool IsInchSign(TokenList tokens, int j, int anchor)
    {
        if (!TokenScan.InSentence(tokens, j, anchor) || !(tokens[j].Is('"') || tokens[j].Is('\u2033')))
        {
            return false;
        }

        if (tokens[j].Is('\u2033'))
        {
            return true;
        }

        var sentence = tokens.SentenceAt(j);
        var quotes = 0;
        for (var k = j; k >= 0 && tokens.SentenceAt(k) == sentence; k--)
        {
            quotes += tokens[k].Is('"') ? 1 : 0;
        }

        for (var k = j + 1; k < tokens.Count && tokens.SentenceAt(k) == sentence; k++)
        {
            quotes += tokens[k].Is('"') ? 1 : 0;
        }

        return quotes % 2 == 1;
    }

    // The unit the lexicon's units list reports for "degree", "deg" and "°", which a scale after it makes a temperature.
    private const string DegreeUnit = "degree";

    // A measure word, with the words that make a compound unit of it: "33 gigawatt hours" (a "gigawatt hour"),
    // "12,000 square metres" (a "square metre").
    private static bool TryMeasurePhrase(TokenList tokens, int j, int anchor, out string unit, out int last)
    {
        last = j;
        if (Dimensions.For(tokens.Lexicon).TryGetValue(tokens[j].Text, out var dimension) && TokenScan.InSentence(tokens, j + 1, anchor)
            && (tokens.Lexicon.Units.TryGetMeasure(tokens[j + 1].Text, out var measured) || (tokens[j + 1].Text == "m" && (measured = "m") is not null)))
        {
            // "sq km" is a "square kilometre"; a unit written out keeps its spelling ("square meters").
            unit = dimension + " " + (measured.Length <= 3 ? tokens.Lexicon.Units.FullName(measured) : measured);
            last = j + 1;
            return true;
        }

        if (!tokens.Lexicon.Units.TryGetMeasure(tokens[j].Text, out unit))
        {
            return false;
        }

        // "30 °C", "40 degrees Celsius": a degree with its scale after it is a temperature, not an angle.
        if (unit == DegreeUnit && TokenScan.InSentence(tokens, j + 1, anchor) && tokens.KindAt(j + 1) == TokenKind.Word
            && tokens.Lexicon.Units.TryGetTemperatureScale(tokens[j + 1].Text, out var scale))
        {
            unit += " " + scale;
            last = j + 1;
            return true;
        }

        if (unit.EndsWith("watt", System.StringComparison.Ordinal) && (TokenScan.InSentence(tokens, j + 1, anchor) && FormWords.Of(tokens.Lexicon).Hours.Contains(tokens[j + 1].Text)))
        {
            unit += " hour";
            last = j + 1;
        }
        else if (unit.EndsWith("watt", System.StringComparison.Ordinal) && j + 2 < tokens.Count && tokens[j + 1].Is('-') && !tokens[j + 1].SpaceBefore && !tokens[j + 2].SpaceBefore
            && (TokenScan.InSentence(tokens, j + 2, anchor) && FormWords.Of(tokens.Lexicon).Hours.Contains(tokens[j + 2].Text)))
        {
            // "475 gigawatt-hours".
            unit += " hour";
            last = j + 2;
        }

        return true;
    }

    // Words that make a compound unit of the measure after them ("square metres", "sq ft", "metric tons"), per lexicon (unit-dimensions).
    private static readonly PerLexicon<WordMap<string>> Dimensions = new(lexicon => lexicon.TextMap("unit-dimensions"));

    /// <summary>A unit as reported, and what it adds to the number (the inches of "5 ft 2 in", in feet).</summary>
    internal readonly record struct Measure(string Unit, decimal Addend);
}
