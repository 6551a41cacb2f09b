namespace IdentityCenter.Emulator.Faults;

/// <summary>Whether a fault cuts the connection instead of answering, and on which side of the change.</summary>
public enum FaultDrop
{
    None,

    /// <summary>Abort before the operation runs: nothing changes.</summary>
    Before,

    /// <summary>Run and commit the operation, then abort instead of replying: the client cannot tell it succeeded.</summary>
    After,
}
