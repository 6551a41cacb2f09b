using IdentityCenter.Emulator.Faults;

namespace IdentityCenter.Emulator.Http;

/// <summary>
/// An API operation recognised from method and path, with the ids taken from the path. The tag APIs put
/// a resource type where the others have an instance id, and the resource id where they have a permission set.
/// </summary>
internal sealed record RouteMatch(
    EmulatorOperation Operation,
    string? InstanceId = null,
    string? PermissionSetId = null,
    string? RequestId = null,
    string? ResourceType = null);
