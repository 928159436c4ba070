using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedSdk.Cli.Generation;

/// <summary>A diagnostic as the C# compiler prints it: <c>path(line,col): warning SEED002: message</c>.</summary>
internal static class CompilerFormat
{
    /// <summary>The one-line form of <paramref name="diagnostic"/>.</summary>
    public static string Format(Diagnostic diagnostic)
        => CSharpDiagnosticFormatter.Instance.Format(diagnostic, CultureInfo.InvariantCulture);
}
