using Microsoft.CodeAnalysis.Text;

namespace SeedSdk.Generator.Model;

/// <summary>The type a seed generates, with where to report a clash (the seed's first line) and the path messages name.</summary>
internal sealed record TypeNameKey(string FilePath, string RelativePath, string FullTypeName, TextSpan FirstLine, LinePositionSpan FirstLineSpan);
