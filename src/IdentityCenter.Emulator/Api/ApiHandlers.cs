using IdentityCenter.Emulator.Faults;
using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.State;
using IdentityCenter.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace IdentityCenter.Emulator.Api;

/// <summary>
/// The operations themselves: turn a recognised request into a state change and a reply.
/// Errors are thrown as <see cref="EmulatorServiceException"/> and rendered by the pipeline.
/// </summary>
internal sealed class ApiHandlers
{
    private readonly EmulatorState _state;
    private readonly EmulatorOptions _options;

    public ApiHandlers(EmulatorState state, EmulatorOptions options)
    {
        _state = state;
        _options = options;
    }

    public ApiResponse Handle(RouteMatch route, IQueryCollection query, byte[] body)
    {
        string instanceId = route.InstanceId ?? string.Empty;
        string permissionSetId = route.PermissionSetId ?? string.Empty;
        switch (route.Operation)
        {
            case EmulatorOperation.ListDomains:
                return ApiResponse.Ok(new DomainListDto(new[] { new DomainDto(_options.DomainId, _options.DomainName, true) }));

            case EmulatorOperation.ListInstances:
            {
                Page<InstanceDto> page = _state.ListInstances(ListQuery.Limit(query), ListQuery.Marker(query));
                return ApiResponse.Ok(new InstanceListDto(page.Items, new PageInfoDto(page.NextMarker, page.Items.Count)));
            }

            case EmulatorOperation.CreatePermissionSet:
            {
                var request = JsonBody.Read<CreatePermissionSetRequest>(body);
                PermissionSetValidator.ValidateCreate(request);
                PermissionSetSnapshot created = _state.Create(instanceId, request);
                return ApiResponse.Ok(new PermissionSetEnvelope(PermissionSetDto.From(created)));
            }

            case EmulatorOperation.ListPermissionSets:
            {
                int limit = ListQuery.Limit(query);
                string? marker = ListQuery.Marker(query);
                var filter = new PermissionSetFilter(
                    ListQuery.Optional(query, "name"),
                    ListQuery.Optional(query, "permission_set_id"),
                    ListQuery.Optional(query, "permission_urn"));
                Page<PermissionSetSnapshot> page = _state.List(instanceId, filter, limit, marker);
                return ApiResponse.Ok(new PermissionSetListDto(
                    page.Items.Select(PermissionSetDto.From).ToArray(),
                    new PageInfoDto(page.NextMarker, page.Items.Count)));
            }

            case EmulatorOperation.GetPermissionSet:
                return ApiResponse.Ok(new PermissionSetEnvelope(PermissionSetDto.From(_state.Get(instanceId, permissionSetId))));

            case EmulatorOperation.UpdatePermissionSet:
            {
                var request = JsonBody.Read<UpdatePermissionSetRequest>(body);
                PermissionSetValidator.ValidateUpdate(request);
                _state.Update(instanceId, permissionSetId, request);
                return ApiResponse.Empty;
            }

            case EmulatorOperation.DeletePermissionSet:
                _state.Delete(instanceId, permissionSetId);
                return ApiResponse.Empty;

            case EmulatorOperation.PutCustomPolicy:
            {
                var request = JsonBody.Read<CustomPolicyDto>(body);
                PermissionSetValidator.ValidateCustomPolicy(request.CustomPolicy);
                _state.PutCustomPolicy(instanceId, permissionSetId, request.CustomPolicy!);
                return ApiResponse.Empty;
            }

            case EmulatorOperation.GetCustomPolicy:
                return ApiResponse.Ok(new CustomPolicyDto { CustomPolicy = _state.GetCustomPolicy(instanceId, permissionSetId) });

            case EmulatorOperation.DeleteCustomPolicy:
                _state.DeleteCustomPolicy(instanceId, permissionSetId);
                return ApiResponse.Empty;

            default:
                throw new InvalidOperationException($"No handler for {route.Operation}.");
        }
    }
}
