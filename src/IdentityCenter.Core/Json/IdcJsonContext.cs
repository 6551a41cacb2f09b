using System.Text.Json.Serialization;

namespace IdentityCenter.Core.Json
{
    /// <summary>Source-generated (de)serialisers: no reflection at run time, and one options instance for the process.</summary>
    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CreatePermissionSetBody))]
    [JsonSerializable(typeof(PermissionSetDto))]
    [JsonSerializable(typeof(PermissionSetPage))]
    [JsonSerializable(typeof(InstancePage))]
    [JsonSerializable(typeof(CustomPolicyBody))]
    [JsonSerializable(typeof(DomainList))]
    [JsonSerializable(typeof(AccountAssignmentBody))]
    [JsonSerializable(typeof(AccountAssignmentCreationEnvelope))]
    [JsonSerializable(typeof(AccountAssignmentDeletionEnvelope))]
    [JsonSerializable(typeof(AccountAssignmentCreationStatusPage))]
    [JsonSerializable(typeof(AccountAssignmentDeletionStatusPage))]
    [JsonSerializable(typeof(AccountAssignmentPage))]
    [JsonSerializable(typeof(ProvisionBody))]
    [JsonSerializable(typeof(ProvisioningEnvelope))]
    [JsonSerializable(typeof(ProvisioningStatusPage))]
    [JsonSerializable(typeof(AccountIdPage))]
    [JsonSerializable(typeof(PermissionSetIdPage))]
    [JsonSerializable(typeof(UpdatePermissionSetBody))]
    [JsonSerializable(typeof(AttachManagedPolicyBody))]
    [JsonSerializable(typeof(DetachManagedPolicyBody))]
    [JsonSerializable(typeof(ManagedPolicyPage))]
    [JsonSerializable(typeof(TagsBody))]
    [JsonSerializable(typeof(TagPage))]
    internal sealed partial class IdcJsonContext : JsonSerializerContext
    {
    }
}
