using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedSdk.Generator.Emitting;

/// <summary>Which <c>#line</c> form the consumer's language version understands.</summary>
internal static class LineDirectiveSupport
{
    /// <summary>Whether span directives (<c>#line (l, c) - (l, c) "file"</c>, C# 10) are available.</summary>
    public static bool HasSpans(ParseOptions options)
        => options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp10;
}
