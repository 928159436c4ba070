namespace SeedSdk.Extraction.Model;

/// <summary>
/// Whether a fact has everything its kind needs to become a runtime record: the generator drops an incomplete
/// fact (SEED008) and curation refuses to make one (SEED025), by this one rule: the kind's requirements in
/// <see cref="FactKinds"/>, and a period's end not before its start.
/// </summary>
public static class FactCompleteness
{
    /// <summary>Why <paramref name="fact"/> cannot be emitted, or null.</summary>
    /// <param name="fact">The fact.</param>
    /// <param name="textLength">The length of its document's text.</param>
    public static string? Problem(ExtractedFact fact, int textLength)
    {
        var span = fact.Span;
        if (span.Start < 0 || span.Length < 0 || span.End > textLength || span.Line < 1 || span.Column < 1 || fact.SentenceIndex < 0)
        {
            return "its source span is outside the document";
        }

        if (!FactKinds.IsKnown(fact.Kind))
        {
            return null;
        }

        var row = FactKinds.Of(fact.Kind);
        foreach (var requirement in row.Requirements)
        {
            if (!requirement.IsMetBy(fact))
            {
                return row.MissingProblem;
            }
        }

        return fact.Kind == FactKind.Period ? PeriodOrderProblem(fact) : null;
    }

    // A period's start and end (both ISO 8601, see its requirements) in order.
    private static string? PeriodOrderProblem(ExtractedFact fact)
    {
        IsoDate.TryParse(fact.Start, out var start);
        IsoDate.TryParse(fact.End, out var end);
        return end.LastDay < start.FirstDay ? "it ends before it starts" : null;
    }
}
