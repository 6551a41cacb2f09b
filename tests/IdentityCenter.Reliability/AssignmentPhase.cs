using IdentityCenter.Core;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Waiting;
using IdentityCenter.Emulator;

namespace IdentityCenter.Reliability;

/// <summary>
/// Grants the created permission sets to users and groups in the emulator's accounts, starting a few at a time and then
/// waiting for all the requests together, while the emulator throttles, fails and drops connections; then checks that
/// each grant asked for is held exactly once and nothing else is.
/// </summary>
internal static class AssignmentPhase
{
    private const int InFlight = 4;

    public static async Task<AssignmentOutcome> RunAsync(IdentityCenterClient client, EmulatorServer server, IReadOnlyList<PermissionSet> sets, int count, List<string> failures, CancellationToken cancellationToken)
    {
        var grants = Plan(sets, server.State.AccountIds, count);
        var accepted = new AsyncRequestStatus?[grants.Count];
        using (var gate = new SemaphoreSlim(InFlight))
        {
            await Task.WhenAll(grants.Select(async (grant, i) =>
            {
                await gate.WaitAsync(cancellationToken);
                try
                {
                    accepted[i] = await client.CreateAccountAssignmentAsync(grant, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    failures.Add("grant " + grant + ": " + ex.Message);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        var schedule = new PollSchedule(TimeSpan.FromMinutes(5), TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(100));
        var waiter = new RequestWaiter(schedule, client.RefreshStatusAsync, InFlight);
        var followed = new List<(AccountAssignmentRequest Grant, WaitEntry Entry)>();
        for (var i = 0; i < grants.Count; i++)
        {
            if (accepted[i] is { } status)
            {
                followed.Add((grants[i], waiter.Add(status)));
            }
        }

        await waiter.WaitAllAsync(cancellationToken: cancellationToken);
        var succeeded = new List<AccountAssignmentRequest>();
        foreach (var (grant, entry) in followed)
        {
            if (entry.State == WaitState.Succeeded)
            {
                succeeded.Add(grant);
            }
            else
            {
                failures.Add("grant " + grant + " ended " + entry.State + ": " + entry.Failure()?.Message);
            }
        }

        var held = server.State.GetInstances().Single(i => i.InstanceId == EmulatorDefaults.InstanceId).AccountAssignments;
        var heldKeys = held.Select(a => Key(a.PermissionSetId, a.PrincipalType, a.PrincipalId, a.AccountId)).ToList();
        var askedKeys = new HashSet<string>(grants.Select(g => Key(g.PermissionSetId, g.PrincipalType, g.PrincipalId, g.AccountId)), StringComparer.Ordinal);
        var heldSet = new HashSet<string>(heldKeys, StringComparer.Ordinal);
        var lost = succeeded.Count(g => !heldSet.Contains(Key(g.PermissionSetId, g.PrincipalType, g.PrincipalId, g.AccountId)))
                   + heldSet.Count(k => !askedKeys.Contains(k));
        var adopted = accepted.Count(a => a?.Note != null);
        return new AssignmentOutcome(grants.Count, succeeded.Count, heldKeys.Count - heldSet.Count, lost, adopted);
    }

    /// <summary>Distinct grants: every principal in every account for one set, then the next set.</summary>
    private static List<AccountAssignmentRequest> Plan(IReadOnlyList<PermissionSet> sets, IReadOnlyList<string> accounts, int count)
    {
        var principals = EmulatorDefaults.Groups.Select(g => (PrincipalTypes.Group, g.Id)).Concat(EmulatorDefaults.Users.Select(u => (PrincipalTypes.User, u.Id))).ToList();
        var perSet = principals.Count * accounts.Count;
        return Enumerable.Range(0, Math.Min(count, sets.Count * perSet)).Select(i =>
        {
            var (type, id) = principals[i % principals.Count];
            return new AccountAssignmentRequest
            {
                InstanceId = EmulatorDefaults.InstanceId,
                PermissionSetId = sets[i / perSet].PermissionSetId,
                PrincipalType = type,
                PrincipalId = id,
                AccountId = accounts[i / principals.Count % accounts.Count],
            };
        }).ToList();
    }

    private static string Key(string permissionSetId, string principalType, string principalId, string accountId) =>
        permissionSetId + "|" + principalType + "|" + principalId + "|" + accountId;
}

/// <summary>What the assignment phase asked for and what the emulator holds at its end.</summary>
/// <param name="Adopted">Grants whose reply was lost and whose repeat was refused, reported from a look-up instead.</param>
internal sealed record AssignmentOutcome(int Asked, int Succeeded, int Duplicates, int Lost, int Adopted);
