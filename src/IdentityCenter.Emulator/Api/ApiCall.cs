using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace IdentityCenter.Emulator.Api;

/// <summary>One recognised request as the handlers see it.</summary>
/// <param name="FailWith">failure_reason of a matched "fail" fault: an asynchronous request is accepted and ends FAILED.</param>
internal sealed record ApiCall(RouteMatch Route, IQueryCollection Query, IHeaderDictionary Headers, byte[] Body, string? FailWith = null)
{
    public string InstanceId => Route.InstanceId ?? string.Empty;

    public string PermissionSetId => Route.PermissionSetId ?? string.Empty;

    public string RequestId => Route.RequestId ?? string.Empty;

    public int Limit => ListQuery.Limit(Query);

    public string? Marker => ListQuery.Marker(Query);

    public string? Optional(string name) => ListQuery.Optional(Query, name);

    public string Required(string name) => AsyncRequestValidator.Require(name, Optional(name));

    public T Read<T>()
        where T : class => JsonBody.Read<T>(Body);
}
