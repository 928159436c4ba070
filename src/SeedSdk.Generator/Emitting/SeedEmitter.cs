using System;
using System.Collections.Generic;
using System.Text;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Model;
using SeedSdk.Generator.Parsing;

namespace SeedSdk.Generator.Emitting;

/// <summary>
/// Writes the source of one seed's class: <c>Path</c>, <c>Title</c>, <c>Text</c>, <c>Document</c>, the document's
/// sentence table (each sentence once, as offsets into <c>Text</c>), and one nested class per fact kind present,
/// each fact as a <c>static readonly</c> record plus constants of its primitive values. The size of the output is
/// linear in the text: no fact repeats its sentence, and doc-comment quotes are bounded. Output compiles under
/// C# 7.3 and later, with nullable enabled where the language has it, and warnings as errors.
/// </summary>
internal static class SeedEmitter
{
    private const string Runtime = "global::SeedSdk.";

    /// <summary>The tool name in <c>[GeneratedCode]</c>.</summary>
    public const string ToolName = "SeedSdk.Generator";

    /// <summary>The private nested class that holds the sentence table; fact members never take this name.</summary>
    public const string SentencesClass = "Sentences";

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
        var self = "global::" + model.FullTypeName;
        var groups = Groups(document.Facts);
        var writer = new SourceWriter();

        writer.Line();
        writer.Line("namespace " + model.Namespace).Open();
        writer.Summary(ClassSummary(document));
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(" + CSharpLiteral.String(ToolName) + ", " + CSharpLiteral.String(ToolVersion) + ")]");
        writer.Line("public static partial class " + model.TypeName).Open();

        writer.Summary("The seed file's project-relative path.");
        writer.Line("public const string Path = " + CSharpLiteral.String(document.Path) + ";").Line();
        writer.Summary("The document's title.");
        writer.Line("public const string Title = " + CSharpLiteral.String(document.Title) + ";").Line();
        writer.Summary("The document's full text.");
        writer.Line("public const string Text = " + CSharpLiteral.String(document.Text) + ";").Line();
        WriteDocument(writer, document, groups);
        writer.Line();
        WriteSentences(writer, document);

        var references = new EntityReferences(groups, self);
        foreach (var group in groups)
        {
            writer.Line();
            WriteGroup(writer, group, document, references, lines ?? LineDirectives.None);
        }

        writer.Close().Close();
        return writer.ToString();
    }

    /// <summary>The facts by kind, in the order of the nested classes, each kind's facts named by <see cref="MemberNamer"/>.</summary>
    internal static List<FactGroup> Groups(IReadOnlyList<ExtractedFact> documentFacts)
    {
        var groups = new List<FactGroup>();
        foreach (FactKind kind in Enum.GetValues(typeof(FactKind)))
        {
            if (!FactValidator.KnownKinds.Contains(kind))
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

    private static void WriteDocument(SourceWriter writer, ExtractedDocument document, List<FactGroup> groups)
    {
        var fieldOf = new Dictionary<ExtractedFact, string>(ReferenceEqualityComparer.Instance);
        foreach (var group in groups)
        {
            for (var i = 0; i < group.Facts.Count; i++)
            {
                fieldOf[group.Facts[i]] = group.Name + "." + group.Names[i].Field;
            }
        }

        writer.Summary("The document with every fact, in document order.");
        var start = "public static " + Runtime + "SeedDocument Document { get; } = new " + Runtime + "SeedDocument(Path, Title, Text, ";
        if (fieldOf.Count == 0)
        {
            writer.Line(start + "global::System.Array.Empty<" + Runtime + "Fact>());");
            return;
        }

        writer.Line(start + "new " + Runtime + "Fact[]").Open();
        foreach (var fact in document.Facts)
        {
            if (fieldOf.TryGetValue(fact, out var field))
            {
                writer.Line(field + ",");
            }
        }

        writer.Close(");");
    }

    /// <summary>
    /// The sentence table in a class of its own that reads only constants, so initializing it never waits on a
    /// fact class (which reads it) or on the outer class (whose <c>Document</c> reads the fact classes).
    /// </summary>
    private static void WriteSentences(SourceWriter writer, ExtractedDocument document)
    {
        var bounds = new StringBuilder();
        foreach (var sentence in document.Sentences)
        {
            bounds.Append(bounds.Length == 0 ? string.Empty : ", ")
                .Append(CSharpLiteral.Int(sentence.Span.Start)).Append(", ").Append(CSharpLiteral.Int(sentence.Span.Length));
        }

        writer.Line("private static class " + SentencesClass).Open();
        writer.Line("internal static readonly " + Runtime + "SentenceTable Table = new " + Runtime + "SentenceTable(Path, Text, "
            + (bounds.Length == 0 ? "global::System.Array.Empty<int>()" : "new int[] { " + bounds + " }") + ");");
        writer.Close();
    }

    private static void WriteGroup(SourceWriter writer, FactGroup group, ExtractedDocument document, EntityReferences references, LineDirectives lines)
    {
        writer.Summary("The " + group.Kind.ContractName() + " facts of " + DocText.Escape(document.Path) + ", in document order.");
        writer.Line("public static partial class " + group.Name).Open();
        for (var i = 0; i < group.Facts.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            var fact = group.Facts[i];
            var names = group.Names[i];
            var type = Runtime + FactMembers.RecordType(fact.Kind);
            writer.Summary(FactSummary(fact, document));
            var arguments = new List<string> { CSharpLiteral.String(names.Field), CSharpLiteral.String(fact.Text), SourceSpan(fact) };
            arguments.AddRange(FactMembers.ValueArguments(fact, references));
            lines.Declare(writer, "public static readonly " + type, names.Field + " = new " + type + "(" + string.Join(", ", arguments) + ");", fact);
            var constants = FactMembers.Constants(fact);
            for (var c = 0; c < constants.Count; c++)
            {
                writer.Summary(constants[c].Description + " of <see cref=\"" + names.Field + "\"/>.");
                lines.Declare(writer, "public const " + constants[c].Type, names.Constants[c] + " = " + constants[c].Literal + ";", fact);
            }
        }

        writer.Close();
    }

    /// <summary>The fact's span, built from the document's sentence table: the sentence is never repeated.</summary>
    private static string SourceSpan(ExtractedFact fact)
        => SentencesClass + ".Table.Span("
            + CSharpLiteral.Int(fact.Span.Start) + ", " + CSharpLiteral.Int(fact.Span.Length) + ", "
            + CSharpLiteral.Int(fact.Span.Line) + ", " + CSharpLiteral.Int(fact.Span.Column) + ", "
            + CSharpLiteral.Int(fact.SentenceIndex) + ")";

    private static string ClassSummary(ExtractedDocument document)
        => document.Title.Length == 0
            ? "Facts of " + DocText.Escape(document.Path) + "."
            : "Facts of " + DocText.Escape(document.Path) + ": \"" + DocText.Quote(document.Title) + "\"";

    private static string FactSummary(ExtractedFact fact, ExtractedDocument document)
    {
        var index = fact.SentenceIndex;
        var quoted = index >= 0 && index < document.Sentences.Count && document.Sentences[index].Span.Length > 0
            ? DocText.QuoteAround(document.Text, document.Sentences[index].Span.Start, document.Sentences[index].Span.End, fact.Span.Start, fact.Span.Length)
            : DocText.Quote(fact.Text);
        return DocText.Quote(FactDisplay.Of(fact)) + " \u2014 \"" + quoted + "\" (line " + CSharpLiteral.Int(fact.Span.Line) + ")";
    }

    internal sealed record FactGroup(FactKind Kind, string Name, List<ExtractedFact> Facts, FactMemberNames[] Names)
    {
        /// <summary>The fully qualified expression of fact <paramref name="index"/>'s field.</summary>
        public string FieldReference(string self, int index) => self + "." + Name + "." + Names[index].Field;
    }

    /// <summary>Where the person and organization facts of a document are, by canonical name (first one wins).</summary>
    internal sealed class EntityReferences
    {
        private readonly Dictionary<string, string> _people = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _organizations = new(StringComparer.Ordinal);

        public EntityReferences(List<FactGroup> groups, string self)
        {
            foreach (var group in groups)
            {
                var target = group.Kind == FactKind.Person ? _people : group.Kind == FactKind.Organization ? _organizations : null;
                for (var i = 0; target is not null && i < group.Facts.Count; i++)
                {
                    var entityName = group.Facts[i].EntityName;
                    if (entityName is not null && !target.ContainsKey(entityName))
                    {
                        target.Add(entityName, group.FieldReference(self, i));
                    }
                }
            }
        }

        /// <summary>The expression of the person fact named <paramref name="name"/>, or "null".</summary>
        public string Person(string? name) => name is not null && _people.TryGetValue(name, out var field) ? field : "null";

        /// <summary>The expression of the organization fact named <paramref name="name"/>, or "null".</summary>
        public string Organization(string? name) => name is not null && _organizations.TryGetValue(name, out var field) ? field : "null";
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<ExtractedFact>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(ExtractedFact? x, ExtractedFact? y) => ReferenceEquals(x, y);

        public int GetHashCode(ExtractedFact obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
