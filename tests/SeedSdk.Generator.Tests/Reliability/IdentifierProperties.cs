using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using SeedSdk.Extraction.Naming;

namespace SeedSdk.Generator.Tests.Reliability;

/// <summary>
/// The Roslyn-free identifier rules that name every generated class and member agree with Roslyn: what
/// <see cref="CSharpIdentifier.IsValid"/> accepts and what <see cref="CSharpIdentifier.ToPascalCase"/> and
/// <see cref="CSharpIdentifier.TypeNameFromPath"/> produce are valid, non-keyword C# identifiers.
/// </summary>
public sealed class IdentifierProperties
{
    public const int Cases = 3_000;

    private static readonly Gen<string> Text = Gen.Frequency(
            (3, Gen.Char['\0', '\uFFFF']),
            (3, Gen.Char['a', 'z']),
            (1, Gen.Char["_0123456789 .-'\u0301\u0903\u2160\u01C5\u02B0\u00AA\u200D\u00DF\u0130\u0131"]))
        .Array[0, 16]
        .Select(chars => new string(chars));

    [Fact]
    public void Generated_names_are_identifiers_Roslyn_accepts()
        => Text.Sample(
            text =>
            {
                AssertRoslynValid(CSharpIdentifier.ToPascalCase(text, "Fallback"));
                AssertRoslynValid(CSharpIdentifier.TypeNameFromPath("seeds/" + text + ".txt"));
                if (CSharpIdentifier.IsValid(text))
                {
                    AssertRoslynValid(text);
                }
            },
            iter: Cases);

    [Theory]
    [InlineData("class")]
    [InlineData("2024")]
    [InlineData("")]
    [InlineData("\u0130stanbul")]
    public void Keywords_digits_and_empty_text_become_valid_names(string text)
        => AssertRoslynValid(CSharpIdentifier.ToPascalCase(text, "Fallback"));

    private static void AssertRoslynValid(string name)
    {
        Assert.True(SyntaxFacts.IsValidIdentifier(name), "not an identifier: " + name);
        Assert.True(SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None, "a keyword: " + name);
    }
}
