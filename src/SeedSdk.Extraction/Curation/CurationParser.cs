using System;
using System.Collections.Generic;
using System.Globalization;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Curation;

/// <summary>
/// Reads the <c>seedsdk/curation@1</c> shape (schemas/seedsdk-curation.schema.json) out of a JSON tree. An entry
/// with an unknown member, a member of the wrong type, or a missing or conflicting member is skipped with SEED021,
/// so that a typo never applies half an intent.
/// </summary>
internal static class CurationParser
{
    private static readonly string[] TopMembers = { "$schema", "facts", "add" };
    private static readonly string[] SelectorMembers = { "name", "kind", "text", "context", "occurrence" };
    private static readonly string[] EditActions = { "rename", "pin", "suppress", "set" };

    /// <summary>The value members a fact can be given, by kind: see <see cref="FactValues"/>.</summary>
    public static readonly string[] ValueMembers = { "value", "unit", "qualifier", "start", "end", "person", "role", "organization", "head", "items", "speaker" };

    public static CurationPlan Parse(JsonNode root, CurationProblems problems)
    {
        var plan = new CurationPlan();
        if (root.Kind != JsonNodeKind.Object)
        {
            problems.Add(CurationProblemIds.InvalidEntry, "A curation file is a JSON object with \"facts\" and \"add\" arrays; found " + JsonNode.Describe(root.Kind), root);
            return plan;
        }

        if (!OnlyKnownMembers(root, TopMembers, "the curation file", problems) || !HasNoDuplicates(root, problems))
        {
            return plan;
        }

        foreach (var entry in Entries(root, "facts", problems))
        {
            var edit = ParseEdit(entry, problems);
            if (edit is not null)
            {
                plan.Edits.Add(edit);
            }
        }

        foreach (var entry in Entries(root, "add", problems))
        {
            var addition = ParseAddition(entry, problems);
            if (addition is not null)
            {
                plan.Additions.Add(addition);
            }
        }

        return plan;
    }

    private static IEnumerable<JsonNode> Entries(JsonNode root, string member, CurationProblems problems)
    {
        var array = root.Property(member);
        if (array is null)
        {
            yield break;
        }

        if (array.Value.Kind != JsonNodeKind.Array)
        {
            problems.Add(CurationProblemIds.InvalidEntry, "\"" + member + "\" must be an array of objects; found " + JsonNode.Describe(array.Value.Kind), array.Value);
            yield break;
        }

        foreach (var item in array.Value.Items)
        {
            if (item.Kind == JsonNodeKind.Object)
            {
                yield return item;
            }
            else
            {
                problems.Add(CurationProblemIds.InvalidEntry, "Each entry of \"" + member + "\" must be an object; found " + JsonNode.Describe(item.Kind), item);
            }
        }
    }

    private static FactEdit? ParseEdit(JsonNode entry, CurationProblems problems)
    {
        var known = new List<string>(SelectorMembers);
        known.AddRange(EditActions);
        known.Add("comment");
        if (!OnlyKnownMembers(entry, known, "a \"facts\" entry", problems) || !HasNoDuplicates(entry, problems))
        {
            return null;
        }

        var selector = new FactSelector();
        var valid = ReadSelector(entry, selector, problems);
        var edit = new FactEdit(entry, selector);
        var rename = entry.Property("rename");
        var pin = entry.Property("pin");
        var suppress = entry.Property("suppress");
        var set = entry.Property("set");
        valid &= OfKind(rename, JsonNodeKind.String, problems) & OfKind(pin, JsonNodeKind.String, problems)
            & OfKind(suppress, JsonNodeKind.Boolean, problems) & OfKind(set, JsonNodeKind.Object, problems);
        if (!valid)
        {
            return null;
        }

        if (rename is null && pin is null && suppress is null && set is null)
        {
            problems.Add(CurationProblemIds.InvalidEntry, "The entry says nothing to do: give it \"rename\", \"pin\", \"suppress\" or \"set\"", entry);
            return null;
        }

        if (rename is not null && pin is not null)
        {
            problems.AddAtName(CurationProblemIds.InvalidEntry, "An entry either renames or pins a fact, not both: \"pin\" is \"rename\" that keeps holding when the prose changes", pin);
            return null;
        }

        if (suppress is not null && (rename ?? pin ?? set) is { } other)
        {
            problems.AddAtName(CurationProblemIds.InvalidEntry, "A suppressed fact cannot also be renamed, pinned or set: remove \"" + other.Name + "\" or \"suppress\"", other);
            return null;
        }

        if (pin is not null && selector.Text is null)
        {
            problems.AddAtName(CurationProblemIds.InvalidEntry, "A pin addresses its fact by \"text\" (and \"kind\", \"context\"), so that it holds when the extractor's names change: add \"text\"", pin);
            return null;
        }

        if (suppress is not null && suppress.Value.Scalar != "true")
        {
            problems.Add(CurationProblemIds.InvalidEntry, "\"suppress\" can only be true; remove the entry to keep the fact", suppress.Value);
            return null;
        }

        edit.Suppress = suppress is not null;
        edit.NewName = (rename ?? pin)?.Value;
        if (set is not null)
        {
            edit.Patch = ParsePatch(set.Value, "\"set\"", problems);
            if (edit.Patch is null)
            {
                return null;
            }
        }

        return edit;
    }

    private static bool ReadSelector(JsonNode entry, FactSelector selector, CurationProblems problems)
    {
        var name = entry.Property("name");
        var kind = entry.Property("kind");
        var text = entry.Property("text");
        var context = entry.Property("context");
        var valid = OfKind(name, JsonNodeKind.String, problems) & OfKind(kind, JsonNodeKind.String, problems)
            & OfKind(text, JsonNodeKind.String, problems) & OfKind(context, JsonNodeKind.String, problems);
        selector.Occurrence = Occurrence(entry, problems, ref valid);
        if (!valid)
        {
            return false;
        }

        if (name is null && text is null)
        {
            problems.Add(CurationProblemIds.InvalidEntry, "The entry does not say which fact: give its \"name\" or its \"text\"", entry);
            return false;
        }

        if (kind is not null)
        {
            if (!FactKinds.TryParse(kind.Value.Scalar, out var parsed))
            {
                problems.Add(CurationProblemIds.BadValue, UnknownKindMessage(kind.Value.Scalar), kind.Value);
                return false;
            }

            selector.Kind = parsed;
        }

        selector.Name = name?.Value.Scalar;
        selector.Text = text?.Value.Scalar;
        selector.Context = context?.Value.Scalar;
        selector.Anchor = (name ?? text)!.Value;
        return true;
    }

    private static FactAddition? ParseAddition(JsonNode entry, CurationProblems problems)
    {
        var known = new List<string> { "quote", "occurrence", "kind", "name", "comment" };
        known.AddRange(ValueMembers);
        if (!OnlyKnownMembers(entry, known, "an \"add\" entry", problems) || !HasNoDuplicates(entry, problems))
        {
            return null;
        }

        var quote = entry.Property("quote");
        var name = entry.Property("name");
        var kind = entry.Property("kind");
        var valid = OfKind(quote, JsonNodeKind.String, problems) & OfKind(name, JsonNodeKind.String, problems) & OfKind(kind, JsonNodeKind.String, problems);
        var occurrence = Occurrence(entry, problems, ref valid);
        foreach (var (member, property) in new[] { ("quote", quote), ("kind", kind), ("name", name) })
        {
            if (valid && property is null)
            {
                problems.Add(CurationProblemIds.InvalidEntry, "An added fact needs \"" + member + "\"", entry);
                valid = false;
            }
        }

        if (!valid)
        {
            return null;
        }

        if (quote!.Value.Scalar.Length == 0)
        {
            problems.Add(CurationProblemIds.InvalidEntry, "\"quote\" must not be empty: quote the fact's text as it stands in the seed", quote.Value);
            return null;
        }

        var patch = ParsePatch(entry, "an \"add\" entry", problems);
        return patch is null ? null : new FactAddition(entry, quote.Value, name!.Value, patch) { Occurrence = occurrence };
    }

    /// <summary>"kind" and the value members of <paramref name="node"/>; members other than those are checked by the caller.</summary>
    private static FactPatch? ParsePatch(JsonNode node, string where, CurationProblems problems)
    {
        var known = new List<string>(ValueMembers) { "kind" };
        if (where == "\"set\"" && (!OnlyKnownMembers(node, known, where, problems) || !HasNoDuplicates(node, problems)))
        {
            return null;
        }

        var patch = new FactPatch();
        foreach (var property in node.Properties)
        {
            if (property.Name == "kind")
            {
                if (property.Value.Kind != JsonNodeKind.String || !FactKinds.TryParse(property.Value.Scalar, out var kind))
                {
                    problems.Add(CurationProblemIds.BadValue, UnknownKindMessage(property.Value.Scalar), property.Value);
                    return null;
                }

                patch.Kind = (kind, property.Value);
            }
            else if (Array.IndexOf(ValueMembers, property.Name) >= 0)
            {
                patch.Values.Add(property);
            }
        }

        return patch;
    }

    private static int? Occurrence(JsonNode entry, CurationProblems problems, ref bool valid)
    {
        var occurrence = entry.Property("occurrence");
        if (occurrence is null)
        {
            return null;
        }

        if (occurrence.Value.Kind == JsonNodeKind.Number
            && int.TryParse(occurrence.Value.Scalar, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
        {
            return n;
        }

        problems.Add(CurationProblemIds.InvalidEntry, "\"occurrence\" must be a whole number from 1 (the first match in the seed)", occurrence.Value);
        valid = false;
        return null;
    }

    private static bool OnlyKnownMembers(JsonNode node, IReadOnlyList<string> known, string where, CurationProblems problems)
    {
        foreach (var property in node.Properties)
        {
            if (!Contains(known, property.Name))
            {
                problems.AddAtName(
                    CurationProblemIds.InvalidEntry,
                    "Unknown member \"" + property.Name + "\" in " + where + "; the known members are " + string.Join(", ", known),
                    property);
                return false;
            }
        }

        return true;
    }

    private static bool HasNoDuplicates(JsonNode node, CurationProblems problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in node.Properties)
        {
            if (!seen.Add(property.Name))
            {
                problems.AddAtName(CurationProblemIds.InvalidEntry, "The member \"" + property.Name + "\" is given twice in one entry", property);
                return false;
            }
        }

        return true;
    }

    private static bool OfKind(JsonProperty? property, JsonNodeKind kind, CurationProblems problems)
    {
        if (property is null || property.Value.Kind == kind)
        {
            return true;
        }

        problems.Add(CurationProblemIds.InvalidEntry, "\"" + property.Name + "\" must be " + JsonNode.Describe(kind) + "; found " + JsonNode.Describe(property.Value.Kind), property.Value);
        return false;
    }

    private static string UnknownKindMessage(string name)
    {
        var kinds = new List<string>();
        foreach (var row in FactKinds.All)
        {
            kinds.Add(row.ContractName);
        }

        return "Unknown fact kind \"" + name + "\"; the kinds are " + string.Join(", ", kinds);
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
