using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SeedSdk.Benchmarks.Generator;

/// <summary>
/// One invocation per iteration (the operations take milliseconds to seconds), 2 warm-ups, 9 measured iterations,
/// median shown. In-process: the generator's extraction DLL reaches this project as a second reference path of the
/// generator project, which a benchmark process built out of process would not load.
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
