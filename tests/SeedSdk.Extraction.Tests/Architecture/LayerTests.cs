using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace SeedSdk.Extraction.Tests.Architecture;

/// <summary>
/// The extractor's folders are its layers (docs/architecture.md): a namespace uses only namespaces of its own
/// layer or below, and no namespaces use each other in a circle.
/// </summary>
public class LayerTests
{
    private const string Root = "SeedSdk.Extraction";

    // Lowest first. "X.*" places every namespace directly under X (each kind of recognizer).
    private static readonly (string Namespace, int Layer)[] Layers =
    {
        ("SeedSdk.Extraction.Model", 0),
        ("SeedSdk.Extraction.Text", 1),
        ("SeedSdk.Extraction.Numbers", 2),
        ("SeedSdk.Extraction.Recognizers.*", 3),
        ("SeedSdk.Extraction.Stages.Numeric", 4),
        ("SeedSdk.Extraction.Stages.Entities", 4),
        ("SeedSdk.Extraction.Stages.Roles", 5),
        ("SeedSdk.Extraction.Stages.Statements", 5),
        ("SeedSdk.Extraction.Stages.Lists", 5),
        ("SeedSdk.Extraction.Stages", 6),
        ("SeedSdk.Extraction.Ordering", 7),
        ("SeedSdk.Extraction.Naming", 7),
        ("SeedSdk.Extraction.Curation", 8),
        ("SeedSdk.Extraction", 9),
    };

    private static Assembly Extractor => typeof(FactExtractor).Assembly;

    [Fact]
    public void No_namespace_uses_a_higher_layer()
    {
        var violations = Violations(NamespaceReferences.Of(Extractor, Root));

        Assert.True(violations.Count == 0, "Uses of a higher layer:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void No_namespaces_use_each_other_in_a_circle()
    {
        var circles = Circles(NamespaceReferences.Of(Extractor, Root));

        Assert.True(circles.Count == 0, "Circles:\n" + string.Join("\n", circles.Select(c => string.Join(" -> ", c))));
    }

    [Fact]
    public void Every_namespace_of_the_extractor_has_a_layer()
    {
        var namespaces = Extractor.GetTypes().Select(t => t.Namespace ?? string.Empty).Where(n => n.StartsWith(Root, StringComparison.Ordinal)).Distinct();

        Assert.All(namespaces, n => Assert.True(LayerOf(n) >= 0, n + " is in no layer of the table (a new folder must be placed in it)"));
    }

    [Fact]
    public void The_reference_reader_sees_uses_in_signatures_and_in_method_bodies()
    {
        var edges = NamespaceReferences.Of(Extractor, Root);

        // Recognizers read numbers through method calls; the extractor's entry point calls every stage.
        Assert.Contains(("SeedSdk.Extraction.Recognizers.Money", "SeedSdk.Extraction.Numbers"), edges);
        Assert.Contains(("SeedSdk.Extraction", "SeedSdk.Extraction.Stages.Numeric"), edges);
        Assert.Contains(("SeedSdk.Extraction.Stages", "SeedSdk.Extraction.Stages.Lists"), edges);
    }

    [Fact]
    public void A_use_of_a_higher_layer_and_a_circle_are_reported()
    {
        // The negative control: the checks fail on a graph that breaks the rules.
        var edges = new SortedSet<(string, string)>
        {
            ("SeedSdk.Extraction.Text", "SeedSdk.Extraction.Recognizers.Dates"),
            ("SeedSdk.Extraction.Recognizers.Dates", "SeedSdk.Extraction.Numbers"),
            ("SeedSdk.Extraction.Numbers", "SeedSdk.Extraction.Text"),
            ("SeedSdk.Extraction.Naming", "SeedSdk.Extraction.Model"),
        };

        Assert.Equal(new[] { "SeedSdk.Extraction.Text (layer 1) uses SeedSdk.Extraction.Recognizers.Dates (layer 3)" }, Violations(edges));
        var circle = Assert.Single(Circles(edges));
        Assert.Equal(new[] { "SeedSdk.Extraction.Numbers", "SeedSdk.Extraction.Recognizers.Dates", "SeedSdk.Extraction.Text" }, circle.OrderBy(n => n, StringComparer.Ordinal));
    }

    private static int LayerOf(string ns)
        => Layers.Where(l => Places(l.Namespace, ns)).Select(l => l.Layer).DefaultIfEmpty(-1).First();

    private static bool Places(string entry, string ns)
        => entry.EndsWith(".*", StringComparison.Ordinal)
            ? ns.StartsWith(entry.Substring(0, entry.Length - 1), StringComparison.Ordinal) && ns.IndexOf('.', entry.Length - 1) < 0
            : ns == entry;

    private static List<string> Violations(IEnumerable<(string From, string To)> edges)
        => edges.Where(e => LayerOf(e.To) > LayerOf(e.From)).Select(e => $"{e.From} (layer {LayerOf(e.From)}) uses {e.To} (layer {LayerOf(e.To)})").ToList();

    // The strongly connected components of more than one namespace (Tarjan).
    private static List<List<string>> Circles(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var nodes = edges.SelectMany(e => new[] { e.From, e.To }).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var to in next.TryGetValue(node, out var targets) ? targets : new List<string>())
            {
                if (!index.ContainsKey(to))
                {
                    Visit(to);
                    low[node] = Math.Min(low[node], low[to]);
                }
                else if (onStack.Contains(to))
                {
                    low[node] = Math.Min(low[node], index[to]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    result.Add(component);
                }
            }
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return result;
    }
}
