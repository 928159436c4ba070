using System;
using System.Collections.Generic;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Model;

namespace SeedSdk.Generator.Tests.TestSupport;

using FactKind = SeedSdk.Extraction.Model.FactKind;
using SourceSpan = SeedSdk.Extraction.Model.SourceSpan;

/// <summary>Hand-built extractor output, so emitter tests cover every kind whatever the extractor finds today.</summary>
internal static class SampleDocuments
{
    public const string Path = "seeds/orbit-labs.txt";

    /// <summary>One sentence per line; the last one is full of text that must be escaped.</summary>
    public static readonly string Text = string.Join("\n", new[]
    {
        "Orbit Labs & Partners reports \"record\" growth.",
        "Ada Park, ceo of Orbit Labs, said that revenue will grow.",
        "The company plans to invest up to $3.2bn in Chile from 2024 to 2026.",
        "About 25% of the 500 stores opened on March 5, 2025 after a 15-year wait.",
        "At the Pacific Summit, the firm listed three markets: Chile, Peru and Mexico.",
        "Tricky text: */ </summary> \\u0041 \"quoted\" costs $5 and a tab\there.",
    });

    /// <summary>A document with at least one fact of each of the 13 kinds.</summary>
    public static ExtractedDocument AllKinds()
    {
        var builder = new DocumentBuilder(Text);
        builder.Add(FactKind.Organization, "OrbitLabs", "Orbit Labs & Partners", f => f with { EntityName = "Orbit Labs & Partners", Aliases = EquatableArray.Of("Orbit Labs", "the company") });
        builder.Add(FactKind.Person, "AdaPark", "Ada Park", f => f with { EntityName = "Ada Park", Aliases = EquatableArray.Of("Park", "she") });
        builder.Add(FactKind.Role, "AdaParkCeo", "ceo", f => f with { Person = "Ada Park", Role = "ceo", Organization = "Orbit Labs & Partners" });
        builder.Add(FactKind.Statement, "AdaParkOnRevenue", "revenue will grow", f => f with { Speaker = "Ada Park" });
        builder.Add(FactKind.Money, "ChileInvestment", "up to $3.2bn", f => f with { Value = 3_200_000_000m, Unit = "USD", Qualifier = "up-to" });
        builder.Add(FactKind.Location, "Chile", "Chile", f => f with { EntityName = "Chile" });
        builder.Add(FactKind.Period, "InvestmentPeriod", "from 2024 to 2026", f => f with { Start = "2024", End = "2026" });
        builder.Add(FactKind.Ratio, "StoreShare", "25%", f => f with { Value = 0.25m });
        builder.Add(FactKind.Quantity, "Stores", "500 stores", f => f with { Value = 500m, Unit = "store" });
        builder.Add(FactKind.Date, "OpeningDay", "March 5, 2025", f => f with { Date = "2025-03-05" });
        builder.Add(FactKind.Duration, "Wait", "15-year", f => f with { Value = 15m, Unit = "year" });
        builder.Add(FactKind.Event, "PacificSummit", "Pacific Summit", f => f with { EntityName = "Pacific Summit" });
        builder.Add(FactKind.List, "Markets", "Chile, Peru and Mexico", f => f with { Head = "three markets", Items = EquatableArray.Of("Chile", "Peru", "Mexico") });
        builder.Add(FactKind.Money, "ChileInvestmentValue", "$5", f => f with { Value = 5m, Unit = "USD" });
        return builder.Build(Path, "Orbit Labs & Partners reports \"record\" growth.");
    }

    public static SeedModel Model(ExtractedDocument document, string typeName = "OrbitReport", string ns = "MyApp.Seeds")
        => new("/src/MyApp/" + document.Path, ns, typeName, document);

    /// <summary>Builds a document whose spans, lines, columns and sentences agree with its text.</summary>
    internal sealed class DocumentBuilder
    {
        private readonly string _text;
        private readonly List<ExtractedFact> _facts = new();

        public DocumentBuilder(string text) => _text = text;

        public DocumentBuilder Add(FactKind kind, string name, string text, Func<ExtractedFact, ExtractedFact> values)
        {
            var start = _text.IndexOf(text, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException("Not in the document: " + text);
            }

            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < start; i++)
            {
                if (_text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            var fact = new ExtractedFact
            {
                Kind = kind,
                Name = name,
                Text = text,
                Span = new SourceSpan(start, text.Length, line, start - lineStart + 1),
                SentenceIndex = line - 1,
            };
            _facts.Add(values(fact));
            return this;
        }

        public ExtractedDocument Build(string path, string title)
        {
            _facts.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
            var sentences = new List<SentenceInfo>();
            var start = 0;
            var line = 1;
            foreach (var sentence in _text.Split('\n'))
            {
                sentences.Add(new SentenceInfo(new SourceSpan(start, sentence.Length, line++, 1)));
                start += sentence.Length + 1;
            }

            return new ExtractedDocument(path, title, _text, sentences.ToEquatableArray(), _facts.ToEquatableArray());
        }
    }
}
