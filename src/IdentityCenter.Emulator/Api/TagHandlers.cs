using IdentityCenter.Emulator.Faults;
using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.State;
using IdentityCenter.Emulator.Validation;

namespace IdentityCenter.Emulator.Api;

/// <summary>The tag APIs, for resource type identitycenter:permissionset.</summary>
internal sealed class TagHandlers : IApiArea
{
    private readonly EmulatorState _state;

    public TagHandlers(EmulatorState state)
    {
        _state = state;
    }

    public IEnumerable<(EmulatorOperation Operation, Func<ApiCall, ApiResponse> Handler)> Handlers() => new (EmulatorOperation, Func<ApiCall, ApiResponse>)[]
    {
        (EmulatorOperation.ListTags, call =>
        {
            RequireResourceType(call);
            Page<PermissionSetTag> page = _state.ListTags(call.PermissionSetId, call.Limit, call.Marker);
            return ApiResponse.Ok(new TagListDto(page.Items.Select(static t => new TagReplyDto(t.Key, t.Value)).ToArray(), PageInfoDto.Of(page)));
        }),
        (EmulatorOperation.CreateTags, call =>
        {
            RequireResourceType(call);
            List<TagDto?>? tags = call.Read<TagsRequest>().Tags;
            PermissionSetValidator.ValidateTagsToAdd(tags);
            _state.AddTags(call.PermissionSetId, tags!.Select(static t => new PermissionSetTag(t!.Key!, t.Value!)).ToArray());
            return ApiResponse.Empty;
        }),
        (EmulatorOperation.DeleteTags, call =>
        {
            RequireResourceType(call);
            List<TagDto?>? tags = call.Read<TagsRequest>().Tags;
            PermissionSetValidator.ValidateTagsToRemove(tags);
            _state.RemoveTags(call.PermissionSetId, tags!.Select(static t => t!.Key!).ToHashSet(StringComparer.Ordinal));
            return ApiResponse.Empty;
        }),
    };

    private static void RequireResourceType(ApiCall call)
    {
        if (call.Route.ResourceType != ServiceValues.PermissionSetResourceType)
        {
            throw ErrorCodes.BadRequestError(
                $"resource_type must be {ServiceValues.PermissionSetResourceType}, got '{call.Route.ResourceType}'.");
        }
    }
}
