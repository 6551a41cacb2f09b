using System.Globalization;
using IdentityCenter.Emulator.Admin;
using IdentityCenter.Emulator.Api;
using IdentityCenter.Emulator.Faults;
using IdentityCenter.Emulator.Hosting;
using IdentityCenter.Emulator.Signing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;

namespace IdentityCenter.Emulator.Http;

/// <summary>
/// The request path of the emulator, in the order the real service applies its checks: gateway
/// signature and account (X-Domain-Id), rate limit, API lookup, then the service itself. Faults sit
/// between the gateway checks and the service, so they only ever affect correctly signed requests.
/// The metadata endpoints are unsigned, as on a cloud server, and skip the signature step.
/// </summary>
internal sealed class EmulatorPipeline
{
    private const string DomainHeader = "X-Domain-Id";

    private readonly EmulatorOptions _options;
    private readonly FaultInjector _faults;
    private readonly RequestLog _log;
    private readonly ApiHandlers _handlers;
    private readonly AdminApi _admin;
    private readonly SignatureVerifier _verifier;
    private readonly CancellationToken _stopping;
    private readonly TokenBucket? _rateLimit;

    public EmulatorPipeline(EmulatorRuntime runtime, CancellationToken stopping)
    {
        EmulatorOptions options = runtime.Options;
        _options = options;
        _faults = runtime.Faults;
        _log = runtime.RequestLog;
        _admin = new AdminApi(runtime);
        _stopping = stopping;
        _rateLimit = options.RateLimit is { } rate ? new TokenBucket(rate, options.TimeProvider) : null;
        _handlers = new ApiHandlers(new IApiArea[]
        {
            new PermissionSetHandlers(runtime.State, options),
            new PolicyHandlers(runtime.State),
            new TagHandlers(runtime.State),
            new AssignmentHandlers(runtime.State),
            runtime.Metadata,
        });
        var primary = new SigningCredential(options.AccessKeyId, options.SecretAccessKey);
        var temporary = new SigningCredential(options.TemporaryAccessKeyId, options.TemporarySecretAccessKey, options.SecurityToken);
        _verifier = new SignatureVerifier(
            ak => ak == primary.AccessKeyId ? primary : ak == temporary.AccessKeyId ? temporary : null,
            options.MaxClockSkew);
    }

    public async Task InvokeAsync(HttpContext context)
    {
        string requestId = RequestIds.New();
        context.Response.Headers[RequestIds.Header] = requestId;
        string path = context.Request.Path.Value ?? "/";
        if (AdminApi.Owns(path))
        {
            await _admin.HandleAsync(context, requestId).ConfigureAwait(false);
            return;
        }

        var trace = new RequestTrace(requestId, _options.TimeProvider.GetUtcNow());

        // Logged as the answer starts, not after it is sent: a client that has its answer (and a test that then
        // reads the log) must find the request there. A request never answered is logged when it ends.
        var logged = 0;
        void Log()
        {
            if (Interlocked.Exchange(ref logged, 1) == 0)
            {
                _log.Add(trace.ToEntry(context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty));
            }
        }

        context.Response.OnStarting(() =>
        {
            Log();
            return Task.CompletedTask;
        });
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        try
        {
            await HandleApiAsync(context, path, trace, cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The client gave up, or the server is stopping. Abort rather than return: returning would
            // let the server complete the exchange as an empty 200, which a client would take as success.
            trace.Outcome = RequestOutcome.Cancelled;
            trace.StatusCode = 0;
            context.Abort();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An emulator fault (say, an unwritable data file) must still look like a service error
            // to the client, with a request id, rather than an empty 500 from the web server.
            trace.Outcome = RequestOutcome.Answered;
            if (context.Response.HasStarted)
            {
                trace.StatusCode = 0;
                context.Abort();
            }
            else
            {
                context.Response.Clear();
                context.Response.Headers[RequestIds.Header] = requestId;
                await ErrorAsync(context, trace, 500, ErrorCodes.InternalError, "Internal error in the emulator: " + ex.Message, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            Log();
        }
    }

    private async Task HandleApiAsync(HttpContext context, string path, RequestTrace trace, CancellationToken cancellationToken)
    {
        byte[] body = await ReadBodyAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (!await AuthenticateAsync(context, path, body, trace, cancellationToken).ConfigureAwait(false)
            || !await ThrottleAsync(context, trace, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        RouteMatch? route = await RouteAsync(context, path, trace, cancellationToken).ConfigureAwait(false);
        if (route is null)
        {
            return;
        }

        FaultRule? fault = _faults.Match(route.Operation);
        if (await InjectFaultAsync(context, fault, trace, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await RespondAsync(context, route, body, fault, trace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The gateway's checks: signature, then the account in X-Domain-Id. False when refused (and answered).</summary>
    private async Task<bool> AuthenticateAsync(HttpContext context, string path, byte[] body, RequestTrace trace, CancellationToken cancellationToken)
    {
        bool isV1 = IsUnder(path, "/v1");
        if (!isV1 && !IsUnder(path, "/v3"))
        {
            // Not an API path: nothing to authenticate against; routing answers that it does not exist.
            return true;
        }

        SignatureVerificationResult verification = Verify(context, body);
        trace.AccessKeyId = verification.AccessKeyId;
        if (!verification.IsValid)
        {
            await ErrorAsync(context, trace, 401, ErrorCodes.GatewayAuthentication, verification.Message!, cancellationToken).ConfigureAwait(false);
            return false;
        }

        trace.SignatureVerified = true;

        // Identity Center is a global service: its APIs act on the account named in X-Domain-Id.
        // Domain discovery (/v3/auth/domains) runs before the client knows that id.
        if (!isV1)
        {
            return true;
        }

        string? domainId = context.Request.Headers[DomainHeader].FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(domainId))
        {
            await ErrorAsync(
                context,
                trace,
                401,
                ErrorCodes.GatewayAuthentication,
                "Incorrect IAM authentication information: the X-Domain-Id header is required by this global service.",
                cancellationToken).ConfigureAwait(false);
            return false;
        }

        if (!string.Equals(domainId, _options.DomainId, StringComparison.Ordinal))
        {
            await ErrorAsync(
                context,
                trace,
                403,
                ErrorCodes.NoPermission,
                $"The account {domainId} in X-Domain-Id is not the account of access key {trace.AccessKeyId}.",
                cancellationToken).ConfigureAwait(false);
            return false;
        }

        return true;
    }

    /// <summary>The gateway's rate limit (--rate-limit). False when the request was refused with 429 and Retry-After.</summary>
    private async Task<bool> ThrottleAsync(HttpContext context, RequestTrace trace, CancellationToken cancellationToken)
    {
        if (_rateLimit is null || _rateLimit.TryTake(out int retryAfter))
        {
            return true;
        }

        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await ErrorAsync(context, trace, 429, ErrorCodes.GatewayThrottled, FaultResponses.DefaultMessage(429), cancellationToken).ConfigureAwait(false);
        return false;
    }

    /// <summary>The gateway's API lookup; null when no API has that method and path (and 404 was answered).</summary>
    private async Task<RouteMatch?> RouteAsync(HttpContext context, string path, RequestTrace trace, CancellationToken cancellationToken)
    {
        RouteMatch? route = RouteTable.Match(context.Request.Method, path);
        if (route is null)
        {
            await ErrorAsync(
                context,
                trace,
                404,
                ErrorCodes.GatewayApiNotFound,
                "The API does not exist or has not been published in the environment.",
                cancellationToken).ConfigureAwait(false);
            return null;
        }

        trace.Operation = route.Operation;
        return route;
    }

    /// <summary>Applies the delay, a drop before the change, or an error status. True when the request ends here.</summary>
    private static async Task<bool> InjectFaultAsync(HttpContext context, FaultRule? fault, RequestTrace trace, CancellationToken cancellationToken)
    {
        if (fault is null)
        {
            return false;
        }

        if (fault.DelayMs is > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(fault.DelayMs.Value), cancellationToken).ConfigureAwait(false);
        }

        if (fault.Drop == FaultDrop.Before)
        {
            Drop(context, trace);
            return true;
        }

        if (fault.Status is not { } faultStatus)
        {
            return false;
        }

        if (fault.RetryAfterSeconds is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        }

        await ErrorAsync(
            context,
            trace,
            faultStatus,
            fault.ErrorCode ?? FaultResponses.DefaultErrorCode(faultStatus),
            fault.ErrorMessage ?? FaultResponses.DefaultMessage(faultStatus),
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Runs the operation (committing any change), then replies, unless a drop-after fault cuts the reply.</summary>
    private async Task RespondAsync(HttpContext context, RouteMatch route, byte[] body, FaultRule? fault, RequestTrace trace, CancellationToken cancellationToken)
    {
        ApiResponse response;
        string? errorCode = null;
        try
        {
            response = _handlers.Handle(new ApiCall(route, context.Request.Query, context.Request.Headers, body, fault?.Fail));
        }
        catch (EmulatorServiceException ex)
        {
            response = new ApiResponse(ex.StatusCode, new ErrorBody(ex.ErrorCode, ex.Message, trace.RequestId));
            errorCode = ex.ErrorCode;
        }

        if (fault?.Drop == FaultDrop.After)
        {
            Drop(context, trace);
            return;
        }

        trace.StatusCode = response.StatusCode;
        trace.ErrorCode = errorCode;
        await ResponseWriter.WriteAsync(context, response, JsonDefaults.Wire, cancellationToken).ConfigureAwait(false);
    }

    private SignatureVerificationResult Verify(HttpContext context, byte[] body)
    {
        (string rawPath, string rawQuery) = RawTarget(context);
        var headers = new List<KeyValuePair<string, string>>();
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in context.Request.Headers)
        {
            foreach (string? value in header.Value)
            {
                headers.Add(new KeyValuePair<string, string>(header.Key, value ?? string.Empty));
            }
        }

        return _verifier.Verify(context.Request.Method, rawPath, rawQuery, headers, body, _options.TimeProvider.GetUtcNow());
    }

    /// <summary>
    /// The request target exactly as sent: ASP.NET Core's Path is already decoded, and the signature
    /// is defined over the client's encoding, so the canonical form must start from the raw bytes.
    /// </summary>
    private static (string Path, string Query) RawTarget(HttpContext context)
    {
        string? target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target))
        {
            return (context.Request.Path.ToUriComponent(), context.Request.QueryString.Value ?? string.Empty);
        }

        if (target[0] != '/' && Uri.TryCreate(target, UriKind.Absolute, out Uri? absolute))
        {
            // Absolute-form targets (sent through a proxy) carry scheme and host in front of the path.
            target = absolute.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);
        }

        int question = target.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? (target, string.Empty) : (target[..question], target[(question + 1)..]);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static bool IsUnder(string path, string prefix) =>
        path.Equals(prefix, StringComparison.Ordinal) || path.StartsWith(prefix + "/", StringComparison.Ordinal);

    private static void Drop(HttpContext context, RequestTrace trace)
    {
        trace.Outcome = RequestOutcome.Dropped;
        trace.StatusCode = 0;
        context.Abort();
    }

    private static Task ErrorAsync(HttpContext context, RequestTrace trace, int status, string code, string message, CancellationToken cancellationToken)
    {
        trace.StatusCode = status;
        trace.ErrorCode = code;
        return ResponseWriter.WriteErrorAsync(context, status, code, message, trace.RequestId, cancellationToken);
    }
}
