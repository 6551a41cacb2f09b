using IdentityCenter.Emulator.State;

// Request and reply bodies of the permission-set and custom-policy operations, snake_case on the wire.
namespace IdentityCenter.Emulator.Api;

/// <summary>Body of CreatePermissionSet.</summary>
internal sealed class CreatePermissionSetRequest
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? RelayState { get; set; }

    public string? SessionDuration { get; set; }

    public List<TagDto?>? Tags { get; set; }
}

/// <summary>Body of UpdatePermissionSet; an absent member keeps its stored value (the name cannot change).</summary>
internal sealed class UpdatePermissionSetRequest
{
    public string? Description { get; set; }

    public string? RelayState { get; set; }

    public string? SessionDuration { get; set; }
}

/// <summary>Wire form of a tag. Both members are nullable so a null value can be reported, not swallowed.</summary>
internal sealed class TagDto
{
    public string? Key { get; set; }

    public string? Value { get; set; }
}

/// <summary>PermissionSetDto as the service returns it.</summary>
internal sealed record PermissionSetDto(
    string PermissionSetId,
    string Name,
    string? Description,
    string? RelayState,
    string? SessionDuration,
    long CreatedDate,
    string PermissionUrn)
{
    public static PermissionSetDto From(PermissionSetSnapshot snapshot) =>
        new(snapshot.PermissionSetId, snapshot.Name, snapshot.Description, snapshot.RelayState, snapshot.SessionDuration, snapshot.CreatedDate, snapshot.PermissionUrn);
}

/// <summary>{"permission_set": …}, the reply of Create and Describe.</summary>
internal sealed record PermissionSetEnvelope(PermissionSetDto PermissionSet);

/// <summary>Reply of ListPermissionSets.</summary>
internal sealed record PermissionSetListDto(IReadOnlyList<PermissionSetDto> PermissionSets, PageInfoDto PageInfo);

/// <summary>Body of PutCustomPolicy and reply of GetCustomPolicy: the policy travels as a JSON string.</summary>
internal sealed class CustomPolicyDto
{
    public string? CustomPolicy { get; set; }
}

/// <summary>Body of PutCustomRole and reply of GetCustomRole: a legacy (IAM 1.1) policy as a JSON string.</summary>
internal sealed class CustomRoleDto
{
    public string? CustomRole { get; set; }
}

/// <summary>Body of attach-managed-policy and detach-managed-policy (the name is optional and only checked for length).</summary>
internal sealed class ManagedPolicyRequest
{
    public string? ManagedPolicyId { get; set; }

    public string? ManagedPolicyName { get; set; }
}

/// <summary>Body of attach-managed-role and detach-managed-role.</summary>
internal sealed class ManagedRoleRequest
{
    public string? ManagedRoleId { get; set; }

    public string? ManagedRoleName { get; set; }
}

internal sealed record AttachedManagedPolicyDto(string PolicyId, string PolicyName);

/// <summary>Reply of ListManagedPoliciesInPermissionSet.</summary>
internal sealed record ManagedPolicyListDto(IReadOnlyList<AttachedManagedPolicyDto> AttachedManagedPolicies, PageInfoDto PageInfo);

internal sealed record AttachedManagedRoleDto(string RoleId, string RoleName);

/// <summary>Reply of ListManagedRolesInPermissionSet.</summary>
internal sealed record ManagedRoleListDto(IReadOnlyList<AttachedManagedRoleDto> AttachedManagedRoles, PageInfoDto PageInfo);

/// <summary>Body of tags/create and tags/delete.</summary>
internal sealed class TagsRequest
{
    public List<TagDto?>? Tags { get; set; }
}

internal sealed record TagReplyDto(string Key, string Value);

/// <summary>Reply of the tag listing.</summary>
internal sealed record TagListDto(IReadOnlyList<TagReplyDto> Tags, PageInfoDto PageInfo);
