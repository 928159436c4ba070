using System.Globalization;

namespace SeedSdk.Cli.Tests.Gold;

/// <summary>True positives, false positives and false negatives of one kind, with precision, recall and F1.</summary>
internal readonly record struct KindScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public KindScore Add(GoldComparison comparison)
        => new(TruePositives + comparison.RequiredMatched, FalsePositives + comparison.Spurious.Count, FalseNegatives + comparison.Missing.Count);

    public KindScore Add(KindScore other)
        => new(TruePositives + other.TruePositives, FalsePositives + other.FalsePositives, FalseNegatives + other.FalseNegatives);

    /// <summary>The table's header line, aligned with <see cref="Row"/>.</summary>
    public static string Header => $"{"kind",-14}{"tp",5}{"fp",5}{"fn",5}{"P",8}{"R",8}{"F1",8}";

    /// <summary>One aligned table line: label, counts, precision, recall and F1.</summary>
    public string Row(string label)
        => string.Format(CultureInfo.InvariantCulture, "{0,-14}{1,5}{2,5}{3,5}{4,8:F3}{5,8:F3}{6,8:F3}", label, TruePositives, FalsePositives, FalseNegatives, Precision, Recall, F1);

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
