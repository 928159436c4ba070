using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedSdk.Extraction;
using SeedSdk.Extraction.Curation;
using SeedSdk.Extraction.Model;
using SeedSdk.Generator.Diagnostics;
using SeedSdk.Generator.Model;

namespace SeedSdk.Generator.Parsing;

/// <summary>
/// Turns one additional file into a <see cref="SeedReadResult"/>: checks the options and the content,
/// runs the extractor, and reports every problem as a diagnostic located in the file. Never throws
/// (except on cancellation).
/// </summary>
internal static class SeedReader
{
    /// <summary>The seed read from <paramref name="file"/>, or nothing when it is not flagged as a seed: zero or one result, so the pipeline reads and filters in one step.</summary>
    public static ImmutableArray<SeedReadResult> Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, GlobalSeedOptions global, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!SeedFileOptions.IsSeed(options) || SeedCuration.IsCurationFile(file.Path))
        {
            return ImmutableArray<SeedReadResult>.Empty;
        }

        var diagnostics = new List<DiagnosticInfo>();
        var relativePath = SeedFileOptions.RelativePath(options, file.Path);
        try
        {
            var (model, key) = ReadSeed(file, options, relativePath, global, diagnostics, cancellationToken);
            return ImmutableArray.Create(Result(file.Path, model, key, diagnostics));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            diagnostics.Add(DiagnosticInfo.InFile(DiagnosticDescriptors.InternalError, file.Path, default, default, relativePath, exception.GetType().Name + ": " + exception.Message));
            return ImmutableArray.Create(Result(file.Path, null, null, diagnostics));
        }
    }

    private static SeedReadResult Result(string filePath, SeedModel? model, TypeNameKey? key, List<DiagnosticInfo> diagnostics)
        => new SeedReadResult(filePath, model, key, EquatableArray<DiagnosticInfo>.TakeOwnership(diagnostics.ToArray()));

    private static (SeedModel?, TypeNameKey?) ReadSeed(AdditionalText file, AnalyzerConfigOptions options, string relativePath, GlobalSeedOptions global, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var source = file.GetText(cancellationToken);
        if (source is null)
        {
            diagnostics.Add(DiagnosticInfo.InFile(DiagnosticDescriptors.UnreadableSeed, file.Path, default, default, relativePath));
            return (null, null);
        }

        var (firstLine, firstLineSpan) = FileSpans.FirstLine(source);
        var (typeName, isExplicit) = SeedFileOptions.TypeName(options, relativePath);
        var typeNameProblem = isExplicit ? SeedFileOptions.TypeNameProblem(typeName) : null;
        if (typeNameProblem is not null)
        {
            diagnostics.Add(DiagnosticInfo.InFile(DiagnosticDescriptors.InvalidTypeName, file.Path, firstLine, firstLineSpan, typeName, relativePath, typeNameProblem));
            return (null, null);
        }

        var text = source.ToString();
        var bytes = source.Length > global.MaxSeedBytes ? source.Length : Encoding.UTF8.GetByteCount(text);
        if (bytes > global.MaxSeedBytes)
        {
            diagnostics.Add(DiagnosticInfo.InFile(
                DiagnosticDescriptors.SeedTooLarge, file.Path, firstLine, firstLineSpan, relativePath, Number(bytes), Number(global.MaxSeedBytes)));
            return (null, null);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            var (whole, wholeSpan) = FileSpans.Whole(source);
            diagnostics.Add(DiagnosticInfo.InFile(DiagnosticDescriptors.EmptySeed, file.Path, whole, wholeSpan, relativePath));
            return (null, null);
        }

        var binaryAt = IndexOfBinary(text);
        var what = binaryAt >= 0 && text[binaryAt] == '\0' ? "a NUL character" : "an invalid UTF-8 sequence (U+FFFD)";
        if (binaryAt < 0 && !IsUnicode(source.Encoding))
        {
            // The compiler reads a file that is not valid UTF-8 with a legacy code page: no U+FFFD, just mojibake.
            binaryAt = IndexOfNonAscii(text);
            what = "an invalid UTF-8 sequence (read as " + source.Encoding!.WebName + ")";
        }

        if (binaryAt >= 0)
        {
            var span = new TextSpan(binaryAt, 1);
            var lineSpan = source.Lines.GetLinePositionSpan(span);
            diagnostics.Add(DiagnosticInfo.InFile(
                DiagnosticDescriptors.BinarySeed, file.Path, span, lineSpan, relativePath, what, Number(lineSpan.Start.Line + 1)));
            return (null, null);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var document = FactExtractor.Extract(text, relativePath);
        document = FactValidator.Validate(document, file.Path, source, diagnostics);
        var model = new SeedModel(file.Path, global.Namespace, typeName, document);
        return (model, new TypeNameKey(file.Path, relativePath, model.FullTypeName, firstLine, firstLineSpan));
    }

    private static int IndexOfBinary(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\0' or '\uFFFD')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the compiler decoded the file as Unicode (or did not say how it decoded it).</summary>
    private static bool IsUnicode(Encoding? encoding)
        => encoding is null || encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

    private static int IndexOfNonAscii(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > '\u007F')
            {
                return i;
            }
        }

        return -1;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
