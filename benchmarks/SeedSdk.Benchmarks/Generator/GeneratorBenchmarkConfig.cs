using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SeedSdk.Benchmarks.Generator;

/// <summary>
/// One invocation per iteration (the operations take milliseconds to seconds), 2 warm-ups, 9 measured iterations,
/// median shown. In-process, so the runs need no generated benchmark project (whose restore and build take minutes on a
/// busy machine); the figures in docs/benchmarks.md were taken this way.
/// </summary>
public sealed class GeneratorBenchmarkConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public GeneratorBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(9)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: false)));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
    }
}
