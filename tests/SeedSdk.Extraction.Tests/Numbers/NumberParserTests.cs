using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Tests.Numbers;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("1,318", "1318")]
    [InlineData("3.2", "3.2")]
    [InlineData("12,34,567.89", "1234567.89")]
    [InlineData("3.2bn", "3200000000")]
    [InlineData("10k", "10000")]
    [InlineData("1.5 trillion", "1500000000000")]
    [InlineData("35 lakh", "3500000")]
    [InlineData("one hundred and five", "105")]
    [InlineData("twenty-three", "23")]
    [InlineData("forty five", "45")]
    [InlineData("a dozen", "12")]
    [InlineData("two million three hundred thousand", "2300000")]
    [InlineData("half a million", "500000")]
    [InlineData("three quarters billion", "750000000")]
    [InlineData("one and a half", "1.5")]
    [InlineData("5-billion", "5000000000")]
    public void Reads_the_number(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.True(NumberParser.TryParse(tokens, 0, shortScales: false, out var match));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), match.Value);
        Assert.Equal(tokens.Count - 1, match.Last);
    }

    [Theory]
    [InlineData("14th")]
    [InlineData("1990s")]
    [InlineData("several")]
    [InlineData("a few")]
    [InlineData("hundred")]
    public void Reads_no_number(string text)
        => Assert.False(NumberParser.TryParse(Tokenizer.Tokenize(text), 0, shortScales: false, out _));

    [Fact]
    public void Short_scales_apply_only_when_asked()
    {
        var tokens = Tokenizer.Tokenize("5 m");

        Assert.True(NumberParser.TryParse(tokens, 0, shortScales: true, out var money));
        Assert.True(NumberParser.TryParse(tokens, 0, shortScales: false, out var plain));
        Assert.Equal(5_000_000m, money.Value);
        Assert.Equal(5m, plain.Value);
    }

    [Theory]
    [InlineData("2.3.1")]
    [InlineData("12a")]
    public void Digits_with_two_dots_or_letters_are_not_digits(string text)
        => Assert.False(NumberParser.TryDigits(text, 0, text.Length, out _, out _));
}
