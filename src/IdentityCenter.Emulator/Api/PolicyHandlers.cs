using IdentityCenter.Emulator.Faults;
using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.State;
using IdentityCenter.Emulator.Validation;
using Kind = IdentityCenter.Emulator.State.EmulatorState.SystemPolicyKind;

namespace IdentityCenter.Emulator.Api;

/// <summary>What a permission set grants: custom policy and role, attached system policies and roles.</summary>
internal sealed class PolicyHandlers : IApiArea
{
    private readonly EmulatorState _state;

    public PolicyHandlers(EmulatorState state)
    {
        _state = state;
    }

    public IEnumerable<(EmulatorOperation Operation, Func<ApiCall, ApiResponse> Handler)> Handlers() => new (EmulatorOperation, Func<ApiCall, ApiResponse>)[]
    {
        (EmulatorOperation.PutCustomPolicy, call =>
        {
            var request = call.Read<CustomPolicyDto>();
            PermissionSetValidator.ValidateCustomPolicy(request.CustomPolicy);
            _state.PutCustomPolicy(call.InstanceId, call.PermissionSetId, request.CustomPolicy!);
            return ApiResponse.Empty;
        }),
        (EmulatorOperation.GetCustomPolicy, call => ApiResponse.Ok(new CustomPolicyDto { CustomPolicy = _state.GetCustomPolicy(call.InstanceId, call.PermissionSetId) })),
        (EmulatorOperation.DeleteCustomPolicy, call =>
        {
            _state.DeleteCustomPolicy(call.InstanceId, call.PermissionSetId);
            return ApiResponse.Empty;
        }),
        (EmulatorOperation.PutCustomRole, call =>
        {
            var request = call.Read<CustomRoleDto>();
            PermissionSetValidator.ValidateCustomRole(request.CustomRole);
            _state.PutCustomRole(call.InstanceId, call.PermissionSetId, request.CustomRole!);
            return ApiResponse.Empty;
        }),
        (EmulatorOperation.GetCustomRole, call => ApiResponse.Ok(new CustomRoleDto { CustomRole = _state.GetCustomRole(call.InstanceId, call.PermissionSetId) })),
        (EmulatorOperation.DeleteCustomRole, call =>
        {
            _state.DeleteCustomRole(call.InstanceId, call.PermissionSetId);
            return ApiResponse.Empty;
        }),
        (EmulatorOperation.AttachManagedPolicy, call =>
        {
            var request = call.Read<ManagedPolicyRequest>();
            string id = AsyncRequestValidator.Require("managed_policy_id", request.ManagedPolicyId);
            PermissionSetValidator.ValidateOptionalName("managed_policy_name", request.ManagedPolicyName);
            _state.AttachSystemPolicy(call.InstanceId, call.PermissionSetId, Kind.IdentityPolicy, id);
            return ApiResponse.Empty;
        }),
        (EmulatorOperation.DetachManagedPolicy, call =>
        {
            string id = AsyncRequestValidator.Require("managed_policy_id", call.Read<ManagedPolicyRequest>().ManagedPolicyId);
            _state.DetachSystemPolicy(call.InstanceId, call.PermissionSetId, Kind.IdentityPolicy, id);
            return ApiResponse.Empty;
        }),
        (EmulatorOperation.ListManagedPolicies, call =>
        {
            Page<AttachedPolicy> page = _state.ListSystemPolicies(call.InstanceId, call.PermissionSetId, Kind.IdentityPolicy, call.Limit, call.Marker);
            return ApiResponse.Ok(new ManagedPolicyListDto(page.Items.Select(static p => new AttachedManagedPolicyDto(p.Id, p.Name)).ToArray(), PageInfoDto.Of(page)));
        }),
        (EmulatorOperation.AttachManagedRole, call =>
        {
            var request = call.Read<ManagedRoleRequest>();
            string id = AsyncRequestValidator.Require("managed_role_id", request.ManagedRoleId);
            PermissionSetValidator.ValidateOptionalName("managed_role_name", request.ManagedRoleName);
            _state.AttachSystemPolicy(call.InstanceId, call.PermissionSetId, Kind.Role, id);
            return ApiResponse.Empty;
        }),
        (EmulatorOperation.DetachManagedRole, call =>
        {
            string id = AsyncRequestValidator.Require("managed_role_id", call.Read<ManagedRoleRequest>().ManagedRoleId);
            _state.DetachSystemPolicy(call.InstanceId, call.PermissionSetId, Kind.Role, id);
            return ApiResponse.Empty;
        }),
        (EmulatorOperation.ListManagedRoles, call =>
        {
            Page<AttachedPolicy> page = _state.ListSystemPolicies(call.InstanceId, call.PermissionSetId, Kind.Role, call.Limit, call.Marker);
            return ApiResponse.Ok(new ManagedRoleListDto(page.Items.Select(static p => new AttachedManagedRoleDto(p.Id, p.Name)).ToArray(), PageInfoDto.Of(page)));
        }),
    };
}
