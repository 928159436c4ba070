using SeedSdk.Extraction.Curation;

namespace SeedSdk.Extraction.Tests.Curation;

public sealed class JsonReaderTests
{
    [Fact]
    public void Values_keep_their_positions_and_decoded_text()
    {
        const string Json = "{ \"a\": [1, -2.5e3, true, null], \"b\\u0041\": \"x\\n\\\"y\\\"\" }";

        var root = JsonReader.Read(Json, out var error);

        Assert.Null(error);
        Assert.NotNull(root);
        var a = root!.Property("a")!.Value;
        Assert.Equal(JsonNodeKind.Array, a.Kind);
        Assert.Equal(new[] { "1", "-2.5e3", "true", "null" }, System.Linq.Enumerable.Select(a.Items, i => i.Scalar));
        Assert.Equal(Json.IndexOf("-2.5e3", System.StringComparison.Ordinal), a.Items[1].Start);
        var b = root.Property("bA")!;
        Assert.Equal("x\n\"y\"", b.Value.Scalar);
        Assert.Equal(Json.IndexOf("\"b", System.StringComparison.Ordinal), b.NameStart);
    }

    [Theory]
    [InlineData("", 0, "unexpected end")]
    [InlineData("{\"a\" 1}", 5, "':' is expected")]
    [InlineData("[1,]", 3, "unexpected character ']'")]
    [InlineData("{\"a\":1} x", 8, "after the end")]
    [InlineData("\"abc", 0, "unterminated string")]
    [InlineData("[01]", 2, "',' or ']'")]
    [InlineData("\"\\q\"", 1, "unknown escape")]
    [InlineData("{\"a\":1,}", 7, "member name")]
    public void Syntax_errors_point_at_the_offending_character(string json, int offset, string message)
    {
        Assert.Null(JsonReader.Read(json, out var error));
        Assert.NotNull(error);
        Assert.Equal(offset, error!.Start);
        Assert.Contains(message, error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_recursing_into_it()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);

        Assert.Null(JsonReader.Read(json, out var error));
        Assert.Equal(JsonReader.MaxDepth, error!.Start);
    }
}
