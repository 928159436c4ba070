namespace SeedSdk.Extraction.Stages.Roles;

/// <summary>A role phrase's tokens, its normalized text and organization; <c>OwnOrganization</c>: the speaker's own ("our chair").</summary>
internal readonly record struct RoleSpan(int First, int Last, string Role, string? Organization, bool OwnOrganization = false);
