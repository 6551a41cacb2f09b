using System.Collections.Generic;

namespace IdentityCenter.Core.Models
{
    /// <summary>A tag as it stands on a permission set, with the set it is on.</summary>
    public sealed class PermissionSetTagEntry
    {
        public PermissionSetTagEntry(string permissionSetId, string key, string value)
        {
            PermissionSetId = permissionSetId;
            Key = key;
            Value = value;
        }

        public string PermissionSetId { get; }

        public string Key { get; }

        public string Value { get; }

        public override string ToString() => Key + "=" + Value;
    }

    /// <summary>What a tag change did: the tags the set has now, and which keys were sent or not found.</summary>
    public sealed class TagChange
    {
        public TagChange(IReadOnlyList<PermissionSetTagEntry> tags, IReadOnlyList<string> changedKeys, IReadOnlyList<string> absentKeys)
        {
            Tags = tags;
            ChangedKeys = changedKeys;
            AbsentKeys = absentKeys;
        }

        /// <summary>Every tag of the set after the change.</summary>
        public IReadOnlyList<PermissionSetTagEntry> Tags { get; }

        /// <summary>The keys added, given a new value, or removed; empty when nothing was sent.</summary>
        public IReadOnlyList<string> ChangedKeys { get; }

        /// <summary>For a removal: keys the set did not have.</summary>
        public IReadOnlyList<string> AbsentKeys { get; }
    }
}
