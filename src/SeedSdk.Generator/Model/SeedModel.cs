using SeedSdk.Extraction.Model;

namespace SeedSdk.Generator.Model;

/// <summary>Everything needed to emit one seed's class. Equatable; holds no Roslyn symbols, nodes or files.</summary>
/// <param name="FilePath">The additional file's path as the compiler knows it (identity only; never emitted).</param>
/// <param name="Namespace">The namespace of the class.</param>
/// <param name="TypeName">The class name.</param>
/// <param name="Document">The extracted document; its <c>Path</c> is the project-relative path that is emitted.</param>
internal sealed record SeedModel(string FilePath, string Namespace, string TypeName, ExtractedDocument Document)
{
    /// <summary>The namespace-qualified class name.</summary>
    public string FullTypeName => Namespace + "." + TypeName;
}
