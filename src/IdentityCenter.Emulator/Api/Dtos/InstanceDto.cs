namespace IdentityCenter.Emulator;

/// <summary>InstanceMetadataEntryDto as the service returns it.</summary>
internal sealed record InstanceDto(string InstanceId, string IdentityStoreId, string Alias, string InstanceUrn);
