using IdentityCenter.Emulator.Faults;
using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.State;
using IdentityCenter.Emulator.Validation;

namespace IdentityCenter.Emulator.Api;

/// <summary>Domains, instances and the permission sets themselves.</summary>
internal sealed class PermissionSetHandlers : IApiArea
{
    private readonly EmulatorState _state;
    private readonly EmulatorOptions _options;

    public PermissionSetHandlers(EmulatorState state, EmulatorOptions options)
    {
        _state = state;
        _options = options;
    }

    public IEnumerable<(EmulatorOperation Operation, Func<ApiCall, ApiResponse> Handler)> Handlers() => new (EmulatorOperation, Func<ApiCall, ApiResponse>)[]
    {
        (EmulatorOperation.ListDomains, _ => ApiResponse.Ok(new DomainListDto(new[] { new DomainDto(_options.DomainId, _options.DomainName, true) }))),
        (EmulatorOperation.ListInstances, ListInstances),
        (EmulatorOperation.CreatePermissionSet, Create),
        (EmulatorOperation.ListPermissionSets, List),
        (EmulatorOperation.GetPermissionSet, call => ApiResponse.Ok(new PermissionSetEnvelope(PermissionSetDto.From(_state.Get(call.InstanceId, call.PermissionSetId))))),
        (EmulatorOperation.UpdatePermissionSet, Update),
        (EmulatorOperation.DeletePermissionSet, call =>
        {
            _state.Delete(call.InstanceId, call.PermissionSetId);
            return ApiResponse.Empty;
        }),
    };

    private ApiResponse ListInstances(ApiCall call)
    {
        Page<InstanceDto> page = _state.ListInstances(call.Limit, call.Marker);
        return ApiResponse.Ok(new InstanceListDto(page.Items, PageInfoDto.Of(page)));
    }

    private ApiResponse Create(ApiCall call)
    {
        var request = call.Read<CreatePermissionSetRequest>();
        PermissionSetValidator.ValidateCreate(request);
        PermissionSetSnapshot created = _state.Create(call.InstanceId, request);
        return ApiResponse.Ok(new PermissionSetEnvelope(PermissionSetDto.From(created)));
    }

    private ApiResponse List(ApiCall call)
    {
        int limit = call.Limit;
        string? marker = call.Marker;
        var filter = new PermissionSetFilter(call.Optional("name"), call.Optional("permission_set_id"), call.Optional("permission_urn"));
        Page<PermissionSetSnapshot> page = _state.List(call.InstanceId, filter, limit, marker);
        return ApiResponse.Ok(new PermissionSetListDto(page.Items.Select(PermissionSetDto.From).ToArray(), PageInfoDto.Of(page)));
    }

    private ApiResponse Update(ApiCall call)
    {
        var request = call.Read<UpdatePermissionSetRequest>();
        PermissionSetValidator.ValidateUpdate(request);
        _state.Update(call.InstanceId, call.PermissionSetId, request);
        return ApiResponse.Empty;
    }
}
