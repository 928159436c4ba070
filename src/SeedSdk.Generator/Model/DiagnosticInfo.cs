using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Generator.Model;

/// <summary>
/// An equatable description of a diagnostic: the descriptor, the file path and spans, the message
/// arguments. The <see cref="Location"/> is built only when reporting, so the pipeline stays cacheable.
/// </summary>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    string? FilePath,
    TextSpan TextSpan,
    LinePositionSpan LineSpan,
    EquatableArray<string> MessageArgs)
{
    /// <summary>A diagnostic located in <paramref name="filePath"/>.</summary>
    public static DiagnosticInfo InFile(DiagnosticDescriptor descriptor, string filePath, TextSpan textSpan, LinePositionSpan lineSpan, params string[] args)
        => new(descriptor, filePath, textSpan, lineSpan, EquatableArray<string>.TakeOwnership(args));

    /// <summary>A diagnostic with no source location.</summary>
    public static DiagnosticInfo Global(DiagnosticDescriptor descriptor, params string[] args)
        => new(descriptor, null, default, default, EquatableArray<string>.TakeOwnership(args));

    /// <summary>Builds the Roslyn diagnostic.</summary>
    public Diagnostic ToDiagnostic()
    {
        var location = FilePath is null ? Location.None : Location.Create(FilePath, TextSpan, LineSpan);
        return Diagnostic.Create(Descriptor, location, MessageArgs.Cast<object?>().ToArray());
    }
}
