using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace SeedSdk.Extraction.Tests.Properties;

/// <summary>The input generators of the extractor properties. Sizes are capped so a run stays fast.</summary>
internal static class TextGens
{
    /// <summary>Characters that break naive code: NUL, controls, every line terminator, bidi and zero-width marks, BOM, non-characters.</summary>
    private const string Troublemakers = "\0\t\r\n\u000B\u000C\u001B\u007F\u0085\u00A0\u2028\u2029\u200B\u200D\u200E\u202A\u202E\u2066\u2069\uFEFF\uFFFD\uFFFE\uFFFF";

    private static readonly string[] Numbers =
    {
        "0", "1", "7", "12", "2025", "1999", "1,318", "3.2", "0.5", "14th", "3.2bn", "SU7", "10,000,000,000", "007", "1.2.3",
        "1,2,3", "99999999999999999999999999999999", "79228162514264337593543950336", "0.0000000000000000000000000001",
        "1e10", "\u00BD", "\u0663", "\u00B2", "\uFF11\uFF12", "-5", "+3", "1/2", "3:45", "24/7", "2021-2025", "2025-03-05", "FY2024",
    };

    private static readonly string[] Currency =
    {
        "$", "\u20AC", "\u00A3", "\u00A5", "\u20B9", "\u00A2", "HK$", "US$", "RMB", "CNY", "USD", "yuan", "renminbi", "dollars", "euros", "pounds", "yen",
    };

    private static readonly string[] Scales =
    {
        "hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "tn", "m", "k", "dozen", "percent", "per", "cent", "pct", "%", "basis", "points",
    };

    private static readonly string[] Punctuation =
    {
        ".", ",", ";", ":", "!", "?", "-", "\u2013", "\u2014", "(", ")", "[", "]", "/", "&", "\u2026", "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "'s", "\u00AB", "\u00BB", "*", "#",
    };

    private static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb.", "Mar", "Jun", "Sept.", "Dec", "Q1", "Q4", "H1", "spring", "today", "yesterday",
    };

    private static readonly string[] Words =
    {
        "from", "to", "between", "and", "or", "up", "at", "least", "about", "over", "under", "nearly", "more", "than", "in", "on", "by",
        "of", "the", "a", "an", "half", "quarter", "third", "one-quarter", "two-thirds", "year", "years", "month", "months", "week", "day",
        "days", "hour", "minute", "decade", "fiscal", "said", "told", "says", "according", "that", "he", "she", "they", "it", "such", "as",
        "including", "vehicles", "stores", "staff", "budget", "revenue", "plans", "invest",
    };

    private static readonly string[] Capitalized =
    {
        "Group", "Inc.", "Ltd", "Corp.", "Minister", "President", "CEO", "Mr.", "Dr.", "Bank", "Ministry", "Congress", "Session", "Nairobi",
        "Lima", "Oslo", "Alpha", "Beta", "Omega", "United", "States", "Summit", "National", "Third", "The", "He", "She", "According",
    };

    private static readonly string[] Separators = { " ", " ", " ", " ", " ", "", "  ", ", ", "-", "\n", "\r\n", "\u2028", "\t" };

    /// <summary>Every token the soup and the mutations draw from.</summary>
    public static readonly string[] Vocabulary =
        Numbers.Concat(Currency).Concat(Scales).Concat(Punctuation).Concat(Months).Concat(Words).Concat(Capitalized).ToArray();

    /// <summary>Random UTF-16 text up to 160 pieces: any code unit (lone surrogates included), troublemakers, ASCII, valid astral pairs.</summary>
    public static readonly Gen<string> RandomUnicode =
        Gen.Frequency(
                (4, Gen.Char['\0', '\uFFFF'].Select(c => c.ToString())),
                (3, Gen.Char[Troublemakers].Select(c => c.ToString())),
                (2, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())),
                (6, Gen.Char[' ', '~'].Select(c => c.ToString())),
                (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)))
            .Array[0, 160]
            .Select(string.Concat);

    /// <summary>Up to 60 tokens of digits, currency, scale words, months, quotes and punctuation with random separators.</summary>
    public static readonly Gen<string> TokenSoup =
        Gen.Select(Gen.OneOf(Vocabulary), Gen.OneOf(Separators))
            .Array[0, 60]
            .Select(pairs => string.Concat(pairs.Select(p => p.Item1 + p.Item2)));

    /// <summary>1 to 3 real sentences, each mutated by up to 6 token edits, joined by a space or a line break.</summary>
    public static readonly Gen<string> MutatedSentences =
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Select(Gen.Int[0, 4], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Array[0, 6], Gen.OneOf(" ", "\n", "\r\n", "  "))
            .Array[1, 3]
            .Select(parts => string.Join(parts[0].Item3, parts.Select(p => Mutate(SentenceCorpus.Sentences[p.Item1 % SentenceCorpus.Sentences.Count], p.Item2))));

    /// <summary>Text of any of the three families, for properties that should hold everywhere.</summary>
    public static readonly Gen<string> AnyText = Gen.OneOf(RandomUnicode, TokenSoup, MutatedSentences);

    /// <summary>Applies token edits to a sentence: 0 insert, 1 delete, 2 duplicate, 3 swap, 4 replace (positions taken modulo the length).</summary>
    public static string Mutate(string sentence, (int Op, int A, int B)[] edits)
    {
        var tokens = new List<string>(sentence.Split(' '));
        foreach (var (op, a, b) in edits)
        {
            var count = tokens.Count;
            var i = count == 0 ? 0 : a % count;
            var word = Vocabulary[b % Vocabulary.Length];
            switch (op)
            {
                case 0:
                    tokens.Insert(count == 0 ? 0 : a % (count + 1), word);
                    break;
                case 1 when count > 0:
                    tokens.RemoveAt(i);
                    break;
                case 2 when count > 0:
                    tokens.Insert(i, tokens[i]);
                    break;
                case 3 when count > 0:
                    var j = b % count;
                    (tokens[i], tokens[j]) = (tokens[j], tokens[i]);
                    break;
                case 4 when count > 0:
                    tokens[i] = word;
                    break;
            }
        }

        return string.Join(" ", tokens);
    }

    /// <summary>Shows a failing input with every non-printable or non-ASCII character escaped.</summary>
    public static string Show(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~' and not '\\' and not '"')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }
}
