namespace SeedSdk.Extraction.Model;

/// <summary>
/// Whether a fact has everything its kind needs to become a runtime record: the generator drops an incomplete
/// fact (SEED008) and curation refuses to make one (SEED025), by this one rule.
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

        return fact.Kind switch
        {
            FactKind.Money when fact.Value is null || string.IsNullOrEmpty(fact.Unit) => "it has no amount or currency",
            FactKind.Ratio when fact.Value is null => "it has no value",
            FactKind.Quantity or FactKind.Duration when fact.Value is null || fact.Unit is null => "it has no value or unit",
            FactKind.Date when !IsoDate.TryParse(fact.Date, out _) => "its date is not ISO 8601",
            FactKind.Period => PeriodProblem(fact),
            FactKind.Person or FactKind.Organization or FactKind.Location or FactKind.Event when string.IsNullOrEmpty(fact.EntityName) => "it has no name",
            FactKind.Role when fact.Person is null || fact.Role is null => "it has no person or role",
            FactKind.Statement when fact.Speaker is null => "it has no speaker",
            _ => null,
        };
    }

    private static string? PeriodProblem(ExtractedFact fact)
    {
        if (!IsoDate.TryParse(fact.Start, out var start) || !IsoDate.TryParse(fact.End, out var end))
        {
            return "its start or end is not ISO 8601";
        }

        return end.LastDay < start.FirstDay ? "it ends before it starts" : null;
    }
}
