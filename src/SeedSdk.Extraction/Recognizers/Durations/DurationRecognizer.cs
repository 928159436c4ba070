using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Durations;

/// <summary>
/// Lengths of time: "five years", "15-year", "three-month", "24 hours", "two decades" (20 year),
/// "one and a half years", "an hour and a half", "for a week", "one year and a quarter", "half a day", "another month",
/// "a fortnight" (2 week), "3.5years", "123.45 sec", and one-letter units glued to digits after a word
/// asking for a length of time ("for 3h", "lasted 2W"). Ages ("a 15-year-old") are claimed without a fact;
/// vague spans ("two or three years") produce nothing.
/// </summary>
internal static class DurationRecognizer
{
    // Words before a glued one-letter unit that ask for a length of time: "for 3h", "lasted 2W"
    // (elsewhere "3D" and "4K" are dimensions and resolutions).
    private static readonly PerLexicon<WordSet> LengthCues = new(lexicon => new WordSet(lexicon.List("duration-length-cues")));

    // Words before "a"/"an" and a unit that ask for a length of time ("for an hour", "took a week"); not "once a year" nor "a day earlier".
    private static readonly PerLexicon<WordSet> ArticleCues = new(lexicon => new WordSet(lexicon.List("duration-article-cues")));

    // Words after a glued one-letter unit that end its phrase ("for 2h to charge", "lasted 4D in total"); a noun would make it a label ("3D printing").
    private static readonly PerLexicon<WordSet> LinkWords = new(lexicon => new WordSet(lexicon.List("duration-link-words")));

    // Words before "half year" that make it a part of a year, not a length: "the first half year".
    private static readonly PerLexicon<WordSet> HalfOrdinals = new(lexicon => new WordSet(lexicon.List("half-ordinals")));

    /// <summary>Tries to read a duration starting at token <paramref name="i"/>.</summary>
    public static bool TryMatch(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        if (!scan.NumberAt(i, out var number) || number.HasScale || (TokenScan.InSentence(tokens, number.Last + 1, i) && FormWords.Of(tokens.Lexicon).Quarters.Contains(tokens[number.Last + 1].Text)))
        {
            return TryWithoutNumber(scan, i, out candidate);
        }

        if (number.Suffix is not null)
        {
            return TryGlued(scan, i, number, out candidate);
        }

        var j = number.Last + 1;
        var hyphenated = TokenScan.IsTouchingDash(tokens, j, i);
        if (hyphenated)
        {
            j++;
        }

        // The unit first: it rules out most numbers with one look-up.
        if (!TokenScan.InSentence(tokens, j, i) || !TimeUnits.Of(tokens.Lexicon).TryGet(tokens[j].Text, out var unit)
            || NumberGuards.IsVague(tokens, number.First, number.Last) || TokenScan.IsYear(tokens[i], out _))
        {
            return false;
        }

        if (FormWords.Of(tokens.Lexicon).Second.Contains(tokens[j].Text)
            && ((number.Form == NumberForm.Spelled && IsTensBeforeOrdinal(number.Value)) || TokenScan.IsTouchingDash(tokens, j + 1, i)))
        {
            return false; // "twenty second of June", "two second-half goals": an ordinal ("two second delay" is a length of time)
        }

        if (tokens[j].IsCapitalized && tokens[i].IsCapitalized && !IsSentenceStart(tokens, i))
        {
            candidate = Candidate.Silent(i, j); // "the 14th Five-Year Plan": part of a name
            return true;
        }

        if (TokenScan.IsTouchingDash(tokens, j + 1, i) && IsOld(tokens, j + 2, i))
        {
            candidate = Candidate.Silent(i, j + 2); // "a 15-year-old": an age, not a span of time
            return true;
        }

        if (IsOld(tokens, j + 1, i))
        {
            candidate = Candidate.Silent(i, j + 1); // "45 years old"
            return true;
        }

        var value = number.Value;
        var last = j;
        if (!hyphenated && TryFractionAfter(tokens, j, i, out var fraction, out var fractionLast))
        {
            value += fraction;
            last = fractionLast;
        }

        return Emit(scan, i, last, value, unit, out candidate);
    }

    // Only a tens word ("twenty" to "ninety") makes an ordinal with "second" after it ("twenty second" is the 22nd).
    private static bool IsTensBeforeOrdinal(decimal value) => value is >= 20m and <= 90m && value % 10m == 0m;

    /// <summary>
    /// Whether a token with this text may stand right after the number of a length of time: a unit of time ("years"),
    /// or a dash before one ("5-year"). Exactly the tokens TryMatch reads on after a number written apart from its unit.
    /// </summary>
    internal static bool MayFollowNumber(Lexicon lexicon, Token token) => TokenScan.IsDashToken(token) || TimeUnits.Of(lexicon).TryGet(token.Text, out _);

    // "3.5years", "123.45sec", and after a cue "3h", "10D", "2W".
    private static bool TryGlued(NumericScan scan, int i, NumberMatch number, out Candidate candidate)
    {
        candidate = default;
        var suffix = number.Suffix!;
        var tokens = scan.Tokens;
        var units = TimeUnits.Of(tokens.Lexicon);
        if (!units.TryGet(suffix, out var unit)
            && !(units.TryGetLetter(suffix, out unit) && TokenScan.InSentence(tokens, i - 1, i) && LengthCues.For(tokens.Lexicon).Contains(tokens[i - 1].Text)
                && (TokenScan.IsBoundary(tokens, i + 1, i) || (TokenScan.InSentence(tokens, i + 1, i) && LinkWords.For(tokens.Lexicon).Contains(tokens[i + 1].Text)))))
        {
            return false;
        }

        return Emit(scan, i, i, number.Value, unit, out candidate);
    }

    /// <summary>"another month" (1), "a fortnight" (2 week), "an hour and a half" (1.5), "half a day" (0.5): an article or "half" as the number.</summary>
    public static bool TryWithoutNumber(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        var word = tokens[i];
        if (tokens.KindAt(i) != TokenKind.Word || i + 1 >= tokens.Count || tokens.KindAt(i + 1) != TokenKind.Word)
        {
            return false; // each form is a word going on with a word ("a fortnight", "half a day", "three quarters of an hour")
        }

        if (TryQuarterOf(scan, i, out candidate))
        {
            return true;
        }

        if (FormWords.Of(tokens.Lexicon).Half.Contains(word.Text))
        {
            var u = TokenScan.IsWordIn(tokens, i + 1, i, FormWords.Of(tokens.Lexicon).Articles) ? i + 2 : i + 1;
            if (!TokenScan.InSentence(tokens, u, i) || !TimeUnits.Of(tokens.Lexicon).TryGetSingular(tokens[u].Text, out var halfUnit)
                || (TokenScan.InSentence(tokens, i - 1, i) && HalfOrdinals.For(tokens.Lexicon).Contains(tokens[i - 1].Text)))
            {
                return false;
            }

            return Emit(scan, i, u, 0.5m, halfUnit, out candidate);
        }

        var isAnother = FormWords.Of(tokens.Lexicon).Another.Contains(word.Text);
        if (!isAnother && !FormWords.Of(tokens.Lexicon).Articles.Contains(word.Text))
        {
            return false;
        }

        var j = i + 1;
        if (!TokenScan.InSentence(tokens, j, i) || !TimeUnits.Of(tokens.Lexicon).TryGetSingular(tokens[j].Text, out var unit))
        {
            return false;
        }

        if (TryFractionAfter(tokens, j, i, out var fraction, out var last))
        {
            return Emit(scan, i, last, 1m + fraction, unit, out candidate);
        }

        // "another month"; "for an hour", "took a week", where a word asks for a length of time; "a fortnight" and
        // "a decade", whose unit is itself a count of a smaller one.
        var isAsked = TokenScan.InSentence(tokens, i - 1, i) && i - 1 > scan.ClaimedBefore && ArticleCues.For(tokens.Lexicon).Contains(tokens[i - 1].Text);
        return (isAnother || isAsked || unit.Multiplier != 1m) && Emit(scan, i, j, 1m, unit, out candidate);
    }

    // "a quarter of an hour", "three quarters of an hour", "a quarter hour": a fraction of one unit.
    private static bool TryQuarterOf(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        return TryFractionOfUnit(tokens, i, out var fraction, out var unitAt, out var unit) && Emit(scan, i, unitAt, fraction, unit, out candidate);
    }

    /// <summary>
    /// Whether "a quarter [of] [an] &lt;unit&gt;" or "three quarters of an &lt;unit&gt;" starts at <paramref name="i"/> with a singular
    /// unit of time (<paramref name="unit"/>) at <paramref name="unitAt"/> (then the fraction is a length of time, not a share).
    /// </summary>
    public static bool TryFractionOfUnit(TokenList tokens, int i, out decimal fraction, out int unitAt, out TimeUnit unit)
    {
        unit = default;
        return QuartersOfUnit.TryRead(tokens, i, out fraction, out unitAt) && TimeUnits.Of(tokens.Lexicon).TryGetSingular(tokens[unitAt].Text, out unit);
    }

    // "and a half", "and half", "and a quarter", "and three quarters" after a unit.
    private static bool TryFractionAfter(TokenList tokens, int unit, int anchor, out decimal fraction, out int last)
    {
        fraction = 0m;
        last = unit;
        if (!TokenScan.IsWordIn(tokens, unit + 1, anchor, FormWords.Of(tokens.Lexicon).And))
        {
            return false;
        }

        var k = unit + 2;
        decimal numerator = 1m;
        if (TokenScan.IsWordIn(tokens, k, anchor, FormWords.Of(tokens.Lexicon).Articles))
        {
            k++;
        }
        else if (TokenScan.InSentence(tokens, k, anchor) && SpelledNumbers.Of(tokens.Lexicon).Units.TryGetValue(tokens[k].Text, out var n) && n is > 0 and < 10
            && TokenScan.InSentence(tokens, k + 1, anchor) && SpelledNumbers.Of(tokens.Lexicon).Denominators.ContainsKey(tokens[k + 1].Text))
        {
            numerator = n;
            k++;
        }

        if (!TokenScan.InSentence(tokens, k, anchor) || !SpelledNumbers.Of(tokens.Lexicon).Denominators.TryGetValue(tokens[k].Text, out var denominator)
            || (denominator != 2 && denominator != 4))
        {
            return false;
        }

        fraction = numerator / denominator;
        last = k;
        return fraction < 1m;
    }

    private static bool Emit(NumericScan scan, int first, int last, decimal count, TimeUnit unit, out Candidate candidate)
    {
        var fact = scan.Fact(FactKind.Duration, first, last, value: DecimalText.Normalize(count * unit.Multiplier), unit: unit.Name);
        candidate = new Candidate(first, last, fact);
        return true;
    }

    // "15 years old", "a 15-year-old": an age.
    private static bool IsOld(TokenList tokens, int k, int anchor)
        => TokenScan.InSentence(tokens, k, anchor) && FormWords.Of(tokens.Lexicon).Old.Contains(tokens[k].Text);

    private static bool IsSentenceStart(TokenList tokens, int i) => i == 0 || tokens.SentenceAt(i - 1) != tokens.SentenceAt(i);
}
