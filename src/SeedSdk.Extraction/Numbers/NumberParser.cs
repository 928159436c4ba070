using System.Collections.Generic;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Numbers;

/// <summary>
/// Reads one number starting at a token: digits with separators and decimals, digits with a glued
/// scale ("3.2bn"), spelled numbers ("one hundred and five", "twenty-three", "a dozen"), fractions of
/// a scale ("half a million", "three quarters billion"), each optionally followed by a scale word.
/// Looks ahead a bounded number of tokens; never backtracks over the text.
/// </summary>
internal static class NumberParser
{
    /// <summary>Parses the number starting at token <paramref name="i"/>.</summary>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="i">The first token.</param>
    /// <param name="shortScales">Whether "m", "k" and "b" after a space count as scales (money only).</param>
    /// <param name="match">The number read.</param>
    public static bool TryParse(TokenList tokens, int i, bool shortScales, out NumberMatch match)
    {
        match = default;
        if (i < 0 || i >= tokens.Count)
        {
            return false;
        }

        var token = tokens[i];
        bool parsed = token.Kind switch
        {
            TokenKind.Number => TryDigits(token.Text, 0, token.Text.Length, out var value, out var whole) && Set(out match, new NumberMatch(i, i, value, NumberForm.Digits, false, whole, null)),
            TokenKind.Mixed => TryMixed(tokens, i, out match),
            TokenKind.Word => TrySpelled(tokens, i, out match),
            _ => false,
        };

        if (!parsed)
        {
            return false;
        }

        if (!MayExtend(tokens, match.Last, token.Sentence))
        {
            return true;
        }

        if (match.Form != NumberForm.Spelled && !match.HasScale)
        {
            AddAndAHalf(tokens, ref match);
        }

        if (!match.HasScale && match.Suffix is null)
        {
            AddScaleWord(tokens, ref match, shortScales);
        }

        return true;
    }

    // "and a half" and a scale word start with a word, "-million" with a dash, in the number's sentence:
    // most numbers are followed by none of them, and are read whole without trying either.
    private static bool MayExtend(TokenList tokens, int last, int sentence)
    {
        if (last + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[last + 1];
        return next.Sentence == sentence && (next.Kind == TokenKind.Word || TokenScan.IsDashToken(next));
    }

    /// <summary>Parses digits with ',' separators and at most one '.' ("1,318", "12,34,567.89", "3.2").</summary>
    public static bool TryDigits(string text, int start, int end, out decimal value, out bool whole)
    {
        value = 0m;
        whole = true;
        ulong mantissa = 0;
        var digits = 0;
        var fractionDigits = 0;
        var seenDot = false;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (CharClasses.IsAsciiDigit(c))
            {
                if (++digits > 19)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (ulong)(c - '0');
                if (seenDot)
                {
                    fractionDigits++;
                    whole &= c == '0';
                }
            }
            else if (c == '.' && !seenDot)
            {
                seenDot = true;
            }
            else if (c != ',' || seenDot)
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, false, (byte)fractionDigits);
        return true;
    }

    private static bool Set(out NumberMatch target, NumberMatch value)
    {
        target = value;
        return true;
    }

    private static bool TryMixed(TokenList tokens, int i, out NumberMatch match)
    {
        match = default;
        var text = tokens[i].Text;
        var split = 0;
        while (split < text.Length && (CharClasses.IsAsciiDigit(text[split]) || text[split] == ',' || text[split] == '.'))
        {
            split++;
        }

        if (split == 0 || split == text.Length || !TryDigits(text, 0, split, out var value, out var whole))
        {
            return false;
        }

        var suffix = text.Substring(split);
        if (tokens.Lexicon.Scales.Suffixes.TryGetValue(suffix, out var scale))
        {
            match = new NumberMatch(i, i, value * scale, NumberForm.Mixed, true, whole, null);
            return true;
        }

        if (FormWords.Of(tokens.Lexicon).OrdinalSuffixes.Contains(suffix) || suffix == "s")
        {
            return false;
        }

        match = new NumberMatch(i, i, value, NumberForm.Mixed, false, whole, suffix);
        return true;
    }

    private static bool TrySpelled(TokenList tokens, int i, out NumberMatch match)
    {
        match = default;
        if (TryFractionOfScale(tokens, i, out match))
        {
            return true;
        }

        // Whole numbers well inside a long: integer arithmetic gives the same scale-free value as decimal, faster.
        var anchor = i;
        var j = i;
        long total = 0;
        long current = 0;
        var any = false;
        var scaled = false;
        var last = i;

        if (FormWords.Of(tokens.Lexicon).OneArticle.Contains(tokens[j].Text) && TokenScan.InSentence(tokens, j + 1, anchor) && (FormWords.Of(tokens.Lexicon).Hundred.Contains(tokens[j + 1].Text) || FormWords.Of(tokens.Lexicon).Dozen.Contains(tokens[j + 1].Text) || tokens.Lexicon.Scales.Words.ContainsKey(tokens[j + 1].Text)))
        {
            current = 1;
            any = true;
            j++;
        }

        var numbers = SpelledNumbers.Of(tokens.Lexicon);
        var forms = FormWords.Of(tokens.Lexicon);
        while (TokenScan.InSentence(tokens, j, anchor) && tokens.KindAt(j) == TokenKind.Word)
        {
            var t = tokens[j];
            var inGroup = current % 100 != 0;
            if (numbers.Units.TryGetValue(t.Text, out var unit))
            {
                if (inGroup)
                {
                    break;
                }

                current += unit;
                any = true;
                last = j++;
            }
            else if (numbers.Tens.TryGetValue(t.Text, out var ten))
            {
                if (inGroup)
                {
                    break;
                }

                current += ten;
                any = true;
                last = j++;
                j = ReadUnitAfterTen(tokens, j, anchor, ref current, ref last);
            }
            else if (any && forms.Hundred.Contains(t.Text) && current is > 0 and < 100)
            {
                current *= 100;
                last = j++;
                j = SkipAnd(tokens, j, anchor);
            }
            else if (any && forms.Dozen.Contains(t.Text) && current is > 0 and < 100)
            {
                current *= 12;
                last = j++;
            }
            else if (any && current > 0 && IsWordScale(tokens, t.Text, out var scale))
            {
                total += current * (long)scale;
                current = 0;
                scaled = true;
                last = j++;
                j = SkipAnd(tokens, j, anchor);
            }
            else
            {
                break;
            }
        }

        if (!any)
        {
            return false;
        }

        match = new NumberMatch(i, last, total + current, NumberForm.Spelled, scaled, true, null);
        AddAndAHalf(tokens, ref match);
        return true;
    }

    private static bool IsWordScale(TokenList tokens, string word, out decimal scale)
    {
        return tokens.Lexicon.Scales.Spelled.TryGetValue(word, out scale);
    }

    // "forty-five" or "forty five": a unit after a ten.
    private static int ReadUnitAfterTen(TokenList tokens, int j, int anchor, ref long current, ref int last)
    {
        if (TokenScan.IsTouchingDash(tokens, j, anchor) && SpelledNumbers.Of(tokens.Lexicon).Units.TryGetValue(tokens[j + 1].Text, out var hyphenUnit) && hyphenUnit is > 0 and < 10)
        {
            current += hyphenUnit;
            last = j + 1;
            return j + 2;
        }

        if (TokenScan.InSentence(tokens, j, anchor) && SpelledNumbers.Of(tokens.Lexicon).Units.TryGetValue(tokens[j].Text, out var unit) && unit is > 0 and < 10)
        {
            current += unit;
            last = j;
            return j + 1;
        }

        return j;
    }

    // "one hundred and five": "and" joins only when a number word follows.
    private static int SkipAnd(TokenList tokens, int j, int anchor)
        => TokenScan.IsWordIn(tokens, j, anchor, FormWords.Of(tokens.Lexicon).And) && TokenScan.InSentence(tokens, j + 1, anchor) && SpelledNumbers.Of(tokens.Lexicon).IsNumberWord(tokens[j + 1].Text) ? j + 1 : j;

    // "half a million", "a quarter million", "three quarters billion", "half million".
    private static bool TryFractionOfScale(TokenList tokens, int i, out NumberMatch match)
    {
        match = default;
        var j = i;
        decimal numerator = 1m;
        if (FormWords.Of(tokens.Lexicon).OneArticle.Contains(tokens[j].Text))
        {
            j++;
        }
        else if (SpelledNumbers.Of(tokens.Lexicon).Units.TryGetValue(tokens[j].Text, out var n) && n is > 0 and < 10)
        {
            numerator = n;
            j++;
            if (TokenScan.IsTouchingDash(tokens, j, i))
            {
                j++;
            }
        }

        if (!TokenScan.InSentence(tokens, j, i) || !SpelledNumbers.Of(tokens.Lexicon).Denominators.TryGetValue(tokens[j].Text, out var denominator) || denominator > 4 || FormWords.Of(tokens.Lexicon).Third.Contains(tokens[j].Text))
        {
            return false;
        }

        var k = j + 1;
        if (FormWords.Of(tokens.Lexicon).Half.Contains(tokens[j].Text) && TokenScan.IsWordIn(tokens, k, i, FormWords.Of(tokens.Lexicon).OneArticle))
        {
            k++;
        }

        if (!TokenScan.InSentence(tokens, k, i) || !IsWordScale(tokens, tokens[k].Text, out var scale))
        {
            return false;
        }

        match = new NumberMatch(i, k, numerator / denominator * scale, NumberForm.Spelled, true, true, null);
        return true;
    }

    // "one and a half", "2 and a half". The match is extended in place: it is too large to copy in and out cheaply.
    private static void AddAndAHalf(TokenList tokens, ref NumberMatch match)
    {
        var j = match.Last + 1;
        if (!match.HasScale && TokenScan.IsWordIn(tokens, j, match.First, FormWords.Of(tokens.Lexicon).And) && TokenScan.IsWordIn(tokens, j + 1, match.First, FormWords.Of(tokens.Lexicon).OneArticle) && TokenScan.InSentence(tokens, j + 2, match.First) && FormWords.Of(tokens.Lexicon).Half.Contains(tokens[j + 2].Text))
        {
            match = match with { Last = j + 2, Value = match.Value + 0.5m, IsWhole = false };
        }
    }

    /// <summary>Whether a scale word ("million", "bn") follows token <paramref name="last"/>.</summary>
    public static bool TryScaleWordAfter(TokenList tokens, int last, out decimal scale, out int scaleLast)
    {
        scale = 1m;
        scaleLast = last;
        var j = last + 1;
        if (!TokenScan.InSentence(tokens, j, last) || tokens.KindAt(j) != TokenKind.Word || !tokens.Lexicon.Scales.Words.TryGetValue(tokens[j].Text, out scale))
        {
            return false;
        }

        scaleLast = j;
        return true;
    }

    // "3 billion", "5-million", "two dozen", and "5 m" in money; extended in place as AddAndAHalf.
    private static void AddScaleWord(TokenList tokens, ref NumberMatch match, bool shortScales)
    {
        var j = match.Last + 1;
        if (TokenScan.IsTouchingDash(tokens, j, match.First) && TokenScan.InSentence(tokens, j + 1, match.First) && IsWordScale(tokens, tokens[j + 1].Text, out var hyphenScale))
        {
            match = match with { Last = j + 1, Value = match.Value * hyphenScale, HasScale = true };
            return;
        }

        if (!TokenScan.InSentence(tokens, j, match.First))
        {
            return;
        }

        var next = tokens[j];
        if (next.Kind != TokenKind.Word)
        {
            return;
        }

        var word = next.Text;
        if (tokens.Lexicon.Scales.Words.TryGetValue(word, out var scale) || (shortScales && tokens.Lexicon.Scales.Short.TryGetValue(word, out scale)))
        {
            match = match with { Last = j, Value = match.Value * scale, HasScale = true };
            return;
        }

        if (FormWords.Of(tokens.Lexicon).Dozen.Contains(word) && match.IsWhole)
        {
            match = match with { Last = j, Value = match.Value * 12m, HasScale = true };
        }
    }
}
