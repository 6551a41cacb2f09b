using System.Text.Json.Serialization;
using System.Text.Json;
using IdentityCenter.Emulator.Faults;
using IdentityCenter.Emulator.Hosting;
using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace IdentityCenter.Emulator.Admin;

/// <summary>
/// Test controls under /_emulator, a prefix the real service never uses. Unsigned on purpose: they
/// drive the emulator, not the service, and must work even when signing is what is being tested.
/// </summary>
internal sealed class AdminApi
{
    public const string Prefix = "/_emulator";

    private static readonly JsonSerializerOptions Json = CreateJsonOptions();

    private readonly EmulatorRuntime _runtime;

    public AdminApi(EmulatorRuntime runtime)
    {
        _runtime = runtime;
    }

    public static bool Owns(string path) =>
        path.Equals(Prefix, StringComparison.Ordinal) || path.StartsWith(Prefix + "/", StringComparison.Ordinal);

    public async Task HandleAsync(HttpContext context, string requestId)
    {
        string path = context.Request.Path.Value!.TrimEnd('/');
        string method = context.Request.Method;
        CancellationToken cancellationToken = context.RequestAborted;
        try
        {
            ApiResponse response = path switch
            {
                Prefix + "/faults" when HttpMethods.IsPost(method) => AddFaults(await ReadBodyAsync(context, cancellationToken).ConfigureAwait(false)),
                Prefix + "/faults" when HttpMethods.IsGet(method) => ApiResponse.Ok(new { faults = ListFaults() }),
                Prefix + "/faults" when HttpMethods.IsDelete(method) => ApiResponse.Ok(new { removed = _runtime.Faults.Clear() }),
                _ when path.StartsWith(Prefix + "/faults/", StringComparison.Ordinal) && HttpMethods.IsDelete(method) => RemoveFault(path[(Prefix.Length + "/faults/".Length)..]),
                Prefix + "/reset" when HttpMethods.IsPost(method) => Reset(),
                Prefix + "/metadata" when HttpMethods.IsPost(method) => SetMetadata(await ReadBodyAsync(context, cancellationToken).ConfigureAwait(false)),
                Prefix + "/state" when HttpMethods.IsGet(method) => ApiResponse.Ok(StateView()),
                Prefix + "/requests" when HttpMethods.IsGet(method) => ApiResponse.Ok(new { requests = _runtime.RequestLog.Snapshot() }),
                _ => throw new EmulatorServiceException(404, ErrorCodes.EmulatorNotFound, $"No emulator control at {method} {path}."),
            };
            await ResponseWriter.WriteAsync(context, response, Json, cancellationToken).ConfigureAwait(false);
        }
        catch (EmulatorServiceException ex)
        {
            await WriteErrorAsync(context, ex.StatusCode, ex.ErrorCode, ex.Message, requestId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ArgumentException or JsonException)
        {
            await WriteErrorAsync(context, 400, ErrorCodes.EmulatorBadRequest, ex.Message, requestId, cancellationToken).ConfigureAwait(false);
        }
    }

    private ApiResponse AddFaults(byte[] body)
    {
        if (body.Length == 0)
        {
            throw new ArgumentException("The body must be a fault object or an array of them.");
        }

        using JsonDocument document = JsonDocument.Parse(body);
        List<FaultRuleJson> parsed = document.RootElement.ValueKind switch
        {
            JsonValueKind.Array => document.RootElement.Deserialize<List<FaultRuleJson>>(Json)!,
            JsonValueKind.Object => new List<FaultRuleJson> { document.RootElement.Deserialize<FaultRuleJson>(Json)! },
            _ => throw new ArgumentException("The body must be a fault object or an array of them."),
        };
        if (parsed.Any(static f => f is null))
        {
            throw new ArgumentException("A fault must be an object, got null.");
        }

        IReadOnlyList<ActiveFault> added = _runtime.Faults.AddRange(parsed.Select(static f => f.ToRule()).ToList());
        return ApiResponse.Ok(new { faults = added.Select(FaultRuleJson.From).ToArray() });
    }

    private FaultRuleJson[] ListFaults() => _runtime.Faults.List().Select(FaultRuleJson.From).ToArray();

    private ApiResponse RemoveFault(string id) =>
        _runtime.Faults.Remove(id)
            ? new ApiResponse(204, null)
            : throw new EmulatorServiceException(404, ErrorCodes.EmulatorNotFound, $"No fault with id {id}.");

    private ApiResponse Reset()
    {
        _runtime.Reset();
        return new ApiResponse(204, null);
    }

    private object StateView() => new
    {
        domainId = _runtime.Options.DomainId,
        dataFile = _runtime.State.DataFile,
        accounts = _runtime.State.AccountIds,
        users = _runtime.Options.Users,
        groups = _runtime.Options.Groups,
        managedPolicies = SystemPolicyCatalogue.IdentityPolicies,
        managedRoles = SystemPolicyCatalogue.Roles,
        instances = _runtime.State.GetInstances(),
        faults = ListFaults(),
        requestCount = _runtime.RequestLog.Count,
        metadata = MetadataView(),
    };

    /// <summary>Counts every call that reached the metadata endpoints, faulted ones included, since the last reset.</summary>
    private object MetadataView()
    {
        IReadOnlyList<RequestLogEntry> log = _runtime.RequestLog.Snapshot();
        return new
        {
            agencyMissing = _runtime.Metadata.AgencyMissing,
            tokenRequests = log.Count(static e => e.Operation == EmulatorOperation.GetMetadataToken),
            securityKeyRequests = log.Count(static e => e.Operation == EmulatorOperation.GetSecurityKey),
        };
    }

    private ApiResponse SetMetadata(byte[] body)
    {
        MetadataSwitch parsed = body.Length == 0
            ? throw new ArgumentException("The body must be {\"agencyMissing\": true|false}.")
            : JsonSerializer.Deserialize<MetadataSwitch>(body, Json) ?? throw new ArgumentException("The body must be {\"agencyMissing\": true|false}.");
        _runtime.Metadata.AgencyMissing = parsed.AgencyMissing ?? throw new ArgumentException("agencyMissing is required (true or false).");
        return ApiResponse.Ok(MetadataView());
    }

    private sealed record MetadataSwitch(bool? AgencyMissing);

    private static async Task<byte[]> ReadBodyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string code, string message, string requestId, CancellationToken cancellationToken) =>
        ResponseWriter.WriteAsync(context, new ApiResponse(status, new { error_code = code, error_msg = message, request_id = requestId }), Json, cancellationToken);

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // A misspelt field ("retryAfter") must fail loudly rather than inject a different fault.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            Converters = { new JsonStringEnumConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
