using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

// Request and reply bodies of the asynchronous operations: account assignments and provisioning (API notes 4.4, 4.5).
namespace IdentityCenter.Core.Json
{
    /// <summary>Body of account-assignments/create and account-assignments/delete; all five members are required.</summary>
    internal sealed class AccountAssignmentBody
    {
        [JsonPropertyName("permission_set_id")]
        public string? PermissionSetId { get; set; }

        [JsonPropertyName("principal_id")]
        public string? PrincipalId { get; set; }

        [JsonPropertyName("principal_type")]
        public string? PrincipalType { get; set; }

        [JsonPropertyName("target_id")]
        public string? TargetId { get; set; }

        [JsonPropertyName("target_type")]
        public string? TargetType { get; set; }
    }

    /// <summary>AccountAssignmentOperationStatusDto; the listings carry only created_date, request_id and status.</summary>
    internal sealed class AccountAssignmentStatusDto
    {
        /// <summary>Epoch milliseconds, as a number or a numeric string.</summary>
        [JsonPropertyName("created_date")]
        [JsonConverter(typeof(EpochMillisecondsConverter))]
        public DateTimeOffset? CreatedDate { get; set; }

        [JsonPropertyName("failure_reason")]
        public string? FailureReason { get; set; }

        [JsonPropertyName("permission_set_id")]
        public string? PermissionSetId { get; set; }

        [JsonPropertyName("principal_id")]
        public string? PrincipalId { get; set; }

        [JsonPropertyName("principal_type")]
        public string? PrincipalType { get; set; }

        [JsonPropertyName("request_id")]
        public string? RequestId { get; set; }

        [JsonPropertyName("status")]
        public string? Status { get; set; }

        [JsonPropertyName("target_id")]
        public string? TargetId { get; set; }

        [JsonPropertyName("target_type")]
        public string? TargetType { get; set; }
    }

    /// <summary>The reply of create and of creation-status/{request_id}.</summary>
    internal sealed class AccountAssignmentCreationEnvelope
    {
        [JsonPropertyName("account_assignment_creation_status")]
        public AccountAssignmentStatusDto? Status { get; set; }
    }

    /// <summary>The reply of delete and of deletion-status/{request_id}.</summary>
    internal sealed class AccountAssignmentDeletionEnvelope
    {
        [JsonPropertyName("account_assignment_deletion_status")]
        public AccountAssignmentStatusDto? Status { get; set; }
    }

    internal sealed class AccountAssignmentCreationStatusPage
    {
        [JsonPropertyName("account_assignments_creation_status")]
        public List<AccountAssignmentStatusDto>? Statuses { get; set; }

        [JsonPropertyName("page_info")]
        public PageInfoDto? PageInfo { get; set; }
    }

    internal sealed class AccountAssignmentDeletionStatusPage
    {
        [JsonPropertyName("account_assignments_deletion_status")]
        public List<AccountAssignmentStatusDto>? Statuses { get; set; }

        [JsonPropertyName("page_info")]
        public PageInfoDto? PageInfo { get; set; }
    }

    internal sealed class AccountAssignmentDto
    {
        [JsonPropertyName("account_id")]
        public string? AccountId { get; set; }

        [JsonPropertyName("permission_set_id")]
        public string? PermissionSetId { get; set; }

        [JsonPropertyName("principal_id")]
        public string? PrincipalId { get; set; }

        [JsonPropertyName("principal_type")]
        public string? PrincipalType { get; set; }
    }

    /// <summary>The reply of ListAccountAssignments and of ListAccountAssignmentsForPrincipal.</summary>
    internal sealed class AccountAssignmentPage
    {
        [JsonPropertyName("account_assignments")]
        public List<AccountAssignmentDto>? AccountAssignments { get; set; }

        [JsonPropertyName("page_info")]
        public PageInfoDto? PageInfo { get; set; }
    }

    /// <summary>Body of provision: target_id names the account when target_type is ACCOUNT.</summary>
    internal sealed class ProvisionBody
    {
        [JsonPropertyName("target_type")]
        public string? TargetType { get; set; }

        [JsonPropertyName("target_id")]
        public string? TargetId { get; set; }
    }

    /// <summary>PermissionSetProvisioningStatusDto; created_date is a string in one model and a number in the other.</summary>
    internal sealed class ProvisioningStatusDto
    {
        [JsonPropertyName("account_id")]
        public string? AccountId { get; set; }

        [JsonPropertyName("created_date")]
        [JsonConverter(typeof(EpochMillisecondsConverter))]
        public DateTimeOffset? CreatedDate { get; set; }

        [JsonPropertyName("failure_reason")]
        public string? FailureReason { get; set; }

        [JsonPropertyName("permission_set_id")]
        public string? PermissionSetId { get; set; }

        [JsonPropertyName("request_id")]
        public string? RequestId { get; set; }

        [JsonPropertyName("status")]
        public string? Status { get; set; }
    }

    internal sealed class ProvisioningEnvelope
    {
        [JsonPropertyName("permission_set_provisioning_status")]
        public ProvisioningStatusDto? Status { get; set; }
    }

    internal sealed class ProvisioningStatusPage
    {
        [JsonPropertyName("permission_sets_provisioning_status")]
        public List<ProvisioningStatusDto>? Statuses { get; set; }

        [JsonPropertyName("page_info")]
        public PageInfoDto? PageInfo { get; set; }
    }

    /// <summary>The reply of ListAccountsForProvisionedPermissionSet.</summary>
    internal sealed class AccountIdPage
    {
        [JsonPropertyName("account_ids")]
        public List<string>? AccountIds { get; set; }

        [JsonPropertyName("page_info")]
        public PageInfoDto? PageInfo { get; set; }
    }

    /// <summary>The reply of ListPermissionSetsProvisionedToAccount: permission set ids.</summary>
    internal sealed class PermissionSetIdPage
    {
        [JsonPropertyName("permission_sets")]
        public List<string>? PermissionSets { get; set; }

        [JsonPropertyName("page_info")]
        public PageInfoDto? PageInfo { get; set; }
    }
}
