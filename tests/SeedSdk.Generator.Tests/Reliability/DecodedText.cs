using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SeedSdk.Generator.Tests.Reliability;

/// <summary>How an additional file's bytes become text.</summary>
internal enum Decoding
{
    /// <summary>
    /// As csc does it (EncodedStringText): a BOM wins; else strict UTF-8; if that fails, Latin-1 with
    /// binary detection, and a binary file reads as null.
    /// </summary>
    Compiler,

    /// <summary>As editors and lenient readers do it: UTF-8 with U+FFFD for every invalid sequence.</summary>
    Replacement,

    /// <summary>An editor buffer: the bytes are raw UTF-16 code units, so even lone surrogates survive.</summary>
    InMemory,
}

/// <summary>An in-memory additional file given as raw bytes.</summary>
internal sealed class DecodedText : AdditionalText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _bytes;
    private readonly Decoding _decoding;

    public DecodedText(string path, byte[] bytes, Decoding decoding)
    {
        Path = path;
        _bytes = bytes;
        _decoding = decoding;
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default)
        => _decoding switch
        {
            Decoding.Replacement => SourceText.From(_bytes, _bytes.Length, Encoding.UTF8),
            Decoding.InMemory => SourceText.From(new string(MemoryMarshal.Cast<byte, char>(_bytes))),
            _ => CompilerDecode(_bytes),
        };

    /// <summary>The raw code units of <paramref name="text"/>, for <see cref="Decoding.InMemory"/>.</summary>
    public static byte[] CodeUnits(string text) => MemoryMarshal.AsBytes(text.AsSpan()).ToArray();

    /// <summary>The text the compiler would hand the generator, or null when it would report the file as binary.</summary>
    public static SourceText? CompilerDecode(byte[] bytes)
    {
        try
        {
            return SourceText.From(bytes, bytes.Length, StrictUtf8, throwIfBinaryDetected: false);
        }
        catch (DecoderFallbackException)
        {
            try
            {
                return SourceText.From(bytes, bytes.Length, Encoding.Latin1, throwIfBinaryDetected: true);
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }
    }
}
