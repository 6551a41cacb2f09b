using System.Text.Json.Serialization;

namespace IdentityCenter.Emulator.State;

/// <summary>Which asynchronous operation a request id belongs to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AsyncRequestKind>))]
public enum AsyncRequestKind
{
    AssignmentCreation,
    AssignmentDeletion,
    Provisioning,
}

/// <summary>
/// One asynchronous request (account assignment creation or deletion, or provisioning) and where it stands.
/// It stays IN_PROGRESS until <see cref="DueDate"/> and then ends SUCCEEDED, or FAILED with
/// <see cref="FailureReason"/> when a fail fault named <see cref="PendingFailure"/>.
/// </summary>
/// <param name="TargetId">The account; null for provisioning to ALL_PROVISIONED_ACCOUNTS.</param>
/// <param name="CreatedDate">Epoch milliseconds.</param>
/// <param name="DueDate">Epoch milliseconds at which the request settles.</param>
public sealed record AsyncRequest(
    long Sequence,
    string RequestId,
    AsyncRequestKind Kind,
    string PermissionSetId,
    string? PrincipalType,
    string? PrincipalId,
    string? TargetId,
    string TargetType,
    long CreatedDate,
    long DueDate,
    string Status,
    string? FailureReason,
    string? PendingFailure);
