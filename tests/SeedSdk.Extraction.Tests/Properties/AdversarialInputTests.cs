using System;
using System.Linq;
using System.Threading.Tasks;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Extraction.Tests.Properties;

/// <summary>
/// 200 KB adversarial inputs: extraction finishes, keeps every invariant, and its output and allocations
/// grow linearly with the input (deterministic measures; wall-clock numbers live in the benchmarks). They run apart
/// from other tests, so that none takes the token storage an extraction gives back between two measured ones.
/// </summary>
[Collection(Tokenization.TokenStorageCollection.Name)]
public sealed class AdversarialInputTests
{
    private const int Size = 200_000;

    /// <summary>Facts may overlap (a statement holds money), but never by more than this many characters of output per input character.</summary>
    private const int OutputPerInputChar = 16;

    /// <summary>Doubling the input may at most multiply the allocated bytes by this (linear plus slack for list growth).</summary>
    private const double AllocationGrowthLimit = 3.0;

    public static TheoryData<string> PatternNames() => new(AdversarialInputs.Patterns.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(PatternNames))]
    public async Task A_200_KB_adversarial_input_completes_with_well_formed_linear_output(string name)
    {
        var unit = Unit(name);
        var text = AdversarialInputs.Build(unit, Size);

        // A hang guard, not a speed assertion: the run is timed by the benchmarks.
        var extraction = Task.Run(() => FactInvariants.ExtractAndCheck(text));
        var finished = await Task.WhenAny(extraction, Task.Delay(TimeSpan.FromMinutes(2)));
        Assert.True(finished == extraction, $"extracting 200 KB of '{name}' did not finish");

        var document = await extraction;
        Assert.InRange(OutputSize(document), 0, (long)OutputPerInputChar * text.Length);
    }

    [Theory]
    [MemberData(nameof(PatternNames))]
    public void Allocations_grow_linearly_with_the_input(string name)
    {
        var unit = Unit(name);
        FactExtractor.Extract(AdversarialInputs.Build(unit, 1_000), "seeds/warm-up.txt");
        var half = AllocatedBy(AdversarialInputs.Build(unit, Size / 2));
        var full = AllocatedBy(AdversarialInputs.Build(unit, Size));
        Assert.True(full <= half * AllocationGrowthLimit, $"'{name}': {half:N0} bytes for 100 KB but {full:N0} bytes for 200 KB");
    }

    [Fact]
    public void The_linearity_measure_detects_quadratic_work()
    {
        // Negative control: a deliberately quadratic routine fails the same bound.
        static long Quadratic(string text)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < text.Length; i += 100)
            {
                _ = text.Substring(i);
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.True(Quadratic(new string('x', 20_000)) > Quadratic(new string('x', 10_000)) * AllocationGrowthLimit);
    }

    // The second of two extractions of text: as in a process extracting one document after another, the token storage
    // the first gave back serves the second, whatever size the text before it had.
    private static long AllocatedBy(string text)
    {
        FactExtractor.Extract(text, "seeds/adversarial.txt");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = FactExtractor.Extract(text, "seeds/adversarial.txt");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(document);
        return allocated;
    }

    private static long OutputSize(ExtractedDocument document)
        => document.Title.Length + document.Facts.Sum(f =>
            (long)f.Text.Length + f.Name.Length
            + (f.EntityName?.Length ?? 0) + f.Aliases.Sum(a => a.Length) + f.Items.Sum(i => i.Length)
            + (f.Head?.Length ?? 0) + (f.Speaker?.Length ?? 0) + (f.Person?.Length ?? 0) + (f.Role?.Length ?? 0) + (f.Organization?.Length ?? 0));

    private static string Unit(string name) => AdversarialInputs.Patterns.Single(p => p.Name == name).Unit;
}
