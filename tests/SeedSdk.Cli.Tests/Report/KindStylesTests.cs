using System;
using System.Globalization;
using System.Linq;
using SeedSdk.Cli.CommandLine;
using SeedSdk.Cli.Report;

namespace SeedSdk.Cli.Tests.Report;

/// <summary>The report's colours meet WCAG contrast: text 4.5:1 (AA) on every fill, kind edges 3:1 against the page and the fill.</summary>
public class KindStylesTests
{
    private const string Text = "#1a1a1a";
    private const string Page = "#ffffff";

    [Fact]
    public void Every_kind_has_a_colour()
        => Assert.Equal(CliParser.KindNames.OrderBy(k => k, StringComparer.Ordinal), KindStyles.Colours.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Fact]
    public void Text_on_every_fill_has_at_least_aa_contrast()
        => Assert.All(KindStyles.Colours, pair => Assert.True(Contrast(Text, pair.Value.Fill) >= 4.5, pair.Key + ": " + Contrast(Text, pair.Value.Fill)));

    [Fact]
    public void Every_edge_stands_out_from_the_page_and_from_its_fill()
        => Assert.All(KindStyles.Colours, pair =>
        {
            Assert.True(Contrast(pair.Value.Edge, Page) >= 3, pair.Key + " edge on page");
            Assert.True(Contrast(pair.Value.Edge, pair.Value.Fill) >= 3, pair.Key + " edge on fill");
        });

    [Fact]
    public void The_style_sheet_uses_the_text_colour_the_contrast_is_checked_for()
        => Assert.Contains("color:" + Text, KindStyles.StyleSheet(), StringComparison.Ordinal);

    private static double Contrast(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
