using SeedSdk.Extraction.Naming;

namespace SeedSdk.Extraction.Tests.Naming;

public class CSharpIdentifierTests
{
    [Theory]
    [InlineData("People's Bank", "PeoplesBank")]
    [InlineData("Côte d\u2019Ivoire", "CôteDIvoire")]
    [InlineData("rock 'n' roll", "RockNRoll")]
    [InlineData("jane doe", "JaneDoe")]
    [InlineData("class", "Class")]
    public void An_apostrophe_inside_a_word_does_not_split_it(string text, string expected)
        => Assert.Equal(expected, CSharpIdentifier.ToPascalCase(text, "Fallback"));

    [Theory]
    [InlineData("seeds/000_8b5633673b5c9d83.txt", "_0008b5633673b5c9d83")]
    [InlineData("notes\\q3 report.md", "Q3Report")]
    [InlineData("docs/don't panic.md", "DontPanic")]
    [InlineData("seeds/---.txt", "Seed")]
    public void Type_names_come_from_the_file_name(string path, string expected)
        => Assert.Equal(expected, CSharpIdentifier.TypeNameFromPath(path));
}
