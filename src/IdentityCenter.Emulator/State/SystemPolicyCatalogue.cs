namespace IdentityCenter.Emulator.State;

/// <summary>A system-defined policy the emulator knows, with the URN IAM gives it.</summary>
public sealed record SystemPolicy(string Id, string Name, string Urn);

/// <summary>
/// A few IAM system policies that attach-managed-policy (identity policies, model 5.0) and
/// attach-managed-role (legacy roles, model 1.1) accept. Ids are 32 hex characters like IAM's; they are
/// the emulator's own, not real ones.
/// </summary>
public static class SystemPolicyCatalogue
{
    public static readonly IReadOnlyList<SystemPolicy> IdentityPolicies = new[]
    {
        IdentityPolicy("5e1f0000000000000000000000000001", "ReadOnlyPolicy"),
        IdentityPolicy("5e1f0000000000000000000000000002", "AdministratorAccessPolicy"),
        IdentityPolicy("5e1f0000000000000000000000000003", "ECSFullAccessPolicy"),
        IdentityPolicy("5e1f0000000000000000000000000004", "OBSReadOnlyPolicy"),
    };

    public static readonly IReadOnlyList<SystemPolicy> Roles = new[]
    {
        Role("7b2e0000000000000000000000000001", "readonly"),
        Role("7b2e0000000000000000000000000002", "te_admin"),
        Role("7b2e0000000000000000000000000003", "ECS FullAccess"),
    };

    private static SystemPolicy IdentityPolicy(string id, string name) => new(id, name, "iam::system:policy:" + name);

    private static SystemPolicy Role(string id, string name) => new(id, name, "iam::system:role:" + id);
}
