using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedSdk.Extraction;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Emitting;
using SeedSdk.Generator.Model;
using SeedSdk.Generator.Tests.Snapshots;
using SeedSdk.Generator.Tests.TestSupport;

namespace SeedSdk.Generator.Tests;

using FactKind = SeedSdk.Extraction.Model.FactKind;
using SourceSpan = SeedSdk.Extraction.Model.SourceSpan;

/// <summary>
/// The generated code compiles cleanly (warnings as errors, XML docs checked, nullable enabled where the language has it)
/// under C# 7.3 (a netstandard2.0 library's default), 8, 10, 12 and latest, and runs.
/// </summary>
public sealed class CompileTests
{
    public static TheoryData<LanguageVersion> Versions => new()
    {
        LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp10, LanguageVersion.CSharp12, LanguageVersion.Latest,
    };

    [Theory]
    [MemberData(nameof(Versions))]
    public void Seed_article_output_compiles_without_diagnostics(LanguageVersion version)
    {
        var compilation = CompilationFactory.Create(version, GenerateSeed(version));

        Assert.Empty(CompilationFactory.Problems(compilation));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Nullable_directive_is_emitted_only_where_the_language_has_it(LanguageVersion version)
    {
        var source = GenerateSeed(version);

        Assert.Equal(version.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8, source.Contains("#nullable enable", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Output_with_every_kind_compiles_without_diagnostics(LanguageVersion version)
    {
        var compilation = CompilationFactory.Create(version, Emit(SampleDocuments.Model(SampleDocuments.AllKinds()), version));

        Assert.Empty(CompilationFactory.Problems(compilation));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Clashing_and_invalid_names_still_compile(LanguageVersion version)
    {
        var document = new SampleDocuments.DocumentBuilder("Money 1 and ToString 2 and class 3 and Events.")
            .Add(FactKind.Money, "Money", "Money 1", f => f with { Value = 1m, Unit = "USD" })
            .Add(FactKind.Money, "MoneyValue", "ToString 2", f => f with { Value = 2m, Unit = "USD" })
            .Add(FactKind.Money, "class", "class 3", f => f with { Value = 3m, Unit = "USD" })
            .Add(FactKind.Event, "Events", "Events", f => f with { EntityName = "Events" })
            .Add(FactKind.Date, "Q", "3", f => f with { Date = "2025-Q3" })
            .Add(FactKind.List, "Empty", "and", f => f)
            .Add(FactKind.Role, "Orphan", "ToString", f => f with { Person = "Nobody", Role = "chair" })
            .Build("seeds/clash.txt", string.Empty);
        var compilation = CompilationFactory.Create(version, Emit(SampleDocuments.Model(document, "Clash"), version));

        Assert.Empty(CompilationFactory.Problems(compilation));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public void Seed_article_output_runs_and_matches_its_inputs(LanguageVersion version)
    {
        var text = SnapshotTests.SeedText();
        var expected = FactExtractor.Extract(text, "seeds/" + SnapshotTests.SeedFile);
        var (assembly, context) = CompilationFactory.Load(CompilationFactory.Create(version, GenerateSeed(version)));
        try
        {
            var type = assembly.GetType("MyApp.Seeds.LeiJunInterview", throwOnError: true)!;
            var document = (SeedDocument)type.GetProperty("Document")!.GetValue(null)!;

            Assert.Equal("seeds/" + SnapshotTests.SeedFile, Const(type, "Path"));
            Assert.Equal(expected.Title, Const(type, "Title"));
            Assert.Equal(text, Const(type, "Text"));
            Assert.Equal(expected.Facts.Count, document.Facts.Count);
            Assert.Equal(expected.Facts.Select(f => f.Text), document.Facts.Select(f => f.Text));
            Assert.Equal(expected.Facts.Select(f => expected.SentenceText(f.SentenceIndex)), document.Facts.Select(f => f.Source.Sentence));
            Assert.Equal(expected.Facts.Select(f => (f.Span.Start, f.Span.Length, f.Span.Line, f.Span.Column, f.SentenceIndex)), document.Facts.Select(f => (f.Source.Start, f.Source.Length, f.Source.Line, f.Source.Column, f.Source.SentenceIndex)));
            Assert.All(document.Facts, f => Assert.Equal(Const(type, "Path"), f.Source.Path));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Output_with_every_kind_runs_with_the_expected_values()
    {
        var model = SampleDocuments.Model(SampleDocuments.AllKinds());
        var (assembly, context) = CompilationFactory.Load(CompilationFactory.Create(LanguageVersion.Latest, SeedEmitter.Emit(model)));
        try
        {
            var type = assembly.GetType("MyApp.Seeds.OrbitReport", throwOnError: true)!;
            var document = (SeedDocument)type.GetProperty("Document")!.GetValue(null)!;

            Assert.Equal(SampleDocuments.Path, Const(type, "Path"));
            Assert.Equal(SampleDocuments.Text, Const(type, "Text"));
            Assert.Equal(model.Document.Facts.Select(f => f.Text), document.Facts.Select(f => f.Text));
            Assert.Equal(13, document.Facts.Select(f => f.Kind).Distinct().Count());

            var money = Assert.IsType<MoneyFact>(Field(type, "Money", "ChileInvestment"));
            Assert.Equal("up to 3,200,000,000 USD", money.ToString());
            Assert.Equal("ChileInvestment", money.Name);
            Assert.Equal(3, money.Source.Line);
            Assert.Equal("The company plans to invest up to $3.2bn in Chile from 2024 to 2026.", money.Source.Sentence);
            Assert.Equal(3_200_000_000m, Const(type, "Money", "ChileInvestmentValue_2"));
            Assert.Equal("USD", Const(type, "Money", "ChileInvestmentCurrency"));
            Assert.Equal("ChileInvestmentValue", Assert.IsType<MoneyFact>(Field(type, "Money", "ChileInvestmentValue")).Name);

            var role = Assert.IsType<RoleFact>(Field(type, "Roles", "AdaParkCeo"));
            Assert.Same(Field(type, "People", "AdaPark"), role.PersonEntity);
            Assert.Same(Field(type, "Organizations", "OrbitLabs"), role.OrganizationEntity);

            Assert.Equal(new PartialDate(2025, 3, 5), Assert.IsType<DateFact>(Field(type, "Dates", "OpeningDay")).Value);
            Assert.Equal("2025-03-05", Const(type, "Dates", "OpeningDayValue"));
            Assert.Equal(DateRange.Parse("2024..2026"), Assert.IsType<PeriodFact>(Field(type, "Periods", "InvestmentPeriod")).Range);
            Assert.Equal(3, Const(type, "Lists", "MarketsCount"));
            Assert.Equal(new[] { "Park", "she" }, Assert.IsType<PersonFact>(Field(type, "People", "AdaPark")).Aliases);
            Assert.Equal("Ada Park", Assert.IsType<StatementFact>(Field(type, "Statements", "AdaParkOnRevenue")).Speaker);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Hostile_text_survives_the_round_trip_exactly()
    {
        const string Hostile = "A */ </summary> \\u0041 \"q\" \u2028 line \u0085 nel \ud800 lone. B says hi.\r\nEnd";
        var document = new SampleDocuments.DocumentBuilder(Hostile)
            .Add(FactKind.Person, "B", "B", f => f with { EntityName = "B \"the\" </summary>", Aliases = EquatableArray.Of("\u2028", "*/") })
            .Build("seeds/hostile\\\".txt", "Title with \" quote \u2029 and */");
        var source = SeedEmitter.Emit(SampleDocuments.Model(document, "Hostile"));
        var (assembly, context) = CompilationFactory.Load(CompilationFactory.Create(LanguageVersion.CSharp8, source));
        try
        {
            var type = assembly.GetType("MyApp.Seeds.Hostile", throwOnError: true)!;
            Assert.Equal(Hostile, Const(type, "Text"));
            Assert.Equal(document.Title, Const(type, "Title"));
            Assert.Equal(document.Path, Const(type, "Path"));
            Assert.Equal(new[] { "\u2028", "*/" }, Assert.IsType<PersonFact>(Field(type, "People", "B")).Aliases);
            // Constants inherit their fact's documentation (<inheritdoc cref="Fact"/>): only summaries carry text.
            var docLines = source.Split('\n').Where(line => line.TrimStart().StartsWith("///", StringComparison.Ordinal) && !line.TrimStart().StartsWith("/// <inheritdoc cref=\"", StringComparison.Ordinal)).ToList();
            Assert.All(docLines, line => Assert.EndsWith("</summary>", line));
            Assert.All(docLines, line => Assert.Equal(line.IndexOf("</summary>", StringComparison.Ordinal), line.LastIndexOf("</summary>", StringComparison.Ordinal)));
        }
        finally
        {
            context.Unload();
        }
    }

    private static string Emit(SeedModel model, LanguageVersion version)
        => SeedEmitter.Emit(model, LanguageFeatures.Of(CompilationFactory.ParseOptions(version)).NullableDirective);

    private static string GenerateSeed(LanguageVersion version = LanguageVersion.Latest)
    {
        var harness = new GeneratorHarness { LanguageVersion = version };
        harness.AddSeed(SnapshotTests.SeedFile, SnapshotTests.SeedText(), typeName: "LeiJunInterview");
        return GeneratorHarness.SingleSource(harness.Run());
    }

    private static object? Const(Type type, string name) => type.GetField(name)!.GetValue(null);

    private static object? Const(Type type, string group, string name) => Const(type.GetNestedType(group)!, name);

    private static object? Field(Type type, string group, string name)
        => type.GetNestedType(group)!.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
}
