using System;
using System.Collections.Generic;
using SeedSdk.Cli.Input;
using SeedSdk.Extraction;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Tooling;

namespace SeedSdk.Cli.Extraction;

/// <summary>
/// Reads and extracts seeds for <c>facts</c> and <c>report</c>, with the curation file beside each seed applied
/// (the generator applies it with the same code): each readable file becomes a <see cref="NamedDocument"/> whose facts carry their generated member names and pass the kind filter;
/// an unreadable file is reported on stderr and skipped.
/// </summary>
internal static class DocumentLoader
{
    /// <summary>The documents of <paramref name="files"/>; <paramref name="unreadable"/> tells whether any file was skipped.</summary>
    public static List<NamedDocument> Load(IReadOnlyList<SeedFile> files, IReadOnlyList<string> kinds, CliIo io, out bool unreadable)
    {
        var reader = new SeedReader(io.OpenStdin);
        var documents = new List<NamedDocument>(files.Count);
        unreadable = false;
        using var progress = new Progress(io, files.Count);
        foreach (var file in files)
        {
            progress.Next(file.DisplayPath);
            var text = reader.TryRead(file, out var error);
            if (text is null)
            {
                progress.Clear();
                io.Error.WriteLine("seedsdk: error: cannot read " + file.DisplayPath + ": " + error);
                unreadable = true;
                continue;
            }

            var extracted = FactExtractor.Extract(text, file.DisplayPath);
            documents.Add(Named(file.IsStdin ? extracted : SeedCurationFile.Apply(file, extracted, io.Error), kinds));
        }

        return documents;
    }

    /// <summary><paramref name="document"/> with its facts named and filtered to <paramref name="kinds"/> (empty: all).</summary>
    public static NamedDocument Named(ExtractedDocument document, IReadOnlyList<string> kinds)
    {
        var names = GeneratedMemberNames.Of(document);
        var facts = new List<NamedFact>(document.Facts.Count);
        for (var i = 0; i < document.Facts.Count; i++)
        {
            var fact = document.Facts[i];
            if (kinds.Count == 0 || Contains(kinds, fact.Kind.ContractName()))
            {
                facts.Add(new NamedFact(fact, names[i]));
            }
        }

        return new NamedDocument(document, facts);
    }

    private static bool Contains(IReadOnlyList<string> kinds, string kind)
    {
        foreach (var candidate in kinds)
        {
            if (string.Equals(candidate, kind, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
