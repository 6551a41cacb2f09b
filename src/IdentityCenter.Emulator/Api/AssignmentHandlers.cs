using IdentityCenter.Emulator.Faults;
using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.State;
using IdentityCenter.Emulator.Validation;

namespace IdentityCenter.Emulator.Api;

/// <summary>Account assignments (asynchronous create and delete, their statuses, the listings) and provisioning.</summary>
internal sealed class AssignmentHandlers : IApiArea
{
    private readonly EmulatorState _state;

    public AssignmentHandlers(EmulatorState state)
    {
        _state = state;
    }

    public IEnumerable<(EmulatorOperation Operation, Func<ApiCall, ApiResponse> Handler)> Handlers() => new (EmulatorOperation, Func<ApiCall, ApiResponse>)[]
    {
        (EmulatorOperation.CreateAccountAssignment, call => ApiResponse.Ok(new AccountAssignmentCreationEnvelope(Start(call, AsyncRequestKind.AssignmentCreation)))),
        (EmulatorOperation.DeleteAccountAssignment, call => ApiResponse.Ok(new AccountAssignmentDeletionEnvelope(Start(call, AsyncRequestKind.AssignmentDeletion)))),
        (EmulatorOperation.GetAccountAssignmentCreationStatus, call =>
            ApiResponse.Ok(new AccountAssignmentCreationEnvelope(AccountAssignmentStatusDto.From(_state.GetRequest(call.InstanceId, AsyncRequestKind.AssignmentCreation, call.RequestId))))),
        (EmulatorOperation.GetAccountAssignmentDeletionStatus, call =>
            ApiResponse.Ok(new AccountAssignmentDeletionEnvelope(AccountAssignmentStatusDto.From(_state.GetRequest(call.InstanceId, AsyncRequestKind.AssignmentDeletion, call.RequestId))))),
        (EmulatorOperation.ListAccountAssignmentCreationStatus, call =>
        {
            Page<RequestStatusSummaryDto> page = ListStatuses(call, AsyncRequestKind.AssignmentCreation);
            return ApiResponse.Ok(new AccountAssignmentCreationListDto(page.Items, PageInfoDto.Of(page)));
        }),
        (EmulatorOperation.ListAccountAssignmentDeletionStatus, call =>
        {
            Page<RequestStatusSummaryDto> page = ListStatuses(call, AsyncRequestKind.AssignmentDeletion);
            return ApiResponse.Ok(new AccountAssignmentDeletionListDto(page.Items, PageInfoDto.Of(page)));
        }),
        (EmulatorOperation.ListAccountAssignments, call =>
        {
            string accountId = call.Required("account_id");
            Page<AccountAssignment> page = _state.ListAssignmentsForAccount(call.InstanceId, accountId, call.Optional("permission_set_id"), call.Limit, call.Marker);
            return ApiResponse.Ok(new AccountAssignmentListDto(page.Items.Select(AccountAssignmentDto.From).ToArray(), PageInfoDto.Of(page)));
        }),
        (EmulatorOperation.ListAccountAssignmentsForPrincipal, call =>
        {
            string principalId = call.Required("principal_id");
            string principalType = AsyncRequestValidator.OptionalOneOf("principal_type", call.Required("principal_type"), ServiceValues.PrincipalTypes)!;
            Page<AccountAssignment> page = _state.ListAssignmentsForPrincipal(call.InstanceId, principalType, principalId, call.Optional("account_id"), call.Limit, call.Marker);
            return ApiResponse.Ok(new AccountAssignmentListDto(page.Items.Select(AccountAssignmentDto.From).ToArray(), PageInfoDto.Of(page)));
        }),
        (EmulatorOperation.ProvisionPermissionSet, call =>
        {
            var request = call.Read<ProvisionRequest>();
            AsyncRequestValidator.ValidateProvision(request);
            AsyncRequest started = _state.StartProvisioning(call.InstanceId, call.PermissionSetId, request.TargetType!, request.TargetId, call.FailWith);
            return ApiResponse.Ok(new ProvisioningEnvelope(ProvisioningStatusDto.From(started)));
        }),
        (EmulatorOperation.GetProvisioningStatus, call =>
            ApiResponse.Ok(new ProvisioningEnvelope(ProvisioningStatusDto.From(_state.GetRequest(call.InstanceId, AsyncRequestKind.Provisioning, call.RequestId))))),
        (EmulatorOperation.ListProvisioningStatus, call =>
        {
            Page<RequestStatusSummaryDto> page = ListStatuses(call, AsyncRequestKind.Provisioning);
            return ApiResponse.Ok(new ProvisioningListDto(page.Items, PageInfoDto.Of(page)));
        }),
        (EmulatorOperation.ListAccountsForProvisionedPermissionSet, call =>
        {
            string? status = AsyncRequestValidator.OptionalOneOf("provisioning_status", call.Optional("provisioning_status"), ServiceValues.ProvisioningStatuses);
            Page<string> page = _state.ListProvisionedAccounts(call.InstanceId, call.PermissionSetId, status, call.Limit, call.Marker);
            return ApiResponse.Ok(new AccountIdListDto(page.Items, PageInfoDto.Of(page)));
        }),
        (EmulatorOperation.ListPermissionSetsProvisionedToAccount, call =>
        {
            string accountId = call.Required("account_id");
            string? status = AsyncRequestValidator.OptionalOneOf("provisioning_status", call.Optional("provisioning_status"), ServiceValues.ProvisioningStatuses);
            Page<string> page = _state.ListPermissionSetsProvisionedTo(call.InstanceId, accountId, status, call.Limit, call.Marker);
            return ApiResponse.Ok(new PermissionSetIdListDto(page.Items, PageInfoDto.Of(page)));
        }),
    };

    private AccountAssignmentStatusDto Start(ApiCall call, AsyncRequestKind kind)
    {
        var request = call.Read<AccountAssignmentRequest>();
        AsyncRequestValidator.ValidateAssignment(request);
        AsyncRequest started = _state.StartAssignment(
            call.InstanceId, kind, request.PermissionSetId!, request.PrincipalType!, request.PrincipalId!, request.TargetId!, call.FailWith);
        return AccountAssignmentStatusDto.From(started);
    }

    private Page<RequestStatusSummaryDto> ListStatuses(ApiCall call, AsyncRequestKind kind)
    {
        string? status = AsyncRequestValidator.OptionalOneOf("status", call.Optional("status"), ServiceValues.Statuses);
        Page<AsyncRequest> page = _state.ListRequests(call.InstanceId, kind, status, call.Limit, call.Marker);
        return new Page<RequestStatusSummaryDto>(page.Items.Select(RequestStatusSummaryDto.From).ToArray(), page.NextMarker);
    }
}
