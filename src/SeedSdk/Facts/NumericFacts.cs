using System;
using SeedSdk.Internal;

namespace SeedSdk;

/// <summary>An amount of money ("up to $3.2bn" → 3,200,000,000 USD, up to).</summary>
public sealed record MoneyFact : Fact
{
    /// <summary>Creates a money fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The exact source characters.</param>
    /// <param name="source">Where the fact stands.</param>
    /// <param name="amount">The amount in units and its ISO 4217 currency.</param>
    /// <param name="qualifier">How the amount is bounded in the text.</param>
    public MoneyFact(string name, string text, SourceSpan source, Money amount, MoneyQualifier qualifier)
        : base(name, text, source)
    {
        Amount = amount;
        Qualifier = qualifier;
    }

    /// <inheritdoc />
    public override FactKind Kind => FactKind.Money;

    /// <summary>The amount in units and its ISO 4217 currency.</summary>
    public Money Amount { get; }

    /// <summary>How the amount is bounded in the text; <see cref="MoneyQualifier.None"/> when exact.</summary>
    public MoneyQualifier Qualifier { get; }

    /// <inheritdoc />
    protected override string FormatValue()
        => Qualifier == MoneyQualifier.None ? Amount.ToString() : Qualifier.Words() + " " + Amount;
}

/// <summary>A share as a fraction of one ("25%" → 0.25).</summary>
public sealed record RatioFact : Fact
{
    /// <summary>Creates a ratio fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The exact source characters.</param>
    /// <param name="source">Where the fact stands.</param>
    /// <param name="value">The share as a fraction of one.</param>
    public RatioFact(string name, string text, SourceSpan source, decimal value)
        : base(name, text, source)
    {
        Value = value;
    }

    /// <inheritdoc />
    public override FactKind Kind => FactKind.Ratio;

    /// <summary>The share as a fraction of one (0.25 for 25%).</summary>
    public decimal Value { get; }

    /// <summary>"25%", "33.33%".</summary>
    protected override string FormatValue() => Format.Number(Math.Round(Value * 100m, 2)) + "%";
}

/// <summary>A number of counted things ("1.2 million vehicles" → 1,200,000 vehicle).</summary>
public sealed record QuantityFact : Fact
{
    /// <summary>Creates a quantity fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The exact source characters.</param>
    /// <param name="source">Where the fact stands.</param>
    /// <param name="value">How many.</param>
    /// <param name="unit">What is counted: a lower-case singular noun.</param>
    public QuantityFact(string name, string text, SourceSpan source, decimal value, string unit)
        : base(name, text, source)
    {
        Value = value;
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
    }

    /// <inheritdoc />
    public override FactKind Kind => FactKind.Quantity;

    /// <summary>How many.</summary>
    public decimal Value { get; }

    /// <summary>What is counted: a lower-case singular noun ("vehicle", "store").</summary>
    public string Unit { get; }

    /// <summary>"1,200,000 vehicle".</summary>
    protected override string FormatValue() => Unit.Length == 0 ? Format.Number(Value) : Format.Number(Value) + " " + Unit;
}

/// <summary>A length of time ("15-year history" → 15 year).</summary>
public sealed record DurationFact : Fact
{
    /// <summary>Creates a duration fact.</summary>
    /// <param name="name">The fact's C# identifier.</param>
    /// <param name="text">The exact source characters.</param>
    /// <param name="source">Where the fact stands.</param>
    /// <param name="value">How many units.</param>
    /// <param name="unit">year, month, week, day, hour or minute.</param>
    public DurationFact(string name, string text, SourceSpan source, decimal value, string unit)
        : base(name, text, source)
    {
        Value = value;
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
    }

    /// <inheritdoc />
    public override FactKind Kind => FactKind.Duration;

    /// <summary>How many units.</summary>
    public decimal Value { get; }

    /// <summary>The unit, singular: year, month, week, day, hour or minute.</summary>
    public string Unit { get; }

    /// <summary>"15 years", "1 month".</summary>
    protected override string FormatValue() => Format.Number(Value) + " " + Unit + (Value == 1m || Unit.Length == 0 ? string.Empty : "s");
}
