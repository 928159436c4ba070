using SeedSdk.Extraction.Numbers;

namespace SeedSdk.Extraction.Recognizers.Dates;

/// <summary>The ISO text of a date read in a numeric pass.</summary>
internal static class DateTexts
{
    /// <summary>The ISO 8601 text of <paramref name="point"/> (see <see cref="DatePoint.Iso()"/>), its year written once per document.</summary>
    public static string Iso(this NumericScan scan, DatePoint point) => point.Iso(scan.YearText(point.Year));
}
