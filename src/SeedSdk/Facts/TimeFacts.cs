namespace SeedSdk;

/// <summary>A calendar date as precise as the text ("in 2025" → 2025; "March 5, 2025" → 2025-03-05).</summary>
public sealed record DateFact : Fact
{
    /// <summary>Creates a date fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The exact source characters.</param>
    /// <param name="source">Where the fact stands.</param>
    /// <param name="value">The date.</param>
    public DateFact(string name, string text, SourceSpan source, PartialDate value)
        : base(name, text, source)
    {
        Value = value;
    }

    /// <inheritdoc />
    public override FactKind Kind => FactKind.Date;

    /// <summary>The date, as precise as the text.</summary>
    public PartialDate Value { get; }

    /// <summary>ISO 8601: "2025", "2025-03-05".</summary>
    protected override string FormatValue() => Value.ToString();
}

/// <summary>A span between two dates, end inclusive ("from 2021 to 2025" → 2021..2025).</summary>
public sealed record PeriodFact : Fact
{
    /// <summary>Creates a period fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The exact source characters.</param>
    /// <param name="source">Where the fact stands.</param>
    /// <param name="range">The dates covered, both ends inclusive.</param>
    public PeriodFact(string name, string text, SourceSpan source, DateRange range)
        : base(name, text, source)
    {
        Range = range;
    }

    /// <inheritdoc />
    public override FactKind Kind => FactKind.Period;

    /// <summary>The dates covered, both ends inclusive.</summary>
    public DateRange Range { get; }

    /// <summary>The first date covered.</summary>
    public PartialDate Start => Range.Start;

    /// <summary>The last date covered (inclusive).</summary>
    public PartialDate End => Range.End;

    /// <summary>"2021..2025".</summary>
    protected override string FormatValue() => Range.ToString();
}
