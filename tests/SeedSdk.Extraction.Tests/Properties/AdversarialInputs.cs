using System.Collections.Generic;
using System.Text;

namespace SeedSdk.Extraction.Tests.Properties;

/// <summary>Large inputs built to trigger super-linear behaviour: repetition, long runs, one giant token, endless lines.</summary>
internal static class AdversarialInputs
{
    /// <summary>Each pattern's name and the unit repeated to build it.</summary>
    public static IReadOnlyList<(string Name, string Unit)> Patterns { get; } = new[]
    {
        ("ones", "1 "),
        ("dollars", "$"),
        ("month names", "Jun "),
        ("open periods", "from 2021 to "),
        ("money chain", "up to $1.5 billion and "),
        ("capitalized run", "Alpha Beta Gamma Delta Group "),
        ("one giant number", "9"),
        ("grouped number", ",000"),
        ("one giant word", "a"),
        ("quotes", "\""),
        ("nested reporting", "He said that \u201CShe said "),
        ("list run", "apples, pears, "),
        ("parentheses", "("),
        ("abbreviations", "Mr. "),
        ("periods", ". "),
        ("crlf", "\r\n"),
        ("line separators", "\u2028"),
        ("lone surrogates", "\uD800"),
        ("percent run", "25% "),
        ("ten thousand char lines", new string('x', 9_999) + "\n"),
        ("long sentence", "the 3 firms said 7 of 12 units rose 4% in 2024 and "),
        ("one long table row", "| 5% "),
        ("label lines", "- Revenue 2024: $5 million\n"),
        ("sections of lone values", "## Sales\n$5 million\n"),
    };

    /// <summary><paramref name="unit"/> repeated to <paramref name="length"/> characters; "grouped number" starts with "1".</summary>
    public static string Build(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        if (unit == ",000")
        {
            builder.Append('1');
        }

        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
