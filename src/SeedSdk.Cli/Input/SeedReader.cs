using System;
using System.IO;
using System.Text;

namespace SeedSdk.Cli.Input;

/// <summary>Reads a seed file as strict UTF-8 (a BOM is allowed), reporting why it cannot.</summary>
internal static class SeedReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="file"/>, or null with the reason in <paramref name="error"/>.</summary>
    public static string? TryRead(SeedFile file, out string error)
    {
        try
        {
            error = string.Empty;
            return File.ReadAllText(file.FullPath, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            error = "not valid UTF-8";
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
}
