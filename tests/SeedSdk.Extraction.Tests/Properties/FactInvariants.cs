using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Naming;

namespace SeedSdk.Extraction.Tests.Properties;

/// <summary>
/// The structural promises every extraction keeps, whatever the input: each violation throws an
/// <see cref="InvariantViolation"/> naming the fact, so CsCheck can shrink the input.
/// </summary>
internal static class FactInvariants
{
    /// <summary>Extracts <paramref name="text"/> and checks every invariant; returns the document.</summary>
    public static ExtractedDocument ExtractAndCheck(string text, string path = "seeds/property.txt")
    {
        var document = FactExtractor.Extract(text, path);
        Check(text, path, document);
        return document;
    }

    /// <summary>Checks <paramref name="document"/>, extracted from <paramref name="text"/> and <paramref name="path"/>.</summary>
    public static void Check(string text, string path, ExtractedDocument document)
    {
        Require(ReferenceEquals(document.Text, text) || document.Text == text, "document text differs from the input");
        Require(document.Path == path, "document path differs from the input");
        Require(document.Title is not null, "title is null");

        var reference = new ReferenceLines(text);
        CheckSentences(text, document, reference);
        CheckFacts(text, document, reference);
    }

    private static void CheckSentences(string text, ExtractedDocument document, ReferenceLines reference)
    {
        var previousEnd = 0;
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            var span = document.Sentences[i].Span;
            Require(span.Start >= previousEnd && span.Length > 0 && span.End <= text.Length, $"sentence {i} span {span} is out of order or outside the text");
            CheckLocation(span, reference, $"sentence {i}");
            previousEnd = span.End;
        }
    }

    private static void CheckFacts(string text, ExtractedDocument document, ReferenceLines reference)
    {
        var names = new Dictionary<FactKind, HashSet<string>>();
        ExtractedFact? previous = null;
        foreach (var fact in document.Facts)
        {
            var span = fact.Span;
            var label = $"{fact.Kind} '{fact.Name}' \"{fact.Text}\" at {span}";
            Require(Enum.IsDefined(typeof(FactKind), fact.Kind), $"{label}: undefined kind");
            Require(span.Start >= 0 && span.Length > 0 && span.End <= text.Length, $"{label}: span outside the text (length {text.Length})");
            Require(string.Equals(fact.Text, text.Substring(span.Start, span.Length), StringComparison.Ordinal), $"{label}: text differs from the source at its span");
            Require(!SplitsSurrogatePair(text, span.Start) && !SplitsSurrogatePair(text, span.End), $"{label}: span splits a surrogate pair");
            CheckLocation(span, reference, label);
            Require(fact.SentenceIndex >= 0 && fact.SentenceIndex < document.Sentences.Count, $"{label}: sentence index {fact.SentenceIndex} of {document.Sentences.Count}");
            var sentence = document.Sentences[fact.SentenceIndex].Span;
            Require(span.Start >= sentence.Start && span.Start < sentence.End, $"{label}: does not start inside its sentence {sentence}");

            Require(CSharpIdentifier.IsValid(fact.Name), $"{label}: invalid C# name");
            if (!names.TryGetValue(fact.Kind, out var used))
            {
                names[fact.Kind] = used = new HashSet<string>(StringComparer.Ordinal);
            }

            Require(used.Add(fact.Name), $"{label}: name used twice within its kind");
            Require(previous is null || InDocumentOrder(previous, fact), $"{label}: comes after {previous?.Kind} at {previous?.Span}");
            previous = fact;
        }
    }

    private static bool InDocumentOrder(ExtractedFact before, ExtractedFact after)
        => before.Span.Start < after.Span.Start
           || (before.Span.Start == after.Span.Start && before.Span.Length >= after.Span.Length);

    private static void CheckLocation(SourceSpan span, ReferenceLines reference, string label)
    {
        var line = reference.LineOf(span.Start);
        var column = reference.ColumnOf(span.Start);
        Require(span.Line == line && span.Column == column, $"{label}: at line {span.Line} column {span.Column}, expected line {line} column {column}");
    }

    private static bool SplitsSurrogatePair(string text, int offset)
        => offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolation(message);
        }
    }
}

/// <summary>A broken extraction invariant.</summary>
internal sealed class InvariantViolation : Exception
{
    public InvariantViolation(string message)
        : base(message)
    {
    }
}
