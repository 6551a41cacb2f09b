namespace IdentityCenter.Emulator.State;

/// <summary>
/// An account a permission set was provisioned to, and the set's revision at that time: when the set
/// changes later, the account no longer has the latest version (LATEST_PERMISSION_SET_NOT_PROVISIONED).
/// </summary>
public sealed record ProvisionedAccount(long Sequence, string AccountId, long Revision);
