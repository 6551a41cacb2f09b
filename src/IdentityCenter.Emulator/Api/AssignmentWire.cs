using IdentityCenter.Emulator.State;

// Request and reply bodies of the asynchronous operations: account assignments and provisioning.
namespace IdentityCenter.Emulator.Api;

/// <summary>Body of account-assignments/create and account-assignments/delete; all five members are required.</summary>
internal sealed class AccountAssignmentRequest
{
    public string? PermissionSetId { get; set; }

    public string? PrincipalId { get; set; }

    public string? PrincipalType { get; set; }

    public string? TargetId { get; set; }

    public string? TargetType { get; set; }
}

/// <summary>AccountAssignmentOperationStatusDto: where one creation or deletion stands.</summary>
internal sealed record AccountAssignmentStatusDto(
    long CreatedDate,
    string? FailureReason,
    string PermissionSetId,
    string PrincipalId,
    string PrincipalType,
    string RequestId,
    string Status,
    string TargetId,
    string TargetType)
{
    public static AccountAssignmentStatusDto From(AsyncRequest r) =>
        new(r.CreatedDate, r.FailureReason, r.PermissionSetId, r.PrincipalId!, r.PrincipalType!, r.RequestId, r.Status, r.TargetId!, r.TargetType);
}

internal sealed record AccountAssignmentCreationEnvelope(AccountAssignmentStatusDto AccountAssignmentCreationStatus);

internal sealed record AccountAssignmentDeletionEnvelope(AccountAssignmentStatusDto AccountAssignmentDeletionStatus);

/// <summary>The short form of a request in the status listings.</summary>
internal sealed record RequestStatusSummaryDto(long CreatedDate, string RequestId, string Status)
{
    public static RequestStatusSummaryDto From(AsyncRequest r) => new(r.CreatedDate, r.RequestId, r.Status);
}

internal sealed record AccountAssignmentCreationListDto(IReadOnlyList<RequestStatusSummaryDto> AccountAssignmentsCreationStatus, PageInfoDto PageInfo);

internal sealed record AccountAssignmentDeletionListDto(IReadOnlyList<RequestStatusSummaryDto> AccountAssignmentsDeletionStatus, PageInfoDto PageInfo);

internal sealed record AccountAssignmentDto(string AccountId, string PermissionSetId, string PrincipalId, string PrincipalType)
{
    public static AccountAssignmentDto From(AccountAssignment a) => new(a.AccountId, a.PermissionSetId, a.PrincipalId, a.PrincipalType);
}

/// <summary>Reply of ListAccountAssignments and ListAccountAssignmentsForPrincipal.</summary>
internal sealed record AccountAssignmentListDto(IReadOnlyList<AccountAssignmentDto> AccountAssignments, PageInfoDto PageInfo);

/// <summary>Body of provision: target_id names the account when target_type is ACCOUNT.</summary>
internal sealed class ProvisionRequest
{
    public string? TargetType { get; set; }

    public string? TargetId { get; set; }
}

/// <summary>
/// PermissionSetProvisioningStatusDto. Its created_date is a string (epoch milliseconds in decimal), as the
/// Go model types it, unlike the number in the listing; clients must read both.
/// </summary>
internal sealed record ProvisioningStatusDto(string? AccountId, string CreatedDate, string? FailureReason, string PermissionSetId, string RequestId, string Status)
{
    public static ProvisioningStatusDto From(AsyncRequest r) =>
        new(r.TargetId, r.CreatedDate.ToString(System.Globalization.CultureInfo.InvariantCulture), r.FailureReason, r.PermissionSetId, r.RequestId, r.Status);
}

internal sealed record ProvisioningEnvelope(ProvisioningStatusDto PermissionSetProvisioningStatus);

internal sealed record ProvisioningListDto(IReadOnlyList<RequestStatusSummaryDto> PermissionSetsProvisioningStatus, PageInfoDto PageInfo);

/// <summary>Reply of ListAccountsForProvisionedPermissionSet.</summary>
internal sealed record AccountIdListDto(IReadOnlyList<string> AccountIds, PageInfoDto PageInfo);

/// <summary>Reply of ListPermissionSetsProvisionedToAccount: permission set ids.</summary>
internal sealed record PermissionSetIdListDto(IReadOnlyList<string> PermissionSets, PageInfoDto PageInfo);
