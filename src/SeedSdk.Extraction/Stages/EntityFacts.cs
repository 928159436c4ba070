using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Stages.Entities;
using SeedSdk.Extraction.Stages.Lists;
using SeedSdk.Extraction.Stages.Roles;
using SeedSdk.Extraction.Stages.Statements;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Stages;

/// <summary>The entity stage: people, organizations, locations, events, roles, lists and statements.</summary>
internal static class EntityFacts
{
    /// <summary>Adds the entity-level facts of <paramref name="context"/> to <paramref name="facts"/>, which already holds the numeric facts.</summary>
    public static void Recognize(DocumentContext context, List<ExtractedFact> facts)
    {
        if (context.TokenList.Count == 0)
        {
            return;
        }

        var analysis = EntityTable.Build(context);
        foreach (var entity in analysis.Entities)
        {
            if (entity.Forms.Count > 0)
            {
                facts.Add(EntityFact(context, entity));
            }
        }

        var cues = CueTokens.Find(context, analysis.Words);
        RoleFacts.Recognize(context, analysis, cues, facts);
        StatementFacts.Recognize(context, analysis, cues, facts);
        ListFacts.Recognize(context, analysis, cues, facts);
    }

    /// <summary>Whether the mention's text is exactly the source text it spans, so that string can stand for the source.</summary>
    private static bool IsWrittenAs(DocumentContext context, Mention mention)
        => mention.Text.Length == mention.Length && string.CompareOrdinal(context.Text, mention.Start, mention.Text, 0, mention.Length) == 0;

    private static ExtractedFact EntityFact(DocumentContext context, Entity entity)
    {
        var canonical = entity.CanonicalForm;
        return new ExtractedFact
        {
            Kind = entity.Kind,
            Text = IsWrittenAs(context, canonical) ? canonical.Text : context.Text.Substring(canonical.Start, canonical.Length),
            Span = context.Lines.Span(canonical.Start, canonical.Length),
            SentenceIndex = context.TokenList[canonical.First].Sentence,
            EntityName = canonical.Text,
            Aliases = EquatableArray<string>.TakeOwnership(entity.Aliases(canonical.Text).ToArray()),
        };
    }
}
