using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Quantities;

/// <summary>
/// Counted things and measures: "1.2 million vehicles", "3,400 new employees", "42 factories",
/// "1,318-kilometre", "5 GW", "100km". The unit is the lower-case singular noun. Year-like numbers,
/// identifiers and ordinals are never counts.
/// </summary>
/// <remarks>
/// Counts and measures share one anchor and one set of guards, and each form is tried in an order that decides which
/// one wins, so that order stays here; how a unit of measure is written after the number is read by
/// <see cref="WrittenMeasure"/>.
/// </remarks>
internal static class QuantityRecognizer
{
    // Words that may stand between a number and its noun ("3,400 new employees") without ending the phrase.
    private static readonly PerLexicon<WordSet> Blockers = new(lexicon => new WordSet(lexicon.List("quantity-blockers")));

    /// <summary>Tries to read a quantity starting at token <paramref name="i"/>.</summary>
    public static bool TryMatch(NumericScan scan, int i, out Candidate candidate)
        => TryWithUnitAfter(scan, i, out candidate) || TryCountNamedBefore(scan, i, out candidate) || TryHalfOf(scan, i, out candidate)
        || TryQuartersOf(scan, i, out candidate);

    // "three quarters of a cup", "a quarter of a mile", "a quarter cup": a fraction of one measure.
    private static bool TryQuartersOf(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        return TryReadQuartersOf(scan.Tokens, i, out var fraction, out var measure, out var last) && EmitMeasure(scan, i, last, fraction, measure, out candidate);
    }

    /// <summary>Whether a fraction of one measure starts at <paramref name="i"/> ("three quarters of a cup"): a quantity, not a share.</summary>
    public static bool IsQuartersOfMeasure(TokenList tokens, int i) => TryReadQuartersOf(tokens, i, out _, out _, out _);

    // The fraction starts with a word ("a", "three"), so numbers in digits skip the look.
    private static bool TryReadQuartersOf(TokenList tokens, int i, out decimal fraction, out WrittenMeasure.Measure measure, out int last)
    {
        fraction = 0m;
        measure = default;
        last = i;
        return tokens.KindAt(i) == TokenKind.Word && QuartersOfUnit.TryRead(tokens, i, out fraction, out var unitAt) && WrittenMeasure.TryRead(tokens, unitAt, i, out measure, out last);
    }

    // "3,400 employees", "33 gigawatt hours", "a 500-bed hospital": the unit follows the number.
    private static bool TryWithUnitAfter(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        if (TokenScan.IsYear(tokens[i], out _) || !scan.NumberAt(i, out var number)
            || NumberGuards.IsVague(tokens, number.First, number.Last) || (number.HasLetterScale && IsSingleLetterScale(tokens[i].Text) && !IsCountedNounNext(scan, i))
            || IsNamingPhrase(tokens, number.First, number.Last))
        {
            return false;
        }

        if (number.Suffix is not null)
        {
            return TryGluedMeasure(scan, number, out candidate);
        }

        var j = number.Last + 1;
        if (TokenScan.IsTouchingDash(tokens, j, i) && tokens.Lexicon.Units.TryGetMeasure(tokens[j + 1].Text, out var hyphenUnit))
        {
            return Emit(scan, i, j + 1, number.Value, hyphenUnit, out candidate);
        }

        // "10 1/2 miles", "1/4 mile": a written fraction measures only.
        var value = number.Value;
        var isFraction = TryFractionAfterWhole(tokens, j, i, out var part) || TrySlashFraction(tokens, i, out part);
        if (isFraction)
        {
            value = number.Form == NumberForm.Digits && TokenScan.IsChar(tokens, i + 1, i, '/') ? part : value + part;
            j += TokenScan.IsChar(tokens, i + 1, i, '/') ? 2 : 3;
        }

        if (WrittenMeasure.TryRead(tokens, j, i, out var written, out var writtenLast))
        {
            return EmitMeasure(scan, i, writtenLast, value, written, out candidate);
        }

        if (isFraction)
        {
            return false;
        }

        if (TryCountModifier(scan, i, number, out candidate))
        {
            return true;
        }

        if (!TokenScan.InSentence(tokens, j, i) || !IsModifierToken(tokens, j, j))
        {
            return false;
        }

        if (number.Value == 1m && !number.HasScale)
        {
            return false;
        }

        // A counted noun, perhaps after one or two modifiers ("3,400 new employees", "200 electric delivery vans").
        var words = 0;
        for (var k = j; words < 3 && TokenScan.InSentence(tokens, k, i) && IsModifierToken(tokens, k, j) && !Blockers.For(tokens.Lexicon).Contains(tokens[k].Text); k++, words++)
        {
            if (tokens.KindAt(k) == TokenKind.Word && scan.TryCountedNounAt(k, out var noun))
            {
                return Emit(scan, i, k, number.Value, noun, out candidate);
            }

            if (!IsModifierWord(tokens, k, j) || SpelledNumbers.Of(tokens.Lexicon).IsNumberWord(tokens[k].Text))
            {
                return false; // "6,000 two years ago": another number starts here
            }

            if (TokenScan.IsTouchingDash(tokens, k + 1, i))
            {
                k += 2; // "full-time": skip the compound's second half
            }
        }

        return false;
    }

    // "The number of 5G base stations reached 4.25 million": the counted noun comes first, after "the number
    // of", and a verb of reaching (perhaps with "to" or "at" and a qualifier) stands right before the number.
    private static bool TryCountNamedBefore(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        if (TokenScan.IsYear(tokens[i], out _) || !scan.NumberAt(i, out var number) || number.Suffix is not null || number.HasLetterScale
            || NumberGuards.IsVague(tokens, number.First, number.Last) || IsUnitNext(tokens, number.Last + 1, i))
        {
            return false;
        }

        var verb = i - 1;
        while (verb > i - 4 && TokenScan.InSentence(tokens, verb, i) && CountQualifiers.For(tokens.Lexicon).Contains(tokens[verb].Text))
        {
            verb--;
        }

        if (TokenScan.IsWordIn(tokens, verb, i, FormWords.Of(tokens.Lexicon).To) || TokenScan.IsWordIn(tokens, verb, i, FormWords.Of(tokens.Lexicon).At))
        {
            verb--;
        }

        if (!TokenScan.InSentence(tokens, verb, i) || !ReachingVerbs.For(tokens.Lexicon).Contains(tokens[verb].Text))
        {
            return false;
        }

        for (var k = verb - 1; k > verb - CountSubjectReach && TokenScan.InSentence(tokens, k, i) && !IsClauseBreak(tokens[k]); k--)
        {
            if (FormWords.Of(tokens.Lexicon).Number.Contains(tokens[k].Text) && TokenScan.IsWordIn(tokens, k + 1, i, FormWords.Of(tokens.Lexicon).OfWord) && IsDefiniteCount(tokens, k, i))
            {
                return TryCountedNounBetween(scan, k + 2, verb, out var unit) && Emit(scan, i, number.Last, number.Value, unit, out candidate);
            }
        }

        return false;
    }

    // "the number", "the total number": a definite count, not the vague "a number of".
    private static bool IsDefiniteCount(TokenList tokens, int number, int anchor)
        => TokenScan.IsWordIn(tokens, number - 1, anchor, FormWords.Of(tokens.Lexicon).The)
        || (TokenScan.InSentence(tokens, number - 1, anchor) && CountAdjectives.For(tokens.Lexicon).Contains(tokens[number - 1].Text) && TokenScan.IsWordIn(tokens, number - 2, anchor, FormWords.Of(tokens.Lexicon).The));

    private static readonly PerLexicon<WordSet> CountAdjectives = new(lexicon => new WordSet(lexicon.List("count-adjectives")));

    // How far before its verb "the number of ..." may start: the noun phrase and a place or time after it.
    private const int CountSubjectReach = 12;

    private static readonly PerLexicon<WordSet> ReachingVerbs = new(lexicon => new WordSet(lexicon.List("reaching-verbs")));

    private static readonly PerLexicon<WordSet> CountQualifiers = new(lexicon => new WordSet(lexicon.List("count-qualifiers")));

    // The first counted noun of "the number of [new] <nouns> [in China]", read up to the verb.
    private static bool TryCountedNounBetween(NumericScan scan, int from, int verb, out string unit)
    {
        unit = string.Empty;
        var tokens = scan.Tokens;
        for (var k = from; k < verb && k < from + 4; k++)
        {
            if (tokens.KindAt(k) == TokenKind.Word && scan.TryCountedNounAt(k, out unit))
            {
                return true;
            }

            if (!IsModifierToken(tokens, k, from))
            {
                return false;
            }
        }

        return false;
    }

    // A following word that makes the number a measure or a share, not a count.
    private static bool IsUnitNext(TokenList tokens, int k, int anchor)
        => TokenScan.InSentence(tokens, k, anchor) && (tokens[k].Is('%') || tokens.Lexicon.Units.TryGetMeasure(tokens[k].Text, out _) || FormWords.Of(tokens.Lexicon).Percent.Contains(tokens[k].Text) || FormWords.Of(tokens.Lexicon).Per.Contains(tokens[k].Text));

    // "seven", "seventh": a spelled number or ordinal of the tokens' lexicon.
    private static bool IsSpelledNumberOrOrdinal(TokenList tokens, int k)
    {
        var numbers = SpelledNumbers.Of(tokens.Lexicon);
        return numbers.IsNumberWord(tokens[k].Text) || numbers.SpelledOrdinals.ContainsKey(tokens[k].Text);
    }

    private static bool IsClauseBreak(Token token) => token.Is(',') || token.Is(';') || token.Is(':') || token.Is('(') || token.Is(')');

    // Singular words after "N-" that do not name counted things: "a 15-year-old", "a 500-strong team", "a 5-star hotel".
    private static readonly PerLexicon<WordSet> NotCounted = new(lexicon => new WordSet(lexicon.List("not-counted-after-hyphen")));

    // "a 400,000-unit plant", "a 500-bed hospital", "a 32-billion-parameter model": a count used as a modifier,
    // the singular noun hyphened to the number and another lower-case word after it. Not after a capitalised
    // word, which makes it part of a name ("Model 3-sized", "Boeing 737-max"), nor an "-ed" or "-ing" form.
    private static bool TryCountModifier(NumericScan scan, int i, NumberMatch number, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        var j = number.Last + 1;
        if (!TokenScan.IsTouchingDash(tokens, j, i) || (i > 0 && tokens.SentenceAt(i - 1) == tokens.SentenceAt(i) && IsCapitalised(tokens[i - 1]) && !IsSentenceStart(tokens, i - 1)))
        {
            return false;
        }

        var value = number.Value;
        var k = j + 1;
        if (!number.HasScale && tokens.Lexicon.Scales.Words.TryGetValue(tokens[k].Text, out var scale) && TokenScan.IsTouchingDash(tokens, k + 1, i))
        {
            value *= scale;
            k += 2;
        }

        if (!TokenScan.InSentence(tokens, k + 1, i) || !TokenScan.IsLowerWord(tokens[k]) || !TokenScan.IsLowerWord(tokens[k + 1]) || !tokens[k + 1].SpaceBefore
            || NotCounted.For(tokens.Lexicon).Contains(tokens[k].Text) || Blockers.For(tokens.Lexicon).Contains(tokens[k].Text) || IsVerbForm(tokens, tokens[k].Text)
            || scan.TryCountedNounAt(k, out _) || IsSpelledNumberOrOrdinal(tokens, k))
        {
            return false;
        }

        return Emit(scan, i, k, value, tokens[k].Text.ToLowerInvariant(), out candidate);
    }

    /// <summary>"half a mile", "half a kilogram": half of one measure, at token <paramref name="i"/>.</summary>
    public static bool TryHalfOf(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        return FormWords.Of(tokens.Lexicon).Half.Contains(tokens[i].Text) && (TokenScan.IsWordIn(tokens, i + 1, i, FormWords.Of(tokens.Lexicon).Articles))
            && TokenScan.InSentence(tokens, i + 2, i) && tokens.Lexicon.Units.TryGetMeasure(tokens[i + 2].Text, out var unit)
            && Emit(scan, i, i + 2, 0.5m, unit, out candidate);
    }

    /// <summary>"½ teaspoon": a fraction sign before a measure, at token <paramref name="i"/>.</summary>
    public static bool TryFractionSign(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        return VulgarFractions.TryGetValue(tokens[i].Text, out var value) && WrittenMeasure.TryRead(tokens, i + 1, i, out var unit, out var last)
            && EmitMeasure(scan, i, last, value, unit, out candidate);
    }

    // Fraction signs as one character.
    private static readonly WordMap<decimal> VulgarFractions = new()
    {
        ["\u00BD"] = 0.5m, ["\u00BC"] = 0.25m, ["\u00BE"] = 0.75m, ["\u2153"] = 1m / 3m, ["\u2154"] = 2m / 3m, ["\u215B"] = 0.125m,
    };

    /// <summary>Whether a fraction sign ("½") is token text <paramref name="text"/>.</summary>
    public static bool IsFractionSign(string text) => text.Length == 1 && text[0] is '\u00BD' or '\u00BC' or '\u00BE' or '\u2153' or '\u2154' or '\u215B';

    // " 1/2" after a whole number: a fraction written apart ("10 1/2").
    private static bool TryFractionAfterWhole(TokenList tokens, int j, int anchor, out decimal part)
    {
        part = 0m;
        return anchor == j - 1 && j < tokens.Count && tokens.KindAt(j) == TokenKind.Number && TokenScan.IsChar(tokens, j + 1, anchor, '/') && tokens[j].SpaceBefore
            && TokenScan.IsPlainInteger(tokens[anchor], out _) && TrySlashFraction(tokens, j, out part);
    }

    // "1/4": a proper fraction in three touching tokens from j.
    private static bool TrySlashFraction(TokenList tokens, int j, out decimal value)
    {
        value = 0m;
        if (!TokenScan.IsChar(tokens, j + 1, j, '/') || !TokenScan.InSentence(tokens, j + 2, j) || tokens[j + 1].SpaceBefore || tokens[j + 2].SpaceBefore
            || !TokenScan.IsPlainInteger(tokens[j], out var numerator) || !TokenScan.IsPlainInteger(tokens[j + 2], out var denominator)
            || denominator == 0 || numerator >= denominator || denominator > 64 || TokenScan.IsChar(tokens, j + 3, j, '/'))
        {
            return false;
        }

        value = (decimal)numerator / denominator;
        return true;
    }

    private static bool EmitMeasure(NumericScan scan, int first, int last, decimal value, WrittenMeasure.Measure measure, out Candidate candidate)
        => Emit(scan, first, last, value + measure.Addend, measure.Unit, out candidate);

    /// <summary>
    /// "zero-tariff treatment", "zero-emission cars": "zero" joined to a word is an adjective, not a count; a name written
    /// with a number ("the two sessions", see <see cref="NumberNames"/>) is no count.
    /// </summary>
    private static bool IsNamingPhrase(TokenList tokens, int first, int last)
    {
        if (first == last && FormWords.Of(tokens.Lexicon).Zero.Contains(tokens[first].Text) && TokenScan.IsTouchingDash(tokens, last + 1, first))
        {
            return true;
        }

        return first == last && NumberNames.Of(tokens.Lexicon).Matches(tokens, first);
    }


    private static bool IsCapitalised(Token token) => token.Kind == TokenKind.Word && char.IsUpper(token.Text[0]);

    private static bool IsSentenceStart(TokenList tokens, int i) => i == 0 || tokens.SentenceAt(i - 1) != tokens.SentenceAt(i);

    // "-ed", "-ing", "-ly" (the lexicon's not-counted-endings): a verb or adverb, not a counted noun.
    private static bool IsVerbForm(TokenList tokens, string word)
    {
        foreach (var (ending, leastLength) in NotCountedEndings.For(tokens.Lexicon))
        {
            if (word.Length >= leastLength && word.EndsWith(ending, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly PerLexicon<(string Ending, int LeastLength)[]> NotCountedEndings = new(lexicon =>
    {
        var endings = new List<(string, int)>();
        foreach (var row in lexicon.Rows("not-counted-endings"))
        {
            endings.Add((row[0], row.Length > 1 ? int.Parse(row[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture) : 0));
        }

        return endings.ToArray();
    });

    // A word between a number and its noun: a lower-case word, or a product name right after the
    // number ("4.5 million PS5 consoles", "300 Airbus jets").
    private static bool IsModifierToken(TokenList tokens, int k, int firstAfterNumber)
        => tokens.KindAt(k) == TokenKind.Word || (k == firstAfterNumber && tokens.KindAt(k) == TokenKind.Mixed && (char.IsLetter(tokens[k].Text[0]) || IsTechnologyLabel(tokens[k].Text)));

    // "4.25 million 5G base stations", "300 4K screens": a digit and one or two capitals naming a technology.
    private static bool IsTechnologyLabel(string text)
        => text.Length is 2 or 3 && CharClasses.IsAsciiDigit(text[0]) && char.IsUpper(text[1]) && (text.Length == 2 || char.IsUpper(text[2]));

    private static bool IsModifierWord(TokenList tokens, int k, int firstAfterNumber)
        => TokenScan.IsLowerWord(tokens[k]) || (k == firstAfterNumber && (tokens.KindAt(k) == TokenKind.Mixed || IsCapitalised(tokens[k])));

    // "1.8m phones", "10k runners": a one-letter scale reads as million or thousand only before counted things
    // ("a 100m sprint" and "1.8m tall" are lengths).
    private static bool IsCountedNounNext(NumericScan scan, int i)
    {
        var tokens = scan.Tokens;
        return TokenScan.InSentence(tokens, i + 1, i) && tokens.KindAt(i + 1) == TokenKind.Word && TokenScan.IsLowerWord(tokens[i + 1])
            && !tokens.Lexicon.Units.TryGetMeasure(tokens[i + 1].Text, out _) && scan.TryCountedNounAt(i + 1, out _);
    }

    private static bool IsSingleLetterScale(string text) => text.Length >= 2 && char.IsLetter(text[text.Length - 1]) && !char.IsLetter(text[text.Length - 2]);

    // "100km", "5GW".
    private static bool TryGluedMeasure(NumericScan scan, NumberMatch number, out Candidate candidate)
    {
        candidate = default;
        return scan.Tokens.Lexicon.Units.TryGetGluedMeasure(number.Suffix!, out var unit) && Emit(scan, number.First, number.Last, number.Value, unit, out candidate);
    }

    private static bool Emit(NumericScan scan, int first, int last, decimal value, string unit, out Candidate candidate)
    {
        var fact = scan.Fact(FactKind.Quantity, first, last, value: DecimalText.Normalize(value), unit: unit);
        candidate = new Candidate(first, last, fact);
        return true;
    }
}
