using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SeedSdk.Benchmarks;

/// <summary>Adds an MB/s column computed from the benchmark's Size parameter and its mean time.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public ThroughputConfig() => AddColumn(new ThroughputColumn());

    private sealed class ThroughputColumn : IColumn
    {
        public string Id => "Throughput";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megabytes (10^6 characters) extracted per second";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean is null || mean <= 0 || benchmarkCase.Parameters["Size"] is not int size)
            {
                return "-";
            }

            return (size / 1e6 / (mean.Value / 1e9)).ToString("0.0", CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
