using IdentityCenter.Emulator.Faults;

namespace IdentityCenter.Emulator.Api;

/// <summary>
/// Finds the handler of a recognised operation among the areas of the API. Handlers turn a request into
/// a state change and a reply; errors are thrown as <see cref="Http.EmulatorServiceException"/> and
/// rendered by the pipeline.
/// </summary>
internal sealed class ApiHandlers
{
    private readonly Dictionary<EmulatorOperation, Func<ApiCall, Http.ApiResponse>> _handlers = new();

    public ApiHandlers(IEnumerable<IApiArea> areas)
    {
        foreach (IApiArea area in areas)
        {
            foreach ((EmulatorOperation operation, Func<ApiCall, Http.ApiResponse> handler) in area.Handlers())
            {
                _handlers.Add(operation, handler);
            }
        }
    }

    public Http.ApiResponse Handle(ApiCall call) =>
        _handlers.TryGetValue(call.Route.Operation, out Func<ApiCall, Http.ApiResponse>? handler)
            ? handler(call)
            : throw new InvalidOperationException($"No handler for {call.Route.Operation}.");
}

/// <summary>One part of the API: the operations it serves and how.</summary>
internal interface IApiArea
{
    IEnumerable<(EmulatorOperation Operation, Func<ApiCall, Http.ApiResponse> Handler)> Handlers();
}
