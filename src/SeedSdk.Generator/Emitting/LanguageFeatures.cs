using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedSdk.Generator.Emitting;

/// <summary>What the consumer's C# version lets the emitted source use.</summary>
/// <param name="NullableDirective">Whether <c>#nullable</c> exists (C# 8 and later); C# 7.3 projects, such as netstandard2.0 libraries by default, lack it.</param>
/// <param name="SpanLineDirectives">Whether span <c>#line (l, c) - (l, c) "file"</c> directives exist (C# 10 and later).</param>
internal readonly record struct LanguageFeatures(bool NullableDirective, bool SpanLineDirectives)
{
    /// <summary>The features of <paramref name="options"/>'s language version.</summary>
    public static LanguageFeatures Of(ParseOptions options)
        => options is CSharpParseOptions csharp
            ? new LanguageFeatures(csharp.LanguageVersion >= LanguageVersion.CSharp8, csharp.LanguageVersion >= LanguageVersion.CSharp10)
            : new LanguageFeatures(true, false);
}
