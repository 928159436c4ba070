using System;
using System.Collections.Generic;
using System.Text;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Model;

namespace SeedSdk.Generator.Emitting;

/// <summary>
/// Writes the source of one seed's class: <c>Path</c>, <c>Title</c>, <c>Text</c>, <c>Document</c>, the document's
/// fact table (one string the runtime decodes the first time a fact is read: each sentence once, each fact's place
/// and values), and one nested class per fact kind present, each fact a documented <c>static readonly</c> field read from the
/// table, mapped by one <c>#line</c> to the fact's text, after the constants of the facts' primitive values. The output is linear in the
/// text (no fact repeats its sentence, doc-comment quotes are bounded) and compiles under C# 7.3 and later, with
/// nullable enabled where the language has it, and warnings as errors.
/// </summary>
internal static class SeedEmitter
{
    private const string Runtime = "global::SeedSdk.";

    /// <summary>The tool name in <c>[GeneratedCode]</c>.</summary>
    public const string ToolName = "SeedSdk.Generator";

    private const string TableClass = ReservedNames.TableClass;

    private const string FactAccessor = ReservedNames.FactAccessor;

    /// <summary>The tool version in <c>[GeneratedCode]</c>.</summary>
    public static readonly string ToolVersion = typeof(SeedEmitter).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    /// <summary>The source of <paramref name="model"/>'s class, the one entry point for every caller (generator, CLI, tests).</summary>
    /// <param name="model">The seed to emit.</param>
    /// <param name="nullableDirective">Whether to write <c>#nullable enable</c> (C# 8 and later).</param>
    /// <param name="lines">Maps fact declarations into the seed; none when null.</param>
    public static string Emit(SeedModel model, bool nullableDirective = true, LineDirectives? lines = null)
        => GeneratedFiles.Header(nullableDirective) + Section(model, lines);

    /// <summary>The namespace block with <paramref name="model"/>'s class, without the file header: what a generated file holds per seed.</summary>
    /// <param name="model">The seed to emit.</param>
    /// <param name="lines">Maps fact declarations into the seed; none when null.</param>
    public static string Section(SeedModel model, LineDirectives? lines = null)
    {
        var document = model.Document;
        var groups = Groups(document.Facts);
        var emitted = Emitted(document.Facts, groups);
        var writer = new SourceWriter();

        writer.Line();
        writer.Line("namespace " + model.Namespace).Open();
        writer.Summary(ClassSummary(document));
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(" + CSharpLiteral.String(ToolName) + ", " + CSharpLiteral.String(ToolVersion) + ")]");
        writer.Line("public static partial class " + model.TypeName).Open();

        writer.Summary("The seed file's project-relative path.");
        writer.Line("public const string Path = " + CSharpLiteral.String(document.Path) + ";");
        writer.Summary("The document's title.");
        writer.Line("public const string Title = " + CSharpLiteral.String(document.Title) + ";");
        writer.Summary("The document's full text.");
        writer.Line("public const string Text = " + CSharpLiteral.String(document.Text) + ";");
        writer.Summary("The document with every fact, in document order.");
        writer.Line("public static " + Runtime + "SeedDocument Document => " + TableClass + ".Table.Document;");
        writer.Line();
        WriteTable(writer, document, emitted);

        var index = new Dictionary<ExtractedFact, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < emitted.Count; i++)
        {
            index[emitted[i]] = i;
        }

        foreach (var group in groups)
        {
            writer.Line();
            WriteGroup(writer, group, document, index, lines ?? LineDirectives.None);
        }

        writer.Close().Close();
        return writer.ToString();
    }

    /// <summary>The facts that get a member, in document order: their index is their place in the fact table.</summary>
    private static List<ExtractedFact> Emitted(IReadOnlyList<ExtractedFact> documentFacts, List<FactGroup> groups)
    {
        var grouped = new HashSet<ExtractedFact>(ReferenceEqualityComparer.Instance);
        foreach (var group in groups)
        {
            grouped.UnionWith(group.Facts);
        }

        var emitted = new List<ExtractedFact>(grouped.Count);
        foreach (var fact in documentFacts)
        {
            if (grouped.Contains(fact))
            {
                emitted.Add(fact);
            }
        }

        return emitted;
    }

    /// <summary>The facts by kind, in the order of the nested classes, each kind's facts named by <see cref="MemberNamer"/>.</summary>
    internal static List<FactGroup> Groups(IReadOnlyList<ExtractedFact> documentFacts)
    {
        var groups = new List<FactGroup>();
        foreach (FactKind kind in Enum.GetValues(typeof(FactKind)))
        {
            if (!FactKinds.IsKnown(kind))
            {
                continue;
            }

            var facts = new List<ExtractedFact>();
            foreach (var fact in documentFacts)
            {
                if (fact.Kind == kind)
                {
                    facts.Add(fact);
                }
            }

            if (facts.Count > 0)
            {
                var name = kind.GroupName();
                groups.Add(new FactGroup(kind, name, facts, MemberNamer.Assign(name, facts, f => FactMembers.ConstantSuffixes(f.Kind))));
            }
        }

        return groups;
    }

    /// <summary>
    /// The fact table in a class of its own that reads only constants, so initializing it never waits on another
    /// class; the table decodes its facts the first time one is read.
    /// </summary>
    private static void WriteTable(SourceWriter writer, ExtractedDocument document, List<ExtractedFact> emitted)
    {
        writer.Line("private static class " + TableClass).Open();
        writer.Line("internal static readonly " + Runtime + "FactTable Table = new " + Runtime + "FactTable(Path, Title, Text, "
            + CSharpLiteral.String(FactTableWriter.Write(document, emitted)) + ");");
        writer.Close();
    }

    private static void WriteGroup(SourceWriter writer, FactGroup group, ExtractedDocument document, Dictionary<ExtractedFact, int> index, LineDirectives lines)
    {
        var type = Runtime + FactMembers.RecordType(group.Kind);
        writer.Summary("The " + group.Kind.ContractName() + " facts of " + DocText.Escape(document.Path) + ", in document order.");
        writer.Line("public static partial class " + group.Name).Open();
        writer.Line("private static " + type + " " + FactAccessor + "(int index) => " + TableClass + ".Table.Get<" + type + ">(index);");
        WriteConstants(writer, group);

        // The facts come last, so one #line default closes the mapped run: constants keep their generated positions.
        var mapped = false;
        for (var i = 0; i < group.Facts.Count; i++)
        {
            var fact = group.Facts[i];
            writer.Summary(FactSummary(fact, document));
            lines.Declare(writer, "public static readonly " + type, group.Names[i].Field + " = " + FactAccessor + "(" + CSharpLiteral.Int(index[fact]) + ");", fact, ref mapped);
        }

        lines.EndMapping(writer, ref mapped);
        writer.Close();
    }

    private static void WriteConstants(SourceWriter writer, FactGroup group)
    {
        for (var i = 0; i < group.Facts.Count; i++)
        {
            var names = group.Names[i];
            var constants = FactMembers.Constants(group.Facts[i]);
            for (var c = 0; c < constants.Count; c++)
            {
                writer.Line("/// <inheritdoc cref=\"" + names.Field + "\"/>");
                writer.Line("public const " + constants[c].Type + " " + names.Constants[c] + " = " + constants[c].Literal + ";");
            }
        }
    }

    private static string ClassSummary(ExtractedDocument document)
        => document.Title.Length == 0
            ? "Facts of " + DocText.Escape(document.Path) + "."
            : "Facts of " + DocText.Escape(document.Path) + ": \"" + DocText.Quote(document.Title) + "\"";

    private static string FactSummary(ExtractedFact fact, ExtractedDocument document)
    {
        var line = " (line " + CSharpLiteral.Int(fact.Span.Line) + ")";
        if (fact.Kind == FactKind.Statement)
        {
            // A statement's display is already its words in quotes: quoting its sentence again would say it twice.
            return DocText.Escape(fact.Speaker ?? string.Empty) + ": \"" + DocText.QuoteOf(fact.Text) + "\"" + line;
        }

        var index = fact.SentenceIndex;
        var quoted = index >= 0 && index < document.Sentences.Count && document.Sentences[index].Span.Length > 0
            ? DocText.QuoteAround(document.Text, document.Sentences[index].Span.Start, document.Sentences[index].Span.End, fact.Span.Start, fact.Span.Length)
            : DocText.Quote(fact.Text);
        return DocText.Quote(FactText.Display(fact)) + " \u2014 \"" + quoted + "\"" + line;
    }

    internal sealed record FactGroup(FactKind Kind, string Name, List<ExtractedFact> Facts, FactMemberNames[] Names);

    private sealed class ReferenceEqualityComparer : IEqualityComparer<ExtractedFact>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(ExtractedFact? x, ExtractedFact? y) => ReferenceEquals(x, y);

        public int GetHashCode(ExtractedFact obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
