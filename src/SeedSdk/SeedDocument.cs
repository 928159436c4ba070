using System;
using System.Collections.Generic;
using SeedSdk.Internal;

namespace SeedSdk;

/// <summary>A seed document and every fact found in it, in document order.</summary>
public sealed class SeedDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="path">The project-relative path of the seed file.</param>
    /// <param name="title">The document's title.</param>
    /// <param name="text">The document's full text.</param>
    /// <param name="facts">The facts, in document order.</param>
    public SeedDocument(string path, string title, string text, IEnumerable<Fact> facts)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Facts = new ReadOnlyValueList<Fact>(facts);
    }

    /// <summary>The project-relative path of the seed file, with '/' separators.</summary>
    public string Path { get; }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>The document's full text.</summary>
    public string Text { get; }

    /// <summary>Every fact, in document order.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>The facts of type <typeparamref name="T"/> (for example <see cref="MoneyFact"/>), in document order.</summary>
    public IReadOnlyList<T> OfKind<T>()
        where T : Fact
    {
        var result = new List<T>();
        foreach (var fact in Facts)
        {
            if (fact is T typed)
            {
                result.Add(typed);
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>The facts of <paramref name="kind"/>, in document order.</summary>
    public IReadOnlyList<Fact> OfKind(FactKind kind)
    {
        var result = new List<Fact>();
        foreach (var fact in Facts)
        {
            if (fact.Kind == kind)
            {
                result.Add(fact);
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>"path: N facts".</summary>
    public override string ToString() => Format.Invariant($"{Path}: {Facts.Count} facts");
}
