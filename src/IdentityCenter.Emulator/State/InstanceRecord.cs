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

    public long NextSequence { get; set; } = 1;

    public IEnumerable<PermissionSetRecord> Ordered => PermissionSets.Values.OrderBy(static p => p.Sequence);

    public InstanceSnapshot ToSnapshot() =>
        new(InstanceId, IdentityStoreId, Alias, InstanceUrn, Ordered.Select(static p => p.ToSnapshot()).ToArray());
}
