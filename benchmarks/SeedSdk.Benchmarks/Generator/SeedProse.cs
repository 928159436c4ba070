using System;
using System.Text;

namespace SeedSdk.Benchmarks.Generator;

/// <summary>
/// Deterministic news-like seed documents: a title line, then paragraphs that mix one fact-bearing sentence
/// from <see cref="ProseGenerator"/> with narrative sentences that carry no facts, the way ordinary articles do.
/// </summary>
public static class SeedProse
{
    private static readonly string[] Narrative =
    {
        "Analysts said the decision reflected a broader shift in the industry's priorities.",
        "The announcement was welcomed by suppliers, who had been waiting for clarity on the plan.",
        "Officials did not give further details about the timetable or the partners involved.",
        "The company has spent the past year reorganising its operations and simplifying its product range.",
        "Competition in the sector has intensified as new entrants try to win market share from established players.",
        "Several investors questioned whether the strategy could be carried out without raising more capital.",
        "Local authorities said the project would bring jobs and new infrastructure to the surrounding area.",
        "The statement added that the group remained committed to its long-term goals despite the uncertain outlook.",
        "Industry observers expect the move to put pressure on rivals to respond with similar offers.",
        "A spokesperson declined to comment on the negotiations, citing confidentiality agreements.",
        "The plan still needs approval from regulators, which could take several months.",
        "Customers have responded positively to the changes, according to a survey published by the firm.",
    };

    /// <summary>An article of about <paramref name="length"/> characters; the same <paramref name="seed"/> gives the same text.</summary>
    public static string Article(int length, int seed)
    {
        var random = new Random(seed);
        var facts = ProseGenerator.Generate(length, seed).Split(new[] { ". ", ".\n" }, StringSplitOptions.RemoveEmptyEntries);
        var text = new StringBuilder(length + 256);
        text.Append("Report ").Append(seed).Append(": market update\n");
        var next = 0;
        while (text.Length < length && next < facts.Length)
        {
            text.Append(facts[next++].TrimEnd('.')).Append(". ");
            var narrative = 1 + random.Next(2);
            for (var i = 0; i < narrative; i++)
            {
                text.Append(Narrative[random.Next(Narrative.Length)]).Append(' ');
            }

            if (random.Next(3) == 0)
            {
                text.Length--;
                text.Append('\n');
            }
        }

        return text.ToString().TrimEnd() + "\n";
    }

    /// <summary>The same prose as <see cref="Article"/> with every line break replaced by a space: one long line.</summary>
    public static string SingleLine(int length, int seed) => Article(length, seed).Replace('\n', ' ').TrimEnd() + "\n";

    /// <summary>The same prose as <see cref="SingleLine"/> with every sentence end replaced by a semicolon: one line, one sentence.</summary>
    public static string OneSentence(int length, int seed) => SingleLine(length, seed).Replace(". ", "; ");
}
