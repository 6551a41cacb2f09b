namespace IdentityCenter.Core.Models
{
    /// <summary>An Identity Center instance of the account.</summary>
    public sealed class IdentityCenterInstance
    {
        public string InstanceId { get; set; } = string.Empty;

        public string? IdentityStoreId { get; set; }

        public string? Alias { get; set; }

        public string? InstanceUrn { get; set; }

        public override string ToString() => InstanceId;
    }
}
