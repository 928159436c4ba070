using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Recognizers.Dates;
using SeedSdk.Extraction.Recognizers.Durations;
using SeedSdk.Extraction.Recognizers.Money;
using SeedSdk.Extraction.Recognizers.Ratios;
using SeedSdk.Extraction.Stages.Numeric;
using SeedSdk.Extraction.Tests.Corpora;
using SeedSdk.Extraction.Text;
using SeedSdk.Testing;

namespace SeedSdk.Extraction.Tests.Numbers;

/// <summary>
/// The numeric stage tries the recognizers that read on from a number only when the token after it may go on with
/// them (<see cref="NumberReaders"/>). That skips only tries that would fail: wherever one of them reads a number, the
/// readers after that number include it, whatever was claimed before.
/// </summary>
public sealed class NumberReadersTests
{
    private delegate bool Recognizer(NumericScan scan, int i, out Candidate candidate);

    private static readonly (string Name, NumberReaders Reader, Recognizer Try)[] Gated =
    {
        ("period", NumberReaders.PeriodFromDay | NumberReaders.PeriodFromYear, PeriodRecognizer.TryMatch),
        ("range", NumberReaders.Range, RangeRecognizer.TryMatch),
        ("money", NumberReaders.Money, MoneyRecognizer.TryMatch),
        ("ratio", NumberReaders.Share, RatioRecognizer.TryMatch),
        ("duration", NumberReaders.Duration, DurationRecognizer.TryMatch),
        ("digit date", NumberReaders.DigitDate, NumericDates.TryMatch),
        ("leading part", NumberReaders.LeadingPart, LeadingPart.TryMatch),
    };

    // Numbers, and what stands after numbers in the forms of every gated recognizer (and much that does not), joined
    // at random with and without spaces.
    private static readonly string[] Pieces =
    {
        "1", "5", "05", "9", "12", "13", "24", "31", "32", "100", "1,200", "3.5", "2015", "2021", "25", "2019", "0",
        "-", "–", "/", ".", ",", "~", "%", "[", "]", "$", "€", "¥", "(", ")", ":", "'",
        "March", "march", "Sept", "sep", "May", "Dec", "Q1", "H2", "5th", "1Q25",
        "of", "to", "until", "till", "through", "thru", "and", "between", "from", "the", "in", "out", "a", "an",
        "percent", "per", "cent", "pct", "percentage", "points", "basis", "first",
        "yuan", "dollars", "dollar", "USD", "usd", "u.s.", "u", "s", "cent", "cents", "pounds", "hong", "kong", "new", "taiwan", "MUSD",
        "years", "year", "months", "days", "hours", "minutes", "seconds", "sec", "weeks", "fortnight", "decade", "quarters", "half",
        "million", "billion", "bn", "thousand", "dozen", "hundred",
        "employees", "plants", "miles", "km", "tonnes", "people", "new", "model", "that", "rose", "fell", "old", "first",
    };

    private static readonly string[] DatePieces =
    {
        "5", "9", "12", "31", "2015", "2018", "25", "-", "–", "/", ".", ",", "~", "%", "March", "Sept", "May", "Q1", "Q3", "H2",
        "of", "to", "until", "through", "and", "the", "in", "years", "yuan",
    };

    private static readonly string[] Numbers = Pieces.Where(piece => char.IsDigit(piece[0]) && piece.All(c => char.IsDigit(c) || c is ',' or '.')).ToArray();


    [Fact]
    public void Random_runs_never_skip_a_recognizer_that_would_read()
    {
        var random = new Random(20261207);
        var reads = new int[Gated.Length];
        for (var run = 0; run < 30000; run++)
        {
            // Some runs alternate numbers with other pieces ("5 - 9 March 2015"), as most forms do; some take the pieces
            // of dates and periods only, which seldom meet by chance among the rest.
            var alternate = run % 3 != 2;
            var pieces = run % 3 == 1 ? DatePieces : Pieces;
            var text = new StringBuilder();
            for (var p = random.Next(2, 9); p > 0; p--)
            {
                if (text.Length > 0 && random.Next(3) != 0)
                {
                    text.Append(' ');
                }

                text.Append(alternate && p % 2 == 0 ? Numbers[random.Next(Numbers.Length)] : pieces[random.Next(pieces.Length)]);
            }

            AssertReadersHold(text.ToString(), reads);
        }

        // The leading part of a year seldom meets by chance: A_leading_part_is_among_the_readers_after_its_count has it.
        var counts = string.Join(", ", Gated.Select((gated, r) => gated.Name + " " + reads[r]));
        Assert.True(reads.Where((_, r) => Gated[r].Reader != NumberReaders.LeadingPart).All(count => count >= 15), "the runs should hold numbers each recognizer reads: " + counts);
    }

    [Fact]
    public void The_corpora_sentences_never_skip_a_recognizer_that_would_read()
    {
        var reads = new int[Gated.Length];
        foreach (var dimension in new[] { "money", "ratio", "quantity", "duration", "date", "period" })
        {
            foreach (var corpusCase in CorpusFile.Load(dimension))
            {
                AssertReadersHold(corpusCase.Sentence, reads);
            }
        }

        foreach (var path in Directory.GetFiles(RepoFiles.PathOf("tests/data/corpus"), "*.txt"))
        {
            AssertReadersHold(File.ReadAllText(path), reads);
        }

        var counts = string.Join(", ", Gated.Select((gated, r) => gated.Name + " " + reads[r]));
        Assert.True(reads.Select((count, r) => count >= (Gated[r].Reader == NumberReaders.LeadingPart ? 2 : 20)).All(enough => enough), "the corpora should hold numbers each recognizer reads: " + counts);
    }

    [Theory]
    [InlineData("It hired 5 skilled workers.", 0)]  // None
    [InlineData("It owns 3,400 plants.", 0)]  // None
    [InlineData("Sales rose 5 percent.", 8)]  // Share
    [InlineData("Sales rose 5%.", 8)]  // Share
    [InlineData("one in 5 adults", 0)]  // None
    [InlineData("It cost 5 yuan.", 4)]  // Money
    [InlineData("It cost 5 billion yuan.", 4)]  // Money
    [InlineData("It took 5 years.", 16)]  // Duration
    [InlineData("It grew 5 to 10 percent.", 3)]  // Range | PeriodFromDay
    [InlineData("It opened on 5 March.", 1)]  // PeriodFromDay
    [InlineData("It opened in 2015, then grew.", 0)]  // None
    [InlineData("It opened on 10/1/2018.", 73)]  // PeriodFromDay | Share | DigitDate
    [InlineData("It grew in the first 10 months of 2024.", 144)]  // Duration | LeadingPart
    [InlineData("It ran 2015-2018.", 126)]  // PeriodFromYear | Range | Share | Duration | Money | DigitDate
    public void The_readers_after_a_number_are_those_its_next_token_may_go_on_with(string text, int expected)
    {
        var scan = EnglishScan.Of(text);
        var number = FirstNumber(scan);

        Assert.Equal((NumberReaders)expected, NumericFacts.ReadersAfter(scan, number));
    }

    [Theory]
    [InlineData("It ran 5 to 9 March 2025.")]
    [InlineData("It ran 5 of March to 9 of May 2025.")]
    [InlineData("It ran 5 March 2025 - 9 May 2025.")]
    [InlineData("It ran 5, 2020 - 9 May 2021.")]
    [InlineData("It ran 2021-2025.")]
    [InlineData("It ran 2017 Q1 to 2018 Q3.")]
    [InlineData("It ran 2017 april - 2018 may.")]
    [InlineData("It ran 10/1/2018 - 10/7/2018.")]
    [InlineData("It ran 2014~2018.")]
    [InlineData("It ran 2025/26.")]
    [InlineData("It ran 2015-08-12 to 2015-09-01.")]
    public void A_period_from_a_number_is_among_the_readers_after_it(string text)
        => AssertReadFromFirstNumber(text, PeriodRecognizer.TryMatch, NumberReaders.PeriodFromDay | NumberReaders.PeriodFromYear, "a period");

    [Theory]
    [InlineData("In the first 10 months of 2024 it grew.")]
    [InlineData("In the first 3 quarters of 2025 it grew.")]
    [InlineData("In the first 2 weeks of 2021 it grew.")]
    public void A_leading_part_is_among_the_readers_after_its_count(string text)
        => AssertReadFromFirstNumber(text, LeadingPart.TryMatch, NumberReaders.LeadingPart, "the leading part of a year");

    [Fact]
    public void A_share_after_one_in_is_read_through_its_first_number()
        => AssertReadFromFirstNumber("About 1 in 5 adults agreed.", RatioRecognizer.TryMatch, NumberReaders.Share, "a share"); // the reader is "in", not what follows "5"

    private static int FirstNumber(NumericScan scan) => Enumerable.Range(0, scan.Tokens.Count).First(k => scan.Tokens.KindAt(k) == TokenKind.Number);

    // The recognizer reads what text holds from its first number, and the readers after that number include it.
    private static void AssertReadFromFirstNumber(string text, Recognizer recognizer, NumberReaders reader, string what)
    {
        var scan = EnglishScan.Of(text);
        var number = FirstNumber(scan);

        Assert.True(recognizer(scan, number, out _), $"the text should hold {what} from its first number");
        Assert.True((NumericFacts.ReadersAfter(EnglishScan.Of(text), number) & reader) != 0);
    }

    // At every number of text, claimed from the start and claimed up to the number, a gated recognizer that reads it
    // finds itself among the readers after it; counts the reads per recognizer.
    private static void AssertReadersHold(string text, int[] reads)
    {
        var tokens = EnglishScan.Of(text).Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens.KindAt(i) != TokenKind.Number)
            {
                continue;
            }

            foreach (var claimedBefore in new[] { -1, i - 1 })
            {
                for (var r = 0; r < Gated.Length; r++)
                {
                    var scan = EnglishScan.Of(text);
                    scan.ClaimedBefore = claimedBefore;
                    var readers = NumericFacts.ReadersAfter(scan, i);
                    if (!Gated[r].Try(scan, i, out _))
                    {
                        continue;
                    }

                    reads[r]++;
                    Assert.True((readers & Gated[r].Reader) != 0, $"'{text}': the {Gated[r].Name} recognizer reads the number at token {i} ('{tokens[i].Text}') but the readers after it are {readers}");
                }
            }
        }
    }
}
