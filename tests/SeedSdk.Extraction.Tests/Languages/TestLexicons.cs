using System.Linq;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Tests.Languages;

/// <summary>Test lexicons: English with one row of one list added, taken out or renamed.</summary>
internal static class TestLexicons
{
    /// <summary>English with <paramref name="row"/> added at the end of <paramref name="list"/>.</summary>
    public static Lexicon With(string list, string row)
        => Lexicon.English.WithList(list, string.Join("\n", Lexicon.English.List(list).Concat(new[] { row })));

    /// <summary>English with every row of <paramref name="list"/> equal to <paramref name="row"/> taken out.</summary>
    public static Lexicon Without(string list, string row)
        => Lexicon.English.WithList(list, string.Join("\n", Lexicon.English.List(list).Where(r => r != row)));

    /// <summary>English with the row <paramref name="from"/> of <paramref name="list"/> replaced by <paramref name="to"/>; fails if no row is <paramref name="from"/>.</summary>
    public static Lexicon Renamed(string list, string from, string to)
    {
        var rows = Lexicon.English.List(list);
        Assert.Contains(from, rows);
        return Lexicon.English.WithList(list, string.Join("\n", rows.Select(row => row == from ? to : row)));
    }
}
