using System;

namespace SeedSdk;

/// <summary>An amount of money: a decimal amount in units (not thousands or billions) and an ISO 4217 currency code.</summary>
public readonly struct Money : IEquatable<Money>
{
    private readonly string? _currency;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount in units of <paramref name="currency"/>.</param>
    /// <param name="currency">The ISO 4217 currency code ("CNY", "USD").</param>
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        _currency = currency ?? throw new ArgumentNullException(nameof(currency));
    }

    /// <summary>The amount in units of <see cref="Currency"/>.</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 currency code ("CNY", "USD", "EUR"); empty for <c>default(Money)</c>.</summary>
    public string Currency => _currency ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(Money other) => Amount == other.Amount && string.Equals(Currency, other.Currency, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            return (Amount.GetHashCode() * 397) ^ StringComparer.Ordinal.GetHashCode(Currency);
        }
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>The amount with thousands separators and the currency code, invariantly: "3,200,000,000 USD".</summary>
    public override string ToString() => Internal.Format.Number(Amount) + " " + Currency;
}
