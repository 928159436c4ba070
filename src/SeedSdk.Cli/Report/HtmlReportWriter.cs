using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SeedSdk.Cli.Extraction;
using SeedSdk.Cli.Output;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Cli.Report;

/// <summary>
/// One self-contained HTML page of what was extracted: per document the text with every fact's span
/// highlighted by kind (legend, hover or focus shows the value and the generated member name) and a table
/// per kind; a navigation list when there are several documents. No script, no external resource: a
/// Content-Security-Policy forbids both, and every piece of seed text is escaped.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>The page for <paramref name="documents"/>.</summary>
    public static string Write(IReadOnlyList<NamedDocument> documents)
    {
        var factCount = documents.Sum(d => d.Facts.Count);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\">\n");
        html.Append("<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"seedsdk report\">\n");
        html.Append("<title>SeedSdk report: ").Append(Count(documents.Count, "document")).Append(", ").Append(Count(factCount, "fact")).Append("</title>\n");
        html.Append("<style>\n").Append(KindStyles.StyleSheet()).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>Facts extracted by SeedSdk</h1><p>").Append(Count(documents.Count, "document")).Append(", ")
            .Append(Count(factCount, "fact")).Append(". Hover over or tab to a highlighted span to see its value and the name of its generated member.</p></header>\n");
        if (documents.Count > 1)
        {
            WriteNavigation(html, documents);
        }

        html.Append("<main>\n");
        for (var d = 0; d < documents.Count; d++)
        {
            WriteDocument(html, documents[d], d + 1);
        }

        if (documents.Count == 0)
        {
            html.Append("<p>No documents.</p>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteNavigation(StringBuilder html, IReadOnlyList<NamedDocument> documents)
    {
        html.Append("<nav aria-label=\"Documents\"><h2>Documents</h2><ol>\n");
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            html.Append("<li><a href=\"#doc-").Append(Number(d + 1)).Append("\">");
            Html.AppendDocumentText(html, document.Document.Path, 0, document.Document.Path.Length);
            html.Append("</a> (").Append(Count(document.Facts.Count, "fact")).Append(")</li>\n");
        }

        html.Append("</ol></nav>\n");
    }

    private static void WriteDocument(StringBuilder html, NamedDocument named, int number)
    {
        var document = named.Document;
        var id = "doc-" + Number(number);
        html.Append("<section class=\"doc\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-h\">\n");
        html.Append("<h2 id=\"").Append(id).Append("-h\">");
        Html.AppendDocumentText(html, document.Path, 0, document.Path.Length);
        html.Append("</h2>\n");
        if (document.Title.Length > 0)
        {
            html.Append("<p>Title: <cite>");
            Html.AppendDocumentText(html, document.Title, 0, document.Title.Length);
            html.Append("</cite></p>\n");
        }

        var kinds = KindsOf(named);
        WriteLegend(html, kinds);
        html.Append("<div class=\"text\" dir=\"ltr\">");
        WriteText(html, named, number);
        html.Append("</div>\n");
        WriteTables(html, named, number, kinds);
        html.Append("</section>\n");
    }

    private static List<(string Kind, List<int> Facts)> KindsOf(NamedDocument named)
    {
        var kinds = new List<(string, List<int>)>();
        foreach (var kind in KindStyles.Colours.Keys)
        {
            var indices = Enumerable.Range(0, named.Facts.Count).Where(i => named.Facts[i].Fact.Kind.ContractName() == kind).ToList();
            if (indices.Count > 0)
            {
                kinds.Add((kind, indices));
            }
        }

        return kinds;
    }

    private static void WriteLegend(StringBuilder html, List<(string Kind, List<int> Facts)> kinds)
    {
        if (kinds.Count == 0)
        {
            html.Append("<p>No facts.</p>\n");
            return;
        }

        html.Append("<ul class=\"legend\" aria-label=\"Legend\">");
        foreach (var (kind, facts) in kinds)
        {
            html.Append("<li class=\"k-").Append(kind).Append("\">").Append(kind).Append(" (").Append(Number(facts.Count)).Append(")</li>");
        }

        html.Append("</ul>\n");
    }

    private static void WriteText(StringBuilder html, NamedDocument named, int number)
    {
        var text = named.Document.Text;
        var spans = named.Facts.Select(f => (f.Fact.Span.Start, f.Fact.Span.End)).ToList();
        var position = 0;
        foreach (var step in SpanLayout.Layout(spans, text.Length))
        {
            Html.AppendDocumentText(html, text, position, step.Position);
            position = step.Position;
            if (step.Open)
            {
                OpenFact(html, named.Facts[step.Piece.Fact], FactId(number, step.Piece.Fact), step.Piece.Part);
            }
            else
            {
                CloseFact(html, named.Facts[step.Piece.Fact], FactId(number, step.Piece.Fact), step.Piece.Part);
            }
        }

        Html.AppendDocumentText(html, text, position, text.Length);
    }

    private static void OpenFact(StringBuilder html, NamedFact named, string id, int part)
    {
        var kind = named.Fact.Kind.ContractName();
        var elementId = part == 0 ? id : id + "-" + Number(part + 1);
        html.Append("<mark class=\"f k-").Append(kind).Append("\" id=\"").Append(elementId)
            .Append("\" data-fact=\"").Append(id).Append("\" data-kind=\"").Append(kind).Append("\" data-name=\"");
        Html.Escape(html, named.MemberName ?? string.Empty);
        html.Append("\" tabindex=\"0\" aria-describedby=\"").Append(elementId).Append("-tip\">");
    }

    private static void CloseFact(StringBuilder html, NamedFact named, string id, int part)
    {
        var kind = named.Fact.Kind.ContractName();
        var elementId = part == 0 ? id : id + "-" + Number(part + 1);
        html.Append("<span class=\"lbl\" aria-hidden=\"true\">").Append(kind).Append("</span>");
        html.Append("<span class=\"tip\" role=\"tooltip\" id=\"").Append(elementId).Append("-tip\"><b>").Append(kind).Append("</b> ");
        if (named.MemberName is not null)
        {
            html.Append("<code>");
            Html.Escape(html, named.MemberName);
            html.Append("</code> ");
        }

        html.Append("= ");
        var value = FactText.Summary(named.Fact);
        Html.AppendDocumentText(html, value, 0, value.Length);
        html.Append(" (line ").Append(Number(named.Fact.Span.Line)).Append(", column ").Append(Number(named.Fact.Span.Column)).Append(")</span></mark>");
    }

    private static void WriteTables(StringBuilder html, NamedDocument named, int number, List<(string Kind, List<int> Facts)> kinds)
    {
        foreach (var (kind, facts) in kinds)
        {
            html.Append("<table class=\"k-").Append(kind).Append("\"><caption><span class=\"swatch\" aria-hidden=\"true\"></span>")
                .Append(kind).Append(" (").Append(Number(facts.Count)).Append(")</caption>\n");
            html.Append("<thead><tr><th scope=\"col\">member</th><th scope=\"col\">value</th><th scope=\"col\">text</th><th scope=\"col\">at</th></tr></thead>\n<tbody>\n");
            foreach (var index in facts)
            {
                var fact = named.Facts[index];
                html.Append("<tr><td><code>");
                Html.Escape(html, fact.MemberName ?? "(not generated)");
                html.Append("</code></td><td>");
                var value = FactText.Summary(fact.Fact);
                Html.AppendDocumentText(html, value, 0, value.Length);
                html.Append("</td><td>");
                Html.AppendDocumentText(html, fact.Fact.Text, 0, fact.Fact.Text.Length);
                html.Append("</td><td><a href=\"#").Append(FactId(number, index)).Append("\">")
                    .Append(Number(fact.Fact.Span.Line)).Append(':').Append(Number(fact.Fact.Span.Column)).Append("</a></td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }
    }

    private static string FactId(int document, int fact) => "f" + Number(document) + "-" + Number(fact + 1);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => Number(n) + " " + noun + (n == 1 ? string.Empty : "s");
}
