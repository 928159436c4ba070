using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SeedSdk.Cli.Generation;

/// <summary>
/// A seed as an additional file, decoded as the compiler decodes one: strict UTF-8 (a byte order mark
/// picks UTF-8 or UTF-16), else the compiler's fallback code page. Null text means unreadable, as for the compiler.
/// </summary>
internal sealed class SeedText : AdditionalText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> FallbackEncoding = new(CreateFallbackEncoding);
    private readonly byte[]? _bytes;
    private SourceText? _text;

    /// <summary>A seed at <paramref name="path"/> with <paramref name="bytes"/> (null: it could not be read).</summary>
    public SeedText(string path, byte[]? bytes)
    {
        Path = path;
        _bytes = bytes;
    }

    /// <inheritdoc />
    public override string Path { get; }

    /// <inheritdoc />
    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        if (_bytes is null)
        {
            return null;
        }

        try
        {
            return _text ??= Decode(_bytes);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static SourceText Decode(byte[] bytes)
    {
        try
        {
            return SourceText.From(new MemoryStream(bytes, writable: false), StrictUtf8, SourceHashAlgorithm.Sha256);
        }
        catch (DecoderFallbackException)
        {
            // Like the compiler: not UTF-8, so read it with the default code page (binary content is refused).
            return SourceText.From(new MemoryStream(bytes, writable: false), FallbackEncoding.Value, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: true);
        }
    }

    // The compiler's choice when a file is not UTF-8: the system's ANSI code page, else 1252, else Latin-1.
    private static Encoding CreateFallbackEncoding()
    {
        try
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(0) ?? Encoding.GetEncoding(1252);
        }
        catch (NotSupportedException)
        {
            return Encoding.Latin1;
        }
    }
}
