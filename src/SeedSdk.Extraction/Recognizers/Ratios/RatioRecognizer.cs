using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Recognizers.Durations;
using SeedSdk.Extraction.Recognizers.Quantities;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Recognizers.Ratios;

/// <summary>
/// Shares as a fraction of one: "25%", "25 percent", "25 per cent", "one-quarter", "two-thirds",
/// "a third of", "half of", "3/4", "one in five". Percentage points are a difference, not a share,
/// and are claimed without a fact; so are "24/7" and ordinal uses ("a third straight quarter").
/// </summary>
internal static class RatioRecognizer
{
    // Words before "a third" / "a quarter" that make it a share even without "of" ("cut by a third").
    private static readonly PerLexicon<WordSet> ShareLeads = new(lexicon => new WordSet(lexicon.List("share-leads")));

    // Words after "half" that make it a share ("half of", "half the", "half its").
    private static readonly PerLexicon<WordSet> HalfFollowers = new(lexicon => new WordSet(lexicon.List("half-followers")));

    // Words before "half" that make it a part of a year or a thing ("first half", "the other half").
    private static readonly PerLexicon<WordSet> HalfPositions = new(lexicon => new WordSet(lexicon.List("half-positions")));

    // A number read from text has at most nineteen decimals, so a hundredth of it is exact either way, and multiplying costs less than dividing by 100.
    private const decimal OneHundredth = 0.01m;

    /// <summary>Tries to read a ratio starting (or, for "a third", ending) at token <paramref name="i"/>.</summary>
    public static bool TryMatch(NumericScan scan, int i, out Candidate candidate)
        => TryPercent(scan, i, out candidate)
            || TrySlashFraction(scan, i, out candidate)
            || TryOneIn(scan, i, out candidate)
            || TryWordFraction(scan, i, scan.ClaimedBefore, out candidate)
            || TryHalf(scan, i, scan.ClaimedBefore, out candidate);

    /// <summary>
    /// Whether a token with this text may stand right after a number of a share: the token each form read at a number
    /// looks at next ("%", a share word such as "percent" or "per", a dash before one, "/" of "3/4", "in" or "out" of
    /// "one in five"). Exactly the tokens TryPercent, TrySlashFraction and TryOneIn read on.
    /// </summary>
    internal static bool MayFollowNumber(Lexicon lexicon, Token token)
    {
        var forms = FormWords.Of(lexicon);
        return token.Is('%') || token.Is('/') || TokenScan.IsDashToken(token)
            || forms.ShareStarts.Contains(token.Text) || forms.In.Contains(token.Text) || forms.Out.Contains(token.Text);
    }

    // "25%", "25 percent", "twenty-five per cent"; "2 percentage points" is claimed silently.
    private static bool TryPercent(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        if (!scan.NumberAt(i, out var number) || number.HasScale)
        {
            return false;
        }

        var j = number.Last + 1;
        if (number.Suffix is not null)
        {
            // "down 3pc": the newspaper abbreviation of per cent, glued to the number.
            if (!FormWords.Of(tokens.Lexicon).PercentSuffix.Contains(number.Suffix))
            {
                return false;
            }

            candidate = Fact(scan, i, number.Last, DecimalText.Normalize(number.Value * OneHundredth));
            return true;
        }

        if (!TokenScan.InSentence(tokens, j, i))
        {
            return false;
        }

        if (TokenScan.IsTouchingDash(tokens, j, i) && IsPercentWord(tokens, j + 1, i))
        {
            j++; // "a 5-percent rise"
        }

        var unit = tokens[j];
        var forms = FormWords.Of(tokens.Lexicon);
        if (!unit.Is('%') && !forms.ShareStarts.Contains(unit.Text))
        {
            return false;
        }

        int last;
        if (unit.Is('%'))
        {
            last = j;
        }
        else if (forms.Percent.Contains(unit.Text) || forms.Pct.Contains(unit.Text))
        {
            last = j;
        }
        else if (forms.Per.Contains(unit.Text) && IsCent(tokens, j + 1, i))
        {
            last = j + 1;
        }
        else if (forms.Per.Contains(unit.Text) && TokenScan.IsTouchingDash(tokens, j + 1, i) && IsCent(tokens, j + 2, i))
        {
            last = j + 2;
        }
        else if (forms.ShareChange.Contains(unit.Text))
        {
            candidate = Candidate.Silent(i, TokenScan.InSentence(tokens, j + 1, i) && forms.Points.Contains(tokens[j + 1].Text) ? j + 1 : j);
            return true;
        }
        else
        {
            return false;
        }

        if (unit.Is('%') && IsPercentEscape(tokens, j))
        {
            candidate = Candidate.Silent(i, j); // "q=30%25": a percent-encoded character of a web address, not a share
            return true;
        }

        var first = SignedStart(scan, i, out var sign);
        candidate = Fact(scan, first, last, DecimalText.Normalize(sign * number.Value * OneHundredth));
        return true;
    }

    /// <summary>Whether the '%' at <paramref name="k"/> is glued to letters or digits after it, as in a web address's "%20".</summary>
    public static bool IsPercentEscape(TokenList tokens, int k)
        => k + 1 < tokens.Count && !tokens[k + 1].SpaceBefore && tokens.KindAt(k + 1) is TokenKind.Number or TokenKind.Mixed or TokenKind.Word;

    // "minus five percent", "negative 3%", "-2%": a sign before the number (not the dash of a range "5-10%").
    private static int SignedStart(NumericScan scan, int i, out decimal sign)
    {
        var tokens = scan.Tokens;
        var prev = i - 1;
        sign = 1m;
        if (prev <= scan.ClaimedBefore || !TokenScan.InSentence(tokens, prev, i))
        {
            return i;
        }

        var before = tokens[prev];
        var isSignWord = FormWords.Of(tokens.Lexicon).Minus.Contains(before.Text);
        var isSignDash = (before.Is('-') || before.Is('\u2212')) && !tokens[i].SpaceBefore && before.SpaceBefore;
        if (!isSignWord && !isSignDash)
        {
            return i;
        }

        sign = -1m;
        return prev;
    }

    // "3/4" is a share; "24/7", "9/11" and "on 3/4" (a date) are not, and are claimed so nothing else reads them.
    private static bool TrySlashFraction(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        if (!TokenScan.InSentence(tokens, i + 2, i) || !tokens[i + 1].Is('/') || !TokenScan.IsPlainInteger(tokens[i], out var numerator)
            || tokens[i + 1].SpaceBefore || tokens[i + 2].SpaceBefore || !TokenScan.IsPlainInteger(tokens[i + 2], out var denominator))
        {
            return false;
        }

        if (WrittenMeasure.TryRead(tokens, i + 3, i, out _, out _))
        {
            return false; // "1/4 mile": a measure
        }

        var isDatePart = TokenScan.IsChar(tokens, i + 3, i, '/') || TokenScan.IsChar(tokens, i - 1, i, '/');
        if (isDatePart || denominator == 0 || numerator >= denominator || denominator > 10 || TokenScan.IsWordIn(tokens, i - 1, i, FormWords.Of(tokens.Lexicon).On) || IsPercentAfter(tokens, i + 3, i))
        {
            candidate = Candidate.Silent(i, i + 2);
            return true;
        }

        candidate = Fact(scan, i, i + 2, DecimalText.Fraction(numerator, denominator));
        return true;
    }

    private static bool IsPercentAfter(TokenList tokens, int j, int anchor)
        => TokenScan.IsChar(tokens, j, anchor, '%') || IsPercentWord(tokens, j, anchor);

    private static bool IsPercentWord(TokenList tokens, int j, int anchor)
        => TokenScan.InSentence(tokens, j, anchor) && FormWords.Of(tokens.Lexicon).Percent.Contains(tokens[j].Text);

    private static bool IsCent(TokenList tokens, int j, int anchor)
        => TokenScan.InSentence(tokens, j, anchor) && FormWords.Of(tokens.Lexicon).Cent.Contains(tokens[j].Text);

    // "one in five", "1 in 4", "one out of three".
    private static bool TryOneIn(NumericScan scan, int i, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        if (!scan.NumberAt(i, out var numerator) || numerator.HasScale || numerator.Suffix is not null || !numerator.IsWhole)
        {
            return false;
        }

        var j = numerator.Last + 1;
        if (TokenScan.IsWordIn(tokens, j, i, FormWords.Of(tokens.Lexicon).Out) && TokenScan.IsWordIn(tokens, j + 1, i, FormWords.Of(tokens.Lexicon).OfWord))
        {
            j += 2;
        }
        else if (TokenScan.IsWordIn(tokens, j, i, FormWords.Of(tokens.Lexicon).In))
        {
            j++;
        }
        else
        {
            return false;
        }

        if (!TokenScan.InSentence(tokens, j, i) || TokenScan.IsYear(tokens[j], out _) || !NumberParser.TryParse(tokens, j, false, out var denominator)
            || denominator.HasScale || denominator.Suffix is not null || denominator.Value <= numerator.Value || denominator.Value > 1000m || numerator.Value == 0m)
        {
            return false;
        }

        candidate = Fact(scan, i, denominator.Last, DecimalText.Fraction(numerator.Value, denominator.Value));
        return true;
    }

    // "one-quarter", "two-thirds", "three quarters of", "a third of", "by a fifth".
    private static bool TryWordFraction(NumericScan scan, int i, int claimedBefore, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        if (tokens.KindAt(i) != TokenKind.Word)
        {
            return false;
        }

        var numerator = 0;
        var isA = FormWords.Of(tokens.Lexicon).OneArticle.Contains(tokens[i].Text);
        if (!isA && (!SpelledNumbers.Of(tokens.Lexicon).Units.TryGetValue(tokens[i].Text, out numerator) || numerator is < 1 or > 9))
        {
            return false;
        }

        var j = i + 1;
        var hyphenated = TokenScan.IsTouchingDash(tokens, j, i);
        if (hyphenated)
        {
            j++;
        }

        if (!TokenScan.InSentence(tokens, j, i) || !SpelledNumbers.Of(tokens.Lexicon).Denominators.TryGetValue(tokens[j].Text, out var denominator))
        {
            return false;
        }

        var plural = tokens[j].Text.EndsWith("s", System.StringComparison.OrdinalIgnoreCase) || FormWords.Of(tokens.Lexicon).Halves.Contains(tokens[j].Text);
        if (isA ? plural || hyphenated : plural != numerator > 1)
        {
            return false;
        }

        var isShare = hyphenated || IsShareContext(tokens, i, j, claimedBefore);
        if (!isShare || DurationRecognizer.TryFractionOfUnit(tokens, i, out _, out _, out _) || QuantityRecognizer.IsQuartersOfMeasure(tokens, i))
        {
            return false;
        }

        candidate = Fact(scan, i, j, DecimalText.Fraction(isA ? 1 : numerator, denominator));
        return true;
    }

    private static bool IsShareContext(TokenList tokens, int first, int last, int claimedBefore)
    {
        if (TokenScan.IsWordIn(tokens, last + 1, first, FormWords.Of(tokens.Lexicon).OfWord))
        {
            return true;
        }

        var lead = first - 1;
        return lead > claimedBefore && TokenScan.InSentence(tokens, lead, first) && ShareLeads.For(tokens.Lexicon).Contains(tokens[lead].Text) && TokenScan.IsBoundary(tokens, last + 1, first);
    }

    // "half of the budget", "half its staff", "cut in half".
    private static bool TryHalf(NumericScan scan, int i, int claimedBefore, out Candidate candidate)
    {
        candidate = default;
        var tokens = scan.Tokens;
        if (!FormWords.Of(tokens.Lexicon).Half.Contains(tokens[i].Text))
        {
            return false;
        }

        var prev = i - 1;
        var hasPrev = prev > claimedBefore && TokenScan.InSentence(tokens, prev, i);
        if (hasPrev && (HalfPositions.For(tokens.Lexicon).Contains(tokens[prev].Text) || TokenScan.IsDashToken(tokens[prev])))
        {
            return false;
        }

        var follows = TokenScan.InSentence(tokens, i + 1, i) && HalfFollowers.For(tokens.Lexicon).Contains(tokens[i + 1].Text) && !TokenScan.IsTouchingDash(tokens, i + 1, i);
        var cutIn = hasPrev && (FormWords.Of(tokens.Lexicon).In.Contains(tokens[prev].Text) || FormWords.Of(tokens.Lexicon).By.Contains(tokens[prev].Text)) && TokenScan.IsBoundary(tokens, i + 1, i);
        if (!follows && !cutIn)
        {
            return false;
        }

        candidate = Fact(scan, i, i, 0.5m);
        return true;
    }

    private static Candidate Fact(NumericScan scan, int first, int last, decimal value)
        => new(first, last, scan.Fact(FactKind.Ratio, first, last, value: value));
}
