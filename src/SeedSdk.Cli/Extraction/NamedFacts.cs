using System.Collections.Generic;
using SeedSdk.Extraction.Model;

namespace SeedSdk.Cli.Extraction;

/// <summary>A fact with the member name its field gets in the generated class (null when the generator skips it).</summary>
internal sealed record NamedFact(ExtractedFact Fact, string? MemberName);

/// <summary>An extracted document with the facts a command shows (all, or those of the <c>--kind</c> filter), named.</summary>
internal sealed record NamedDocument(ExtractedDocument Document, IReadOnlyList<NamedFact> Facts);
