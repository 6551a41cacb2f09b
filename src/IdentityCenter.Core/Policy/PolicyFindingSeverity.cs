namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// Errors break the documented identity-policy grammar; warnings point at something the grammar may allow
    /// but that is probably not meant, or that cannot be settled offline.
    /// </summary>
    public enum PolicyFindingSeverity
    {
        Error,
        Warning,
    }
}
