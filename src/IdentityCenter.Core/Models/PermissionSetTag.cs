namespace IdentityCenter.Core.Models
{
    /// <summary>A tag on a permission set. The value may be empty but never null.</summary>
    public sealed class PermissionSetTag
    {
        public PermissionSetTag(string key, string value)
        {
            Key = key;
            Value = value;
        }

        public string Key { get; }

        public string Value { get; }

        public override string ToString() => Key + "=" + Value;
    }
}
