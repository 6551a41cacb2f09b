using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.Validation;

namespace IdentityCenter.Emulator.State;

/// <summary>
/// Tags of permission sets through the tag APIs. Their paths name no instance, so the set is looked up
/// across all instances.
/// </summary>
public sealed partial class EmulatorState
{
    /// <summary>Adds tags, replacing the value of a key already present; the result obeys the create limits.</summary>
    internal void AddTags(string permissionSetId, IReadOnlyList<PermissionSetTag> tags) => Change(() =>
    {
        PermissionSetRecord record = FindAnywhere(permissionSetId);
        var merged = record.Tags.ToList();
        foreach (PermissionSetTag tag in tags)
        {
            int index = merged.FindIndex(t => t.Key == tag.Key);
            if (index >= 0)
            {
                merged[index] = tag;
            }
            else
            {
                merged.Add(tag);
            }
        }

        if (merged.Count > FieldLimits.TagsMax)
        {
            throw ErrorCodes.BadRequestError(
                $"tags: permission set {permissionSetId} would hold {merged.Count} tags; at most {FieldLimits.TagsMax} are allowed.");
        }

        record.Tags = merged;
    });

    /// <summary>Removes the tags with these keys; keys the set does not have are ignored.</summary>
    internal void RemoveTags(string permissionSetId, IReadOnlyCollection<string> keys) => Change(() =>
    {
        PermissionSetRecord record = FindAnywhere(permissionSetId);
        record.Tags = record.Tags.Where(t => !keys.Contains(t.Key)).ToList();
    });

    internal Page<PermissionSetTag> ListTags(string permissionSetId, int limit, string? marker) => Read(() =>
        Paging.Take(
            FindAnywhere(permissionSetId).Tags.Select((tag, index) => (Sequence: (long)index + 1, Tag: tag)),
            static e => e.Sequence,
            static e => e.Tag,
            "tags|" + permissionSetId,
            limit,
            marker));

    private PermissionSetRecord FindAnywhere(string permissionSetId) =>
        _instances.Values.Select(i => i.PermissionSets.GetValueOrDefault(permissionSetId)).FirstOrDefault(static p => p is not null)
            ?? throw PermissionSetNotFound(permissionSetId, "any instance");
}
