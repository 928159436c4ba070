using SeedSdk.Extraction.Numbers;
using SeedSdk.Extraction.Stages.Numeric;
using SeedSdk.Extraction.Text;

namespace SeedSdk.Extraction.Tests.Numbers;

/// <summary>A fresh numeric pass over a text in English, as the numeric stage starts one.</summary>
internal static class EnglishScan
{
    /// <summary>A pass over <paramref name="text"/> with nothing claimed and nothing read yet.</summary>
    public static NumericScan Of(string text) => new(DocumentContext.Create(text, "t.txt"), RecognizerQuestions.For(Lexicon.English));
}
