using IdentityCenter.Emulator.Faults;

namespace IdentityCenter.Emulator.Http;

/// <summary>An API operation recognised from method and path, with the ids taken from the path.</summary>
internal sealed record RouteMatch(EmulatorOperation Operation, string? InstanceId, string? PermissionSetId);
