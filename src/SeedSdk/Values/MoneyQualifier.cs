namespace SeedSdk;

/// <summary>How an amount of money is bounded in the text ("up to", "at least", ...).</summary>
public enum MoneyQualifier
{
    /// <summary>The amount is stated exactly.</summary>
    None,

    /// <summary>"up to": the amount is a maximum.</summary>
    UpTo,

    /// <summary>"at least": the amount is a minimum.</summary>
    AtLeast,

    /// <summary>"about", "around", "nearly": the amount is approximate.</summary>
    About,

    /// <summary>"over", "more than": the real amount is higher.</summary>
    Over,

    /// <summary>"under", "less than": the real amount is lower.</summary>
    Under,
}

/// <summary>Text forms of <see cref="MoneyQualifier"/>.</summary>
public static class MoneyQualifierText
{
    /// <summary>The contract name of the qualifier ("up-to", "at-least", "about", "over", "under"), or null for <see cref="MoneyQualifier.None"/>.</summary>
    public static string? ContractName(this MoneyQualifier qualifier) => qualifier switch
    {
        MoneyQualifier.UpTo => "up-to",
        MoneyQualifier.AtLeast => "at-least",
        MoneyQualifier.About => "about",
        MoneyQualifier.Over => "over",
        MoneyQualifier.Under => "under",
        _ => null,
    };

    /// <summary>The words that precede an amount with this qualifier ("up to", "at least", ...), or an empty string.</summary>
    public static string Words(this MoneyQualifier qualifier) => qualifier switch
    {
        MoneyQualifier.UpTo => "up to",
        MoneyQualifier.AtLeast => "at least",
        MoneyQualifier.About => "about",
        MoneyQualifier.Over => "over",
        MoneyQualifier.Under => "under",
        _ => string.Empty,
    };
}
