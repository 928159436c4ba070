using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Recognizers.Dates;
using SeedSdk.Extraction.Stages.Numeric;
using SeedSdk.Extraction.Text;
using SeedSdk.Extraction.Tests.Numbers;
using SeedSdk.Testing;

namespace SeedSdk.Extraction.Tests.Dates;

/// <summary>
/// The date forms' pre-checks (token shapes, the dispatch tables, the two-token look-ahead) only skip forms that
/// would not read: the checked groups match exactly what the same forms match read at every token.
/// </summary>
public sealed class DateFormPrecheckTests
{
    // Pieces of dates and of what stands near them, joined at random with and without spaces.
    private static readonly string[] Pieces =
    {
        "1", "01", "5", "05", "12", "13", "31", "0", "2015", "2019", "1970", "99", "123", "3.5", "1,200",
        "-", "/", ".", ",", "'", "~", "–", "(", ")", ":",
        "March", "march", "Sept", "sep", "May", "may", "Dec31", "June5", "Q1", "q4", "H2", "h1", "1Q25", "FY24", "5th", "3rd", "21st",
        "of", "the", "in", "s", "S", "week", "first", "third", "last", "twenty", "two", "second", "quarter", "half", "fiscal", "early",
        "mid", "end", "from", "to", "and", "between", "percent", "people", "Apple", "was",
    };

    private static readonly DateFormTable English = DateFormTable.For(Lexicon.English);

    private static readonly (DateFormGroup Checked, DateFormGroup Reference)[] Groups =
    {
        (English.Digits, DateFormGroup.WithoutPrechecks(English.Digits.Forms, DateFormPlace.Digits)),
        (English.AfterYear, DateFormGroup.WithoutPrechecks(English.AfterYear.Forms, DateFormPlace.AfterYear)),
        (English.BeforeYear, DateFormGroup.WithoutPrechecks(English.BeforeYear.Forms, DateFormPlace.BeforeYear)),
    };


    [Fact]
    public void Random_runs_of_date_pieces_match_as_with_no_prechecks()
    {
        var random = new Random(20261207);
        var matches = 0;
        for (var run = 0; run < 20000; run++)
        {
            var text = new StringBuilder();
            var length = random.Next(2, 9);
            for (var p = 0; p < length; p++)
            {
                if (p > 0 && random.Next(3) != 0)
                {
                    text.Append(' ');
                }

                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            matches += AssertSameMatches(text.ToString());
        }

        Assert.True(matches > 1000, "the runs should hold dates to compare: " + matches);
    }

    [Fact]
    public void Texts_written_after_each_form_match_as_with_no_prechecks()
    {
        var random = new Random(7122026);
        var matches = 0;
        foreach (var form in English.Forms)
        {
            for (var run = 0; run < 150; run++)
            {
                matches += AssertSameMatches(Written(form, random));
            }
        }

        Assert.True(matches > English.Forms.Length * 50, "many texts should hold a date: " + matches);
    }

    [Fact]
    public void A_digit_date_missed_at_a_number_is_read_the_same_whatever_was_sought_there_before()
    {
        var random = new Random(20261208);
        var periodEnds = 0;
        foreach (var form in English.Forms)
        {
            for (var run = 0; run < 60; run++)
            {
                periodEnds += AssertSameDigitReads(Written(form, random));
            }
        }

        Assert.True(periodEnds >= 10, "some dates should read only as a period's end: " + periodEnds);
    }

    // At every number, each reading (as a date alone and as a period's end) on a scan that sought the other reading
    // there first gives what a fresh scan gives; returns how many numbers read only as a period's end.
    private static int AssertSameDigitReads(string text)
    {
        var onlyInRange = 0;
        var tokens = EnglishScan.Of(text).Tokens;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (tokens.KindAt(j) != TokenKind.Number)
            {
                continue;
            }

            foreach (var first in new[] { true, false })
            {
                var scan = EnglishScan.Of(text);
                NumericDates.TryRead(scan, j, j, allowYearless: first, out _);
                var found = NumericDates.TryRead(scan, j, j, allowYearless: !first, out var point);
                var expected = NumericDates.TryRead(EnglishScan.Of(text), j, j, allowYearless: !first, out var expectedPoint);
                Assert.True(expected == found && expectedPoint == point, $"'{text}' at token {j}, read with allowYearless {!first} after {first}");
                onlyInRange += found && !first && !NumericDates.TryRead(EnglishScan.Of(text), j, j, allowYearless: false, out _) ? 1 : 0;
            }
        }

        return onlyInRange;
    }

    // A text of one form's elements, each written by a sample of one of its parts (a wrong one at times), optional
    // ones left out at times, touching ones mostly touching, between a few random pieces.
    private static string Written(DateForm form, Random random)
    {
        var text = new StringBuilder();
        for (var p = random.Next(3); p > 0; p--)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]).Append(' ');
        }

        foreach (var element in form.Elements)
        {
            if (element.Optional && random.Next(3) == 0)
            {
                continue;
            }

            if (text.Length > 0 && !(element.Touches && random.Next(5) != 0))
            {
                text.Append(' ');
            }

            text.Append(random.Next(12) == 0 ? Pieces[random.Next(Pieces.Length)] : Sample(element, random));
        }

        for (var p = random.Next(3); p > 0; p--)
        {
            text.Append(' ').Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    private static string Sample(DateElement element, Random random)
    {
        var parts = Enum.GetValues(typeof(DatePart)).Cast<DatePart>().Where(part => part != DatePart.None && (part & (part - 1)) == 0 && (element.Parts & part) != 0).ToArray();
        var part = parts[random.Next(parts.Length)];
        var samples = part switch
        {
            DatePart.ListWord => element.List!.Concat(new[] { "foo" }).ToArray(),
            DatePart.Word => element.Words!.Concat(new[] { "foo" }).ToArray(),
            _ => Samples[part],
        };
        return samples[random.Next(samples.Length)];
    }

    private static readonly Dictionary<DatePart, string[]> Samples = new()
    {
        [DatePart.Year] = new[] { "2015", "1999", "2100", "1499" },
        [DatePart.MonthName] = new[] { "March", "sep", "Sept", "May", "june", "Dec" },
        [DatePart.ClearMonth] = new[] { "March", "march", "Sept", "may", "June", "nov" },
        [DatePart.DatedMonth] = new[] { "March", "may", "Sept", "June", "nov" },
        [DatePart.Month] = new[] { "1", "01", "9", "12", "13", "0" },
        [DatePart.TwoDigitMonth] = new[] { "01", "12", "07", "1" },
        [DatePart.Day] = new[] { "1", "01", "5", "31", "32", "0" },
        [DatePart.TwoDigitDay] = new[] { "01", "09", "31", "1" },
        [DatePart.DayOrMonth] = new[] { "1", "12", "13", "25", "0", "05" },
        [DatePart.Slash] = new[] { "/" },
        [DatePart.Dash] = new[] { "-", "–" },
        [DatePart.Dot] = new[] { "." },
        [DatePart.AnySign] = new[] { "/", "-", "." },
        [DatePart.SameSign] = new[] { "/", "-", "." },
        [DatePart.Comma] = new[] { "," },
        [DatePart.Apostrophe] = new[] { "'", "’" },
        [DatePart.QuarterCode] = new[] { "Q1", "q4", "Q5" },
        [DatePart.HalfCode] = new[] { "H1", "h2", "H3" },
        [DatePart.DayOrOrdinal] = new[] { "5", "5th", "21st", "32nd", "1" },
        [DatePart.GluedMonthDay] = new[] { "Dec31", "June5", "Foo12", "Feb30" },
        [DatePart.SpelledDay] = new[] { "first", "twenty", "two", "second", "thirty" },
        [DatePart.SpelledOrdinal] = new[] { "third", "twenty", "first", "tenth" },
        [DatePart.Ordinal] = new[] { "first", "fourth", "5th", "1st" },
        [DatePart.LastPart] = new[] { "last", "Last" },
        [DatePart.Nth] = new[] { "third", "3rd", "99th", "1st" },
        [DatePart.Count] = new[] { "3", "53", "0", "1" },
    };

    [Fact]
    public void The_corpus_matches_as_with_no_prechecks()
    {
        var matches = 0;
        var folders = new[] { "tests/data/corpus", "tests/data/corpus-dev2", "tests/data/heldout" };
        foreach (var path in folders.SelectMany(folder => Directory.GetFiles(RepoFiles.PathOf(folder), "*.txt")).OrderBy(p => p, StringComparer.Ordinal))
        {
            matches += AssertSameMatches(File.ReadAllText(path));
        }

        Assert.True(matches > 20, "the corpus should hold dates to compare: " + matches);
    }

    [Fact]
    public void A_form_whose_elements_after_its_year_are_optional_matches_at_the_end_of_a_text()
    {
        var table = DateFormTable.Parse(new[] { "year-era year date year \"AD\"?" }, Lexicon.English);
        Assert.True(DateFormMatcher.TryMatch(table.AfterYear, EnglishScan.Of("2015"), 0, 0, false, out var alone));
        Assert.Equal("2015", alone.Point.Iso());
        Assert.True(DateFormMatcher.TryMatch(table.AfterYear, EnglishScan.Of("2015 AD"), 0, 0, false, out var withEra));
        Assert.Equal(1, withEra.Point.Last);
    }

    [Fact]
    public void Forms_past_the_dispatched_64_are_still_tried_in_order()
    {
        var rows = Enumerable.Range(0, 70).Select(k => "never-" + k + " year date year \"never" + k + "\"").ToList();
        rows.Add("year-era year date year \"AD\"");
        var table = DateFormTable.Parse(rows, Lexicon.English);
        Assert.True(DateFormMatcher.TryMatch(table.AfterYear, EnglishScan.Of("in 2015 AD"), 1, 1, false, out var match));
        Assert.Equal(2, match.Point.Last);
        Assert.False(DateFormMatcher.TryMatch(table.AfterYear, EnglishScan.Of("in 2015 BC"), 1, 1, false, out _));
    }

    [Fact]
    public void Next_candidate_walks_the_set_bits_in_order()
    {
        var rows = Enumerable.Range(0, 70).Select(k => "f" + k + " year date year \"w" + k + "\"").ToList();
        var group = DateFormTable.Parse(rows, Lexicon.English).AfterYear;
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var candidates = ((ulong)(uint)random.Next() << 32 | (uint)random.Next()) & (trial % 3 == 0 ? 0x8000_0000_0000_0001UL : ulong.MaxValue);
            var expected = Enumerable.Range(0, 64).Where(f => ((candidates >> f) & 1) != 0).Concat(Enumerable.Range(64, 6)).ToList();
            var walked = new List<int>();
            for (var f = group.NextCandidate(candidates, 0); f < group.Forms.Length; f = group.NextCandidate(candidates, f + 1))
            {
                walked.Add(f);
            }

            Assert.Equal(expected, walked);
        }
    }

    // Compares the checked groups with the reference at every token of text; the number of matches found.
    private static int AssertSameMatches(string text)
    {
        var scan = EnglishScan.Of(text);
        var reference = EnglishScan.Of(text);
        var matches = 0;
        for (var i = 0; i < scan.Tokens.Count; i++)
        {
            foreach (var inRange in new[] { false, true })
            {
                matches += Same(text, i, DateFormMatcher.TryMatch(Groups[0].Checked, scan, i, i, inRange, out var a), a, DateFormMatcher.TryMatch(Groups[0].Reference, reference, i, i, inRange, out var b), b);
            }

            matches += Same(text, i, DateFormMatcher.TryMatch(Groups[1].Checked, scan, i, i, false, out var c), c, DateFormMatcher.TryMatch(Groups[1].Reference, reference, i, i, false, out var d), d);
            if (!TokenScan.IsYear(scan.Tokens[i], out _))
            {
                continue;
            }

            foreach (var claimedBefore in new[] { -1, i - 3, i - 2 })
            {
                matches += Same(text, i, DateFormMatcher.TryMatchBefore(Groups[2].Checked, scan, i, claimedBefore, out var e), e,
                    DateFormMatcher.TryMatchBefore(Groups[2].Reference, reference, i, claimedBefore, out var f), f);
            }
        }

        return matches;
    }

    private static int Same(string text, int i, bool read, DateMatch match, bool expected, DateMatch expectedMatch)
    {
        Assert.True(expected == read && (!read || match == expectedMatch), "\"" + text + "\" at token " + i + ": " + (read ? match.ToString() : "none") + ", expected " + (expected ? expectedMatch.ToString() : "none"));
        return read ? 1 : 0;
    }
}
