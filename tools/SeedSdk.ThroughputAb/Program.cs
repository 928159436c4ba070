using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using SeedSdk.Benchmarks;

namespace SeedSdk.ThroughputAb;

/// <summary>
/// Usage: SeedSdk.ThroughputAb extract|entities|numeric|context SIZE ROUNDS CALLS [--return-storage] [--text PATH] BUILD-DIR...
/// Loads the SeedSdk.Extraction.dll of each build folder into a load context of its own and times the same work on
/// the benchmark prose of SIZE characters: the whole extraction, the stages before naming (the numeric stage, then
/// the entity stage), the numeric stage (a context built and the numeric recognizers run, the body of
/// ExtractionBenchmarks.NumericStage) or the context alone. After three warm-up rounds,
/// each round runs CALLS calls of every build, the builds in turn and their order shifted each round, so a machine
/// that slows down for a while slows every build alike. Prints per build the fastest, first-quartile and median
/// round (milliseconds per call), the garbage collector's pause per call and its collections.
/// With --return-storage the numeric stage gives its context's token storage back after the stage, as the
/// extractor does, in the builds that can. With --text PATH the work reads the documents of PATH (a file, or every .txt
/// and .md file of a folder, in name order) instead of the prose, one document after another in each call, and SIZE
/// must be 0.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var returnStorage = args.Contains("--return-storage");
        var textAt = Array.IndexOf(args, "--text");
        var textPath = textAt >= 0 && textAt + 1 < args.Length ? args[textAt + 1] : null;
        var rest = args.Where((a, k) => a != "--return-storage" && (textAt < 0 || (k != textAt && k != textAt + 1))).ToArray();
        if (rest.Length < 5 || rest[0] is not ("extract" or "entities" or "numeric" or "context")
            || !int.TryParse(rest[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || !int.TryParse(rest[2], NumberStyles.None, CultureInfo.InvariantCulture, out var rounds)
            || !int.TryParse(rest[3], NumberStyles.None, CultureInfo.InvariantCulture, out var calls)
            || rounds < 1 || calls < 1 || (textAt >= 0 && (textPath is null || size != 0)))
        {
            Console.Error.WriteLine("usage: SeedSdk.ThroughputAb extract|entities|numeric|context SIZE ROUNDS CALLS [--return-storage] [--text PATH] BUILD-DIR...");
            Console.Error.WriteLine("       (with --text, SIZE is 0: the documents of PATH are read instead of the benchmark prose)");
            return 2;
        }

        var texts = textPath is null ? new[] { ProseGenerator.Generate(size, seed: 20250305) } : ReadDocuments(textPath);
        if (texts.Length == 0)
        {
            Console.Error.WriteLine($"no .txt or .md document in '{textPath}'");
            return 2;
        }

        var builds = rest.Skip(4).Select(dir => Build.Load(Path.GetFullPath(dir), rest[0], texts, returnStorage)).ToArray();
        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            foreach (var build in builds)
            {
                build.Time(calls);
            }
        }

        foreach (var build in builds)
        {
            build.Reset();
        }

        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < builds.Length; k++)
            {
                builds[(k + round) % builds.Length].Time(calls);
            }
        }

        var source = textPath is null ? $"{size} characters" : $"{texts.Length} documents of {Path.GetFileName(textPath.TrimEnd(Path.DirectorySeparatorChar))}, {texts.Sum(t => t.Length)} characters";
        Console.WriteLine($"{rest[0]}, {source}, {rounds} rounds of {calls} calls{(returnStorage ? ", storage returned" : string.Empty)}; ms per call");
        foreach (var build in builds)
        {
            Console.WriteLine(build.Summary());
        }

        return 0;
    }

    private static string[] ReadDocuments(string path)
        => Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray()
            : new[] { File.ReadAllText(path) };

    private sealed class Build
    {
        private readonly string _name;
        private readonly Action _call;
        private readonly List<double> _rounds = new();
        private double _pauseMs;
        private int _calls;
        private int _gen0;
        private int _gen2;

        private Build(string name, Action call)
        {
            _name = name;
            _call = call;
        }

        public static Build Load(string dir, string work, string[] texts, bool returnStorage)
        {
            var assembly = new AssemblyLoadContext(dir).LoadFromAssemblyPath(Path.Combine(dir, "SeedSdk.Extraction.dll"));
            var types = assembly.GetTypes();
            const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
            var contextType = types.Single(t => t.Name == "DocumentContext");
            var create = contextType.GetMethods(Static).Single(m => m.Name == "Create" && m.GetParameters().Length == 2);
            var recognize = types.Single(t => t.Name == "NumericFacts").GetMethod("Recognize", Static)!;
            var recognizeEntities = types.Single(t => t.Name == "EntityFacts").GetMethod("Recognize", Static)!;
            var extract = types.Single(t => t.Name == "FactExtractor").GetMethods(Static)
                .Single(m => m.Name == "Extract" && m.GetParameters().Length == 2 && m.GetParameters()[0].ParameterType == typeof(string));
            var giveBack = returnStorage ? contextType.GetMethod("ReturnTokenStorage", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) : null;
            var listType = recognize.GetParameters()[1].ParameterType;
            var documents = texts.Select(text => new object[] { text, "bench.txt" }).ToArray();

            Action<object[]> one = work switch
            {
                "extract" => arguments => extract.Invoke(null, arguments),
                "context" => arguments => create.Invoke(null, arguments),
                _ => arguments =>
                {
                    var context = create.Invoke(null, arguments)!;
                    var facts = new[] { context, Activator.CreateInstance(listType) };
                    recognize.Invoke(null, facts);
                    if (work == "entities")
                    {
                        recognizeEntities.Invoke(null, facts);
                    }

                    giveBack?.Invoke(context, null);
                },
            };
            Action call = documents.Length == 1 ? () => one(documents[0]) : () =>
            {
                foreach (var arguments in documents)
                {
                    one(arguments);
                }
            };
            return new Build(Path.GetFileName(dir.TrimEnd(Path.DirectorySeparatorChar)), call);
        }

        public void Time(int calls)
        {
            var pause = GC.GetTotalPauseDuration();
            var gen0 = GC.CollectionCount(0);
            var gen2 = GC.CollectionCount(2);
            var watch = Stopwatch.StartNew();
            for (var k = 0; k < calls; k++)
            {
                _call();
            }

            _rounds.Add(watch.Elapsed.TotalMilliseconds / calls);
            _pauseMs += (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
            _calls += calls;
            _gen0 += GC.CollectionCount(0) - gen0;
            _gen2 += GC.CollectionCount(2) - gen2;
        }

        public void Reset()
        {
            _rounds.Clear();
            _pauseMs = 0;
            _calls = 0;
            _gen0 = 0;
            _gen2 = 0;
        }

        public string Summary()
        {
            var sorted = _rounds.OrderBy(ms => ms).ToList();
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{_name,-12} fastest {sorted[0],8:F3}  p25 {sorted[sorted.Count / 4],8:F3}  median {sorted[sorted.Count / 2],8:F3}  GC pause {_pauseMs / _calls,7:F3}  gen0 {_gen0,5}  gen2 {_gen2,4}");
        }
    }
}
