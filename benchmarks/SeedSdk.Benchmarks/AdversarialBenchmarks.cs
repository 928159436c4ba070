using System.Text;
using BenchmarkDotNet.Attributes;
using SeedSdk.Extraction;

namespace SeedSdk.Benchmarks;

/// <summary>
/// Wall-clock throughput of the extractor on adversarial inputs at three sizes: time per run should
/// double when the size doubles (linear), never quadruple. The unit tests check the same inputs with
/// deterministic measures only.
/// </summary>
[MemoryDiagnoser]
public class AdversarialBenchmarks
{
    private string _text = string.Empty;

    /// <summary>The repeated unit the input is made of.</summary>
    [Params("1 ", "$", "Jun ", "from 2021 to ", "Alpha Beta Gamma Group ", "9", "\"", "apples, pears, ", "Mr. ", "25% ")]
    public string Unit { get; set; } = string.Empty;

    /// <summary>Input length in UTF-16 code units.</summary>
    [Params(50_000, 100_000, 200_000)]
    public int Length { get; set; }

    /// <summary>Builds the input once per parameter set.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder(Length + Unit.Length);
        while (builder.Length < Length)
        {
            builder.Append(Unit);
        }

        _text = builder.ToString(0, Length);
    }

    /// <summary>Extracts the whole input.</summary>
    [Benchmark]
    public int Extract() => FactExtractor.Extract(_text, "seeds/adversarial.txt").Facts.Count;
}
