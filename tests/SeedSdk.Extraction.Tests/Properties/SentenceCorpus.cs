using System;
using System.Collections.Generic;
using System.IO;

namespace SeedSdk.Extraction.Tests.Properties;

/// <summary>Real sentences to mutate: those of the seed documents copied to the test output, and our own.</summary>
internal static class SentenceCorpus
{
    private static readonly string[] OwnSentences =
    {
        "Acme Corp said revenue rose 12% to $3.2bn in the first quarter of 2024.",
        "Maria Schmidt, chief executive of Nordwind AG, said on March 5, 2025 that the company would invest €450 million over five years.",
        "From 2019 to 2023, Kenya's exports grew by one-third, according to the Ministry of Trade.",
        "The board approved a budget of up to HK$1.5 billion for 2026-2028.",
        "Tata Steel plans to hire 2,500 engineers and open 40 stores in India, Brazil and Vietnam.",
        "\"We will double production,\" Chen Wei told reporters at the Paris Air Show in June 2024.",
        "Half of the 1.2 million vehicles sold last year were electric, the report said.",
        "Prime Minister Jane Doe met the President of Ghana in Accra on 14 February 2023.",
        "The 10-year programme costs about £30m a year, or roughly 0.5% of GDP.",
        "Shares of Globex Inc. fell 7.5 percent after it cut its forecast to US$800 million.",
        "He pointed out that at least 300 billion yen, a quarter of the fund, goes to research between 2020 and 2030.",
        "Dr. Amina Okafor, founder and CEO of Lagos Robotics Ltd., launched the X200 on Sept. 9.",
    };

    /// <summary>Every sentence available for mutation.</summary>
    public static IReadOnlyList<string> Sentences { get; } = Load();

    private static string[] Load()
    {
        var sentences = new List<string>(OwnSentences);
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        if (Directory.Exists(seeds))
        {
            foreach (var file in Directory.GetFiles(seeds, "*.txt"))
            {
                foreach (var line in File.ReadAllLines(file))
                {
                    foreach (var sentence in line.Split(new[] { ". " }, StringSplitOptions.RemoveEmptyEntries))
                    {
                        sentences.Add(sentence.Trim());
                    }
                }
            }
        }

        sentences.RemoveAll(s => s.Length == 0);
        return sentences.ToArray();
    }
}
