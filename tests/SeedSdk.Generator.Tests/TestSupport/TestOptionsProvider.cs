using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SeedSdk.Generator.Tests.TestSupport;

/// <summary>Global and per-file (by path) analyzer config options, as MSBuild would pass them.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, DictionaryOptions> _files;
    private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

    public TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> files)
    {
        GlobalOptions = new DictionaryOptions(global);
        _files = new Dictionary<string, DictionaryOptions>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            _files[file.Key] = new DictionaryOptions(file.Value);
        }
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _files.TryGetValue(textFile.Path, out var options) ? options : Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> _values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (_values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = null;
            return false;
        }
    }
}
