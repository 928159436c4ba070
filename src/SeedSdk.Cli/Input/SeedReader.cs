using System;
using System.IO;
using System.Text;

namespace SeedSdk.Cli.Input;

/// <summary>Reads seeds: their bytes (standard input read once), or their text as strict UTF-8 (a BOM is allowed).</summary>
internal sealed class SeedReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Func<Stream> _openStdin;
    private byte[]? _stdin;

    /// <summary>A reader taking standard input from <paramref name="openStdin"/>.</summary>
    public SeedReader(Func<Stream> openStdin) => _openStdin = openStdin;

    /// <summary>The bytes of <paramref name="file"/>, or null with the reason in <paramref name="error"/>.</summary>
    public byte[]? TryReadBytes(SeedFile file, out string error)
    {
        error = string.Empty;
        try
        {
            return file.IsStdin ? _stdin ??= ReadAll(_openStdin) : File.ReadAllBytes(file.FullPath);
        }
        catch (UnauthorizedAccessException)
        {
            error = "permission denied";
        }
        catch (IOException e)
        {
            error = e.Message;
        }

        return null;
    }

    /// <summary>The text of <paramref name="file"/>, or null with the reason in <paramref name="error"/>.</summary>
    public string? TryRead(SeedFile file, out string error)
    {
        var bytes = TryReadBytes(file, out error);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            var preamble = StrictUtf8.Preamble.Length;
            var hasBom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
            return StrictUtf8.GetString(bytes, hasBom ? preamble : 0, bytes.Length - (hasBom ? preamble : 0));
        }
        catch (DecoderFallbackException)
        {
            error = "not valid UTF-8";
            return null;
        }
    }

    private static byte[] ReadAll(Func<Stream> open)
    {
        using var stream = open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
