using IdentityCenter.Emulator.Faults;

namespace IdentityCenter.Emulator.Http;

/// <summary>Collects what happens to one request so that every way out logs exactly one entry.</summary>
internal sealed class RequestTrace
{
    public RequestTrace(string requestId, DateTimeOffset timestamp)
    {
        RequestId = requestId;
        Timestamp = timestamp;
    }

    public string RequestId { get; }

    public DateTimeOffset Timestamp { get; }

    public int StatusCode { get; set; }

    public bool SignatureVerified { get; set; }

    public string? AccessKeyId { get; set; }

    public EmulatorOperation? Operation { get; set; }

    public string? ErrorCode { get; set; }

    public RequestOutcome Outcome { get; set; } = RequestOutcome.Answered;

    public RequestLogEntry ToEntry(string method, string path, string query) =>
        new(Timestamp, RequestId, method, path, query, StatusCode, SignatureVerified, AccessKeyId, Operation, ErrorCode, Outcome);
}
