using System;
using System.Globalization;

namespace SeedSdk.Internal;

/// <summary>Culture-invariant formatting shared by the runtime types.</summary>
internal static class Format
{
    private const string GroupedDecimal = "#,0.############################";

    /// <summary>A decimal with thousands separators and no trailing zeros, invariantly ("3,200,000,000", "3.25").</summary>
    public static string Number(decimal value) => value.ToString(GroupedDecimal, CultureInfo.InvariantCulture);

    /// <summary>Formats an interpolated string with the invariant culture.</summary>
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
