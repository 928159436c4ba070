using System;

namespace SeedSdk;

/// <summary>A span between two <see cref="PartialDate"/>s, both ends inclusive ("from 2021 to 2025").</summary>
public readonly struct DateRange : IEquatable<DateRange>
{
    private const string Separator = "..";

    /// <summary>Creates a range.</summary>
    /// <param name="start">The first date covered.</param>
    /// <param name="end">The last date covered (inclusive); must not end before <paramref name="start"/> begins.</param>
    public DateRange(PartialDate start, PartialDate end)
    {
        if (end.LastDay < start.FirstDay)
        {
            throw new ArgumentException("The range ends before it starts: " + start + Separator + end + ".", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The first date covered.</summary>
    public PartialDate Start { get; }

    /// <summary>The last date covered (inclusive).</summary>
    public PartialDate End { get; }

    /// <summary>Whether <paramref name="date"/> lies wholly within the range.</summary>
    public bool Contains(PartialDate date) => date.FirstDay >= Start.FirstDay && date.LastDay <= End.LastDay;

    /// <summary>Parses "start..end" or the ISO 8601 interval "start/end", each end an ISO 8601 <see cref="PartialDate"/>.</summary>
    /// <exception cref="FormatException">The text is not a range of two dates in order.</exception>
    public static DateRange Parse(string text)
        => TryParse(text, out var range) ? range : throw new FormatException("Not a date range (\"2021..2025\" or \"2021/2025\"): \"" + text + "\".");

    /// <summary>Parses "start..end" or "start/end"; false when the text is not a range of two dates in order.</summary>
    public static bool TryParse(string? text, out DateRange range)
    {
        range = default;
        if (text is null)
        {
            return false;
        }

        var separator = text.IndexOf(Separator, StringComparison.Ordinal);
        var separatorLength = Separator.Length;
        if (separator < 0)
        {
            separator = text.IndexOf('/');
            separatorLength = 1;
        }

        if (separator < 0
            || !PartialDate.TryParse(text.Substring(0, separator), out var start)
            || !PartialDate.TryParse(text.Substring(separator + separatorLength), out var end)
            || end.LastDay < start.FirstDay)
        {
            return false;
        }

        range = new DateRange(start, end);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(DateRange other) => Start.Equals(other.Start) && End.Equals(other.End);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DateRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            return (Start.GetHashCode() * 397) ^ End.GetHashCode();
        }
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(DateRange left, DateRange right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(DateRange left, DateRange right) => !left.Equals(right);

    /// <summary>"start..end" in ISO 8601: "2021..2025".</summary>
    public override string ToString() => Start + Separator + End;
}
