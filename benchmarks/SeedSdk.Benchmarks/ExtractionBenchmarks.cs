using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using SeedSdk.Extraction;
using SeedSdk.Extraction.Model;
using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Stages.Numeric;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Benchmarks;

/// <summary>
/// Throughput of <see cref="FactExtractor.Extract"/> (the whole pipeline) and of the numeric stage alone
/// (tokenizing, sentence splitting and the numeric and temporal recognizers) on 10 KB, 100 KB and 1 MB of generated prose.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private string _text = string.Empty;

    /// <summary>The document length in characters (the prose is ASCII apart from currency symbols).</summary>
    [Params(10 * 1024, 100 * 1024, 1024 * 1024)]
    public int Size { get; set; }

    /// <summary>Generates the document once per size.</summary>
    [GlobalSetup]
    public void Setup() => _text = ProseGenerator.Generate(Size, seed: 20250305);

    /// <summary>Extracts every fact of the document.</summary>
    [Benchmark]
    public int Extract() => FactExtractor.Extract(_text, "bench.txt").Facts.Count;

    /// <summary>Builds the document context and runs the numeric and temporal recognizers only.</summary>
    [Benchmark]
    public int NumericStage()
    {
        var facts = new List<ExtractedFact>();
        NumericFacts.Recognize(DocumentContext.Create(_text, "bench.txt"), facts);
        return facts.Count;
    }
}
