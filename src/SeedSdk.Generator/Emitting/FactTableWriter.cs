using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Generator.Emitting;

/// <summary>
/// Encodes a document's sentences and emitted facts in the form the runtime's <c>SeedSdk.FactTable</c> decodes
/// (documented on <c>SeedSdk.Internal.FactTableReader</c>): numbers as invariant decimals ending in ',', strings as
/// their length, ':' and the characters, '~' for null, '=' for the fact's own text. One string per document, so the
/// compiler sees one literal instead of a constructor call with many arguments per fact.
/// </summary>
internal static class FactTableWriter
{
    /// <summary>The table of <paramref name="document"/> with <paramref name="facts"/> (the emitted facts, in document order).</summary>
    public static string Write(ExtractedDocument document, IReadOnlyList<ExtractedFact> facts)
    {
        var table = new StringBuilder(facts.Count * 48);
        Int(table, document.Sentences.Count);
        foreach (var sentence in document.Sentences)
        {
            Int(table, sentence.Span.Start);
            Int(table, sentence.Span.Length);
        }

        var people = FirstIndexByName(facts, FactKind.Person);
        var organizations = FirstIndexByName(facts, FactKind.Organization);
        Int(table, facts.Count);
        foreach (var fact in facts)
        {
            Int(table, (int)fact.Kind);
            String(table, fact.Name, null);
            Int(table, fact.Span.Start);
            Int(table, fact.Span.Length);
            Int(table, fact.Span.Line);
            Int(table, fact.Span.Column);
            Int(table, fact.SentenceIndex);
            String(table, fact.Text, SourceText(document.Text, fact));
            Values(table, fact, people, organizations);
        }

        return table.ToString();
    }

    private static void Values(StringBuilder table, ExtractedFact fact, Dictionary<string, int> people, Dictionary<string, int> organizations)
    {
        var same = fact.Text;
        switch (fact.Kind)
        {
            case FactKind.Money:
                Decimal(table, fact.Value);
                String(table, fact.Unit ?? string.Empty, same);
                String(table, FactText.QualifierMember(fact.Qualifier) == "None" ? null : fact.Qualifier, same);
                break;
            case FactKind.Ratio:
                Decimal(table, fact.Value);
                break;
            case FactKind.Quantity or FactKind.Duration:
                Decimal(table, fact.Value);
                String(table, fact.Unit ?? string.Empty, same);
                break;
            case FactKind.Date:
                String(table, fact.Date ?? string.Empty, same);
                break;
            case FactKind.Period:
                String(table, fact.Start ?? string.Empty, same);
                String(table, fact.End ?? string.Empty, same);
                break;
            case FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event:
                String(table, fact.EntityName ?? fact.Text, same);
                Strings(table, fact.Aliases, same);
                break;
            case FactKind.Role:
                String(table, fact.Person ?? string.Empty, same);
                String(table, fact.Role ?? string.Empty, same);
                String(table, fact.Organization, same);
                Int(table, fact.Person is not null && people.TryGetValue(fact.Person, out var person) ? person : -1);
                Int(table, fact.Organization is not null && organizations.TryGetValue(fact.Organization, out var organization) ? organization : -1);
                break;
            case FactKind.List:
                String(table, fact.Head, same);
                Strings(table, fact.Items, same);
                break;
            case FactKind.Statement:
                String(table, fact.Speaker ?? string.Empty, same);
                break;
        }
    }

    /// <summary>Where the first fact of <paramref name="kind"/> with each canonical name stands (a role refers to it).</summary>
    private static Dictionary<string, int> FirstIndexByName(IReadOnlyList<ExtractedFact> facts, FactKind kind)
    {
        var first = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].Kind == kind && facts[i].EntityName is { } name && !first.ContainsKey(name))
            {
                first.Add(name, i);
            }
        }

        return first;
    }

    /// <summary>The source characters at the fact's span, or null when the span lies outside the text.</summary>
    private static string? SourceText(string text, ExtractedFact fact)
        => fact.Span.Start >= 0 && fact.Span.Length >= 0 && fact.Span.Start <= text.Length - fact.Span.Length
            ? text.Substring(fact.Span.Start, fact.Span.Length)
            : null;

    private static void Int(StringBuilder table, int value) => table.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');

    private static void Decimal(StringBuilder table, decimal? value) => String(table, (value ?? 0m).ToString(CultureInfo.InvariantCulture), null);

    private static void String(StringBuilder table, string? value, string? same)
    {
        if (value is null)
        {
            table.Append('~');
        }
        else if (same is not null && value == same)
        {
            table.Append('=');
        }
        else
        {
            table.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }
    }

    private static void Strings(StringBuilder table, EquatableArray<string> items, string same)
    {
        Int(table, items.Count);
        foreach (var item in items)
        {
            String(table, item ?? string.Empty, same);
        }
    }
}
