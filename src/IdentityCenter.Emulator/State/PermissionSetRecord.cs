namespace IdentityCenter.Emulator.State;

/// <summary>Mutable storage for one permission set; only touched under the state lock.</summary>
internal sealed class PermissionSetRecord
{
    public PermissionSetRecord(long sequence, string id, string name, long createdDate)
    {
        Sequence = sequence;
        Id = id;
        Name = name;
        CreatedDate = createdDate;
    }

    /// <summary>Creation order; page markers point at it so deleting items never shifts a page.</summary>
    public long Sequence { get; }

    public string Id { get; }

    public string Name { get; }

    public long CreatedDate { get; }

    public string? Description { get; set; }

    public string? RelayState { get; set; }

    public string? SessionDuration { get; set; }

    public List<PermissionSetTag> Tags { get; set; } = new();

    public string? CustomPolicy { get; set; }

    public string Urn => PermissionSetUrn(Id);

    public static string PermissionSetUrn(string id) => "IdentityCenter::system:permissionSet:" + id;

    public PermissionSetSnapshot ToSnapshot() =>
        new(Id, Name, Description, RelayState, SessionDuration, CreatedDate, Urn, Tags.ToArray(), CustomPolicy);
}
