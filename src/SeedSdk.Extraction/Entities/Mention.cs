namespace SeedSdk.Extraction.Entities;

/// <summary>One occurrence of an entity in the text, over tokens <see cref="First"/>..<see cref="Last"/>.</summary>
internal sealed record Mention(int First, int Last, Entity Entity, EntityForm Form);
