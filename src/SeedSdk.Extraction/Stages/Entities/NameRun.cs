namespace SeedSdk.Extraction.Stages.Entities;

/// <summary>
/// A maximal run of capitalized words that may name something ("Fourth Plenary Session of the 20th Central
/// Committee", "Wang Chuanfu", "Apple Inc."), as token indexes <see cref="First"/>..<see cref="Last"/>.
/// </summary>
internal readonly record struct NameRun(int First, int Last)
{
    /// <summary>The run starts its sentence (or a quotation), so its first capital proves nothing.</summary>
    public bool SentenceInitial { get; init; }

    /// <summary>The last token is a possessive ("Apple's"); the name excludes the "'s".</summary>
    public bool Possessive { get; init; }

    /// <summary>A title such as "Mr." or "Professor" stands right before the run.</summary>
    public bool AfterHonorific { get; init; }

    /// <summary>The run is the first half of a hyphenated adjective ("Beijing-based").</summary>
    public bool CompoundAdjective { get; init; }

    /// <summary>The number of tokens in the run.</summary>
    /// <summary>Found in a line written in capitals (see <see cref="CapitalsLine"/>): its form is the tables' spelling.</summary>
    public bool InCapitals { get; init; }

    public int Count => Last - First + 1;
}
