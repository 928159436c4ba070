using System;
using System.Collections.Generic;
using System.Linq;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Naming;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Tests.Naming;

/// <summary>Builds facts by hand over a short text, so the namer is tested without any recognizer.</summary>
internal static class NamingFacts
{
    /// <summary>A fact of <paramref name="kind"/> over the <paramref name="occurrence"/>-th occurrence of <paramref name="text"/>.</summary>
    public static ExtractedFact At(DocumentContext context, FactKind kind, string text, int occurrence = 1)
    {
        var start = -1;
        for (var n = 0; n < occurrence; n++)
        {
            start = context.Text.IndexOf(text, start + 1, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{text}' not found in the test text");
        }

        var span = context.Lines.Span(start, text.Length);
        Assert.True(FactWindow.TryLocate(context, span, out var first, out var last));
        return context.FactOf(kind, first, last);
    }

    /// <summary>The names <see cref="FactNamer"/> gives <paramref name="facts"/>, in order.</summary>
    public static string[] Names(DocumentContext context, params ExtractedFact[] facts)
        => FactNamer.AssignNames(context, facts.ToList()).Select(f => f.Name).ToArray();

    /// <summary>The name of one fact.</summary>
    public static string Name(DocumentContext context, ExtractedFact fact) => Names(context, fact)[0];

    /// <summary>A document context for <paramref name="text"/>.</summary>
    public static DocumentContext Context(string text) => DocumentContext.Create(text, "test.txt");

    /// <summary>A money fact over <paramref name="text"/> in <paramref name="sentence"/>.</summary>
    public static string MoneyName(string sentence, string text, decimal value, string unit = "USD")
    {
        var context = Context(sentence);
        return Name(context, At(context, FactKind.Money, text) with { Value = value, Unit = unit });
    }

    /// <summary>A ratio fact over <paramref name="text"/> in <paramref name="sentence"/>.</summary>
    public static string RatioName(string sentence, string text, decimal value)
    {
        var context = Context(sentence);
        return Name(context, At(context, FactKind.Ratio, text) with { Value = value });
    }

    /// <summary>An entity-level fact with no meaningful span, named from its fields alone.</summary>
    public static string FieldName(ExtractedFact fact)
    {
        var context = Context("x");
        return Name(context, fact with { Span = context.SpanOf(0, 0) });
    }

    /// <summary>Equatable list helper.</summary>
    public static EquatableArray<string> Items(params string[] items) => new(items);

    /// <summary>All the facts' names as a set, to check uniqueness.</summary>
    public static HashSet<string> Distinct(IEnumerable<string> names) => new(names, StringComparer.Ordinal);
}
