using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Diagnostics;
using SeedSdk.Generator.Model;

namespace SeedSdk.Generator.Parsing;

/// <summary>
/// Keeps the facts the emitter can turn into valid code: a fact whose value is missing or malformed
/// (which the runtime constructors would reject) is dropped with a SEED008 warning at its span.
/// Kinds this generator does not know are dropped silently.
/// </summary>
internal static class FactValidator
{
    public static ExtractedDocument Validate(ExtractedDocument document, string filePath, SourceText source, List<DiagnosticInfo> diagnostics)
    {
        var kept = new List<ExtractedFact>(document.Facts.Count);
        var changed = false;
        foreach (var fact in document.Facts)
        {
            if (!FactKinds.IsKnown(fact.Kind))
            {
                changed = true;
                continue;
            }

            var problem = Problem(fact, source.Length);
            if (problem is null)
            {
                kept.Add(fact);
                continue;
            }

            changed = true;
            var span = ClampedSpan(fact.Span, source.Length);
            diagnostics.Add(DiagnosticInfo.InFile(
                DiagnosticDescriptors.MalformedFact, filePath, span, source.Lines.GetLinePositionSpan(span), fact.Kind.ContractName(), fact.Name, problem));
        }

        return changed ? document with { Facts = EquatableArray<ExtractedFact>.TakeOwnership(kept.ToArray()) } : document;
    }

    /// <summary>Why <paramref name="fact"/> cannot be emitted, or null.</summary>
    public static string? Problem(ExtractedFact fact, int textLength) => FactCompleteness.Problem(fact, textLength);

    private static TextSpan ClampedSpan(SourceSpan span, int textLength)
    {
        var start = span.Start < 0 ? 0 : span.Start > textLength ? textLength : span.Start;
        var length = span.Length < 0 ? 0 : span.Length > textLength - start ? textLength - start : span.Length;
        return new TextSpan(start, length);
    }
}
