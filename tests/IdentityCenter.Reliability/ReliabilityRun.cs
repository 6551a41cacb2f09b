using SecureString = System.Security.SecureString;
using IdentityCenter.Core;
using IdentityCenter.Core.Credentials;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Models;
using IdentityCenter.Emulator;
using IdentityCenter.Emulator.Faults;
using IdentityCenter.Emulator.Http;

namespace IdentityCenter.Reliability;

/// <summary>
/// Creates permission sets, puts their policies and grants them in accounts through the Core client against the emulator
/// while it throttles, fails and drops connections, then checks the emulator: every set and grant exactly once, every
/// policy as sent.
/// </summary>
public static class ReliabilityRun
{
    public const string Policy = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"obs:*:get*\"]}]}";

    public static async Task<ReliabilityReport> RunAsync(ReliabilityOptions options, CancellationToken cancellationToken = default)
    {
        var emulatorOptions = new EmulatorOptions();
        foreach (var fault in Faults(options))
        {
            emulatorOptions.Faults.Add(fault);
        }

        await using var server = await EmulatorServer.StartAsync(emulatorOptions, cancellationToken);
        var client = new IdentityCenterClient(
            new IdcClientOptions { Endpoint = server.BaseAddress, IamEndpoint = server.BaseAddress, Retry = PatientRetry() },
            new IdcCredentials(EmulatorDefaults.AccessKeyId, Secure(EmulatorDefaults.SecretAccessKey), null, EmulatorDefaults.DomainId, "reliability run"));

        var failures = new List<string>();
        var created = new List<PermissionSet>();
        for (var i = 0; i < options.Creates; i++)
        {
            var request = new CreatePermissionSetRequest { InstanceId = EmulatorDefaults.InstanceId, Name = "reliability-" + i, SessionDuration = "PT2H" };
            try
            {
                created.Add(await client.CreatePermissionSetAsync(request, cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failures.Add("create " + request.Name + ": " + ex.Message);
            }
        }

        var putsAsked = Math.Min(options.PolicyPuts, created.Count);
        var putsSucceeded = 0;
        foreach (var set in created.Take(putsAsked))
        {
            try
            {
                await client.PutCustomPolicyAsync(new PutCustomPolicyRequest { InstanceId = set.InstanceId, PermissionSetId = set.PermissionSetId, Policy = Policy }, cancellationToken);
                putsSucceeded++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failures.Add("put policy of " + set.PermissionSetId + ": " + ex.Message);
            }
        }

        var assignments = await AssignmentPhase.RunAsync(client, server, created, options.Assignments, failures, cancellationToken);

        var held = server.State.GetPermissionSets(EmulatorDefaults.InstanceId);
        var heldById = held.ToDictionary(p => p.PermissionSetId);
        var lost = created.Count(c => !heldById.ContainsKey(c.PermissionSetId))
                   + created.Take(putsAsked).Count(c => heldById.TryGetValue(c.PermissionSetId, out var h) && h.CustomPolicy != Policy)
                   + held.Count(h => created.All(c => c.PermissionSetId != h.PermissionSetId));
        var log = server.RequestLog.Snapshot();
        return new ReliabilityReport
        {
            CreatesAsked = options.Creates,
            CreatesSucceeded = created.Count,
            PutsAsked = options.PolicyPuts,
            PutsSucceeded = putsSucceeded,
            AssignmentsAsked = assignments.Asked,
            AssignmentsSucceeded = assignments.Succeeded,
            AssignmentDuplicates = assignments.Duplicates,
            AssignmentsLost = assignments.Lost,
            AssignmentsAdopted = assignments.Adopted,
            RequestsSent = log.Count,
            Throttled = log.Count(e => e.StatusCode == 429),
            ServerErrors = log.Count(e => e.StatusCode == 503),
            Dropped = log.Count(e => e.Outcome == RequestOutcome.Dropped),
            Duplicates = held.Count - held.Select(h => h.Name).Distinct(StringComparer.Ordinal).Count(),
            Lost = lost,
            Failures = failures,
        };
    }

    /// <summary>Seeded faults on every operation, the look-ups after a lost reply included.</summary>
    internal static IEnumerable<FaultRule> Faults(ReliabilityOptions options)
    {
        var half = options.ThrottleShare / 2;
        var drop = options.DropShare / 2;
        yield return new FaultRule { Probability = drop, Seed = options.Seed, Drop = FaultDrop.Before };
        yield return new FaultRule { Probability = drop, Seed = options.Seed + 1, Drop = FaultDrop.After };
        yield return new FaultRule { Probability = half, Seed = options.Seed + 2, Status = 429 };
        yield return new FaultRule { Probability = half, Seed = options.Seed + 3, Status = 503 };
    }

    /// <summary>Enough attempts that a 22% failure rate almost never exhausts them, with short waits so a run stays quick.</summary>
    private static RetryPolicy PatientRetry() => new()
    {
        MaxAttempts = 10,
        BaseDelay = TimeSpan.FromMilliseconds(2),
        MaxDelay = TimeSpan.FromMilliseconds(40),
        MaxRetryAfter = TimeSpan.FromMilliseconds(100),
        AttemptTimeout = TimeSpan.FromSeconds(10),
        TotalTimeout = TimeSpan.FromSeconds(60),
    };

    private static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
