using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SeedSdk.Generator.Tests.TestSupport;

/// <summary>An additional file held in memory; <see cref="Unreadable"/> and <see cref="Throwing"/> simulate broken files.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly Func<SourceText?> _read;

    private InMemoryAdditionalText(string path, Func<SourceText?> read)
    {
        Path = path;
        _read = read;
    }

    public override string Path { get; }

    public static InMemoryAdditionalText Of(string path, string text) => new(path, () => SourceText.From(text));

    /// <summary>A file whose <c>GetText</c> returns null, as Roslyn does when it cannot read the file.</summary>
    public static InMemoryAdditionalText Unreadable(string path) => new(path, () => null);

    /// <summary>A file whose <c>GetText</c> throws.</summary>
    public static InMemoryAdditionalText Throwing(string path, string message) => new(path, () => throw new InvalidOperationException(message));

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _read();
}
