using System;
using System.Collections.Generic;
using System.Globalization;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Curation;

/// <summary>
/// Gives a fact the kind and values a curation entry states, checking each value against the kind. Members by kind:
/// money <c>value</c> (number, in units), <c>unit</c> (ISO 4217), <c>qualifier</c>; ratio <c>value</c> (fraction of
/// one); quantity <c>value</c>, <c>unit</c>; duration <c>value</c>, <c>unit</c> (year … minute); date <c>value</c>
/// (ISO 8601); period <c>start</c>, <c>end</c>; person, organization, location, event <c>value</c> (the canonical
/// name); role <c>person</c>, <c>role</c>, <c>organization</c>; list <c>head</c>, <c>items</c>; statement <c>speaker</c>.
/// </summary>
internal static class FactValues
{
    private static readonly string[] Qualifiers = { "up-to", "at-least", "about", "over", "under" };
    private static readonly string[] DurationUnits = { "year", "month", "week", "day", "hour", "minute" };

    /// <summary>
    /// <paramref name="fact"/> as <paramref name="kind"/> with the members of <paramref name="patch"/>, or null
    /// (with a SEED025 problem) when a member does not fit the kind or the fact ends up incomplete.
    /// </summary>
    public static ExtractedFact? Apply(ExtractedFact fact, FactKind kind, FactPatch patch, int textLength, JsonNode entry, CurationProblems problems)
    {
        var result = new FactBox(Carry(fact, kind));
        foreach (var member in patch.Values)
        {
            var problem = TrySet(result, member.Name, member.Value);
            if (problem is not null)
            {
                problems.Add(CurationProblemIds.BadValue, "\"" + member.Name + "\" " + problem, member.Value);
                return null;
            }
        }

        var missing = FactCompleteness.Problem(result.Fact, textLength);
        if (missing is not null)
        {
            problems.Add(
                CurationProblemIds.BadValue,
                "The " + kind.ContractName() + " fact \"" + fact.Text + "\" cannot be used: " + missing + "; give " + Needs(kind),
                patch.Kind?.Node ?? entry);
            return null;
        }

        return result.Fact;
    }

    /// <summary>The fact with kind <paramref name="kind"/>; values carry over only when the kind stays, or between entity kinds.</summary>
    private static ExtractedFact Carry(ExtractedFact fact, FactKind kind)
    {
        if (fact.Kind == kind || (FactKinds.IsEntity(fact.Kind) && FactKinds.IsEntity(kind)))
        {
            return fact with { Kind = kind };
        }

        var bare = new ExtractedFact { Kind = kind, Name = fact.Name, Text = fact.Text, Span = fact.Span, SentenceIndex = fact.SentenceIndex };
        return FactKinds.IsEntity(kind) ? bare with { EntityName = fact.Text } : bare;
    }

    /// <summary>Sets one member; returns why it does not fit, or null.</summary>
    private static string? TrySet(FactBox box, string member, JsonNode value)
    {
        var kind = box.Fact.Kind;
        switch (member)
        {
            case "value" when kind is FactKind.Money or FactKind.Ratio or FactKind.Quantity or FactKind.Duration:
                if (value.Kind != JsonNodeKind.Number || !decimal.TryParse(value.Scalar, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return "must be a number" + (kind == FactKind.Ratio ? " (a fraction of one: 0.09 for 9%)" : string.Empty);
                }

                box.Fact = box.Fact with { Value = number };
                return null;
            case "value" when kind == FactKind.Date:
                return Iso(value, iso => box.Fact = box.Fact with { Date = iso });
            case "value" when FactKinds.IsEntity(kind):
                return Text(value, required: true, text => box.Fact = box.Fact with { EntityName = text });
            case "unit" when kind == FactKind.Money:
                return value.Kind == JsonNodeKind.String && IsCurrencyCode(value.Scalar) ? Set(() => box.Fact = box.Fact with { Unit = value.Scalar })
                    : "must be an ISO 4217 currency code such as \"USD\"";
            case "unit" when kind == FactKind.Duration:
                return value.Kind == JsonNodeKind.String && Array.IndexOf(DurationUnits, value.Scalar) >= 0 ? Set(() => box.Fact = box.Fact with { Unit = value.Scalar })
                    : "must be one of " + string.Join(", ", DurationUnits);
            case "unit" when kind == FactKind.Quantity:
                return Text(value, required: true, text => box.Fact = box.Fact with { Unit = text });
            case "qualifier" when kind == FactKind.Money:
                if (value.Kind == JsonNodeKind.Null)
                {
                    box.Fact = box.Fact with { Qualifier = null };
                    return null;
                }

                return value.Kind == JsonNodeKind.String && Array.IndexOf(Qualifiers, value.Scalar) >= 0 ? Set(() => box.Fact = box.Fact with { Qualifier = value.Scalar })
                    : "must be null (exact) or one of " + string.Join(", ", Qualifiers);
            case "start" when kind == FactKind.Period:
                return Iso(value, iso => box.Fact = box.Fact with { Start = iso });
            case "end" when kind == FactKind.Period:
                return Iso(value, iso => box.Fact = box.Fact with { End = iso });
            case "person" when kind == FactKind.Role:
                return Text(value, required: true, text => box.Fact = box.Fact with { Person = text });
            case "role" when kind == FactKind.Role:
                return Text(value, required: true, text => box.Fact = box.Fact with { Role = text });
            case "organization" when kind == FactKind.Role:
                return Text(value, required: false, text => box.Fact = box.Fact with { Organization = text });
            case "head" when kind == FactKind.List:
                return Text(value, required: false, text => box.Fact = box.Fact with { Head = text });
            case "items" when kind == FactKind.List:
                return Items(value, items => box.Fact = box.Fact with { Items = items });
            case "speaker" when kind == FactKind.Statement:
                return Text(value, required: true, text => box.Fact = box.Fact with { Speaker = text });
            default:
                return "does not apply to a " + kind.ContractName() + " fact; it takes " + Needs(kind);
        }
    }

    private static string? Set(Action set)
    {
        set();
        return null;
    }

    private static string? Iso(JsonNode value, Action<string> set)
        => value.Kind == JsonNodeKind.String && IsoDate.TryParse(value.Scalar, out _)
            ? Set(() => set(value.Scalar))
            : "must be an ISO 8601 date: \"2025\", \"2025-03\", \"2025-03-05\" or \"2025-Q1\"";

    private static string? Text(JsonNode value, bool required, Action<string?> set)
    {
        if (value.Kind == JsonNodeKind.Null && !required)
        {
            return Set(() => set(null));
        }

        return value.Kind == JsonNodeKind.String && value.Scalar.Trim().Length > 0
            ? Set(() => set(value.Scalar))
            : required ? "must be a non-empty string" : "must be a non-empty string or null";
    }

    private static string? Items(JsonNode value, Action<EquatableArray<string>> set)
    {
        if (value.Kind != JsonNodeKind.Array)
        {
            return "must be an array of strings";
        }

        var items = new List<string>(value.Items.Count);
        foreach (var item in value.Items)
        {
            if (item.Kind != JsonNodeKind.String)
            {
                return "must be an array of strings";
            }

            items.Add(item.Scalar);
        }

        return Set(() => set(EquatableArray<string>.TakeOwnership(items.ToArray())));
    }

    private static bool IsCurrencyCode(string code)
        => code.Length == 3 && code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z' && code[2] is >= 'A' and <= 'Z';

    private static string Needs(FactKind kind) => kind switch
    {
        FactKind.Money => "\"value\" (a number, in units) and \"unit\" (ISO 4217), optionally \"qualifier\"",
        FactKind.Ratio => "\"value\" (a fraction of one)",
        FactKind.Quantity => "\"value\" and \"unit\" (a lower-case singular noun)",
        FactKind.Duration => "\"value\" and \"unit\" (" + string.Join(", ", DurationUnits) + ")",
        FactKind.Date => "\"value\" (ISO 8601)",
        FactKind.Period => "\"start\" and \"end\" (ISO 8601)",
        FactKind.Role => "\"person\" and \"role\", optionally \"organization\"",
        FactKind.List => "\"items\", optionally \"head\"",
        FactKind.Statement => "\"speaker\"",
        _ => "\"value\" (the canonical name)",
    };

    /// <summary>The fact being corrected, one member at a time.</summary>
    private sealed class FactBox
    {
        public FactBox(ExtractedFact fact) => Fact = fact;

        public ExtractedFact Fact { get; set; }
    }
}
