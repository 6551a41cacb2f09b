namespace IdentityCenter.Emulator.State;

/// <summary>Mutable storage for one instance; only touched under the state lock.</summary>
internal sealed class InstanceRecord
{
    public InstanceRecord(string instanceId, string identityStoreId, string alias, string instanceUrn)
    {
        InstanceId = instanceId;
        IdentityStoreId = identityStoreId;
        Alias = alias;
        InstanceUrn = instanceUrn;
    }

    public string InstanceId { get; }

    public string IdentityStoreId { get; }

    public string Alias { get; }

    public string InstanceUrn { get; }

    /// <summary>Keyed by id; ordered views sort by <see cref="PermissionSetRecord.Sequence"/>.</summary>
    public Dictionary<string, PermissionSetRecord> PermissionSets { get; } = new(StringComparer.Ordinal);

    /// <summary>In creation order.</summary>
    public List<AccountAssignment> Assignments { get; } = new();

    /// <summary>Keyed by request id; ordered views sort by <see cref="AsyncRequest.Sequence"/>.</summary>
    public Dictionary<string, AsyncRequest> Requests { get; } = new(StringComparer.Ordinal);

    /// <summary>One counter for every ordered thing in the instance; listings only need it to grow.</summary>
    public long NextSequence { get; set; } = 1;

    public IEnumerable<PermissionSetRecord> Ordered => PermissionSets.Values.OrderBy(static p => p.Sequence);

    public IEnumerable<AsyncRequest> OrderedRequests => Requests.Values.OrderBy(static r => r.Sequence);

    public InstanceSnapshot ToSnapshot() =>
        new(InstanceId, IdentityStoreId, Alias, InstanceUrn, Ordered.Select(static p => p.ToSnapshot()).ToArray())
        {
            AccountAssignments = Assignments.ToArray(),
            Requests = OrderedRequests.ToArray(),
        };

    public static InstanceRecord FromSnapshot(InstanceSnapshot snapshot)
    {
        var record = new InstanceRecord(snapshot.InstanceId, snapshot.IdentityStoreId, snapshot.Alias, snapshot.InstanceUrn);
        foreach (PermissionSetSnapshot set in snapshot.PermissionSets ?? Array.Empty<PermissionSetSnapshot>())
        {
            record.PermissionSets[set.PermissionSetId] = PermissionSetRecord.FromSnapshot(record.NextSequence++, set);
        }

        record.Assignments.AddRange(snapshot.AccountAssignments ?? Array.Empty<AccountAssignment>());
        foreach (AsyncRequest request in snapshot.Requests ?? Array.Empty<AsyncRequest>())
        {
            record.Requests[request.RequestId] = request;
        }

        // Stored items keep their sequences (page markers stay meaningful); new ones follow all of them.
        long highest = new[] { record.NextSequence - 1 }
            .Concat(record.Assignments.Select(static a => a.Sequence))
            .Concat(record.Requests.Values.Select(static r => r.Sequence))
            .Concat(record.PermissionSets.Values.SelectMany(static p => p.ManagedPolicies.Concat(p.ManagedRoles).Select(static m => m.Sequence)))
            .Concat(record.PermissionSets.Values.SelectMany(static p => p.ProvisionedAccounts.Select(static a => a.Sequence)))
            .Max();
        record.NextSequence = highest + 1;
        return record;
    }
}
