using System.Security.Cryptography;
using IdentityCenter.Emulator.Api;
using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.Validation;

namespace IdentityCenter.Emulator.State;

/// <summary>Permission sets themselves: create, read, list, update, delete.</summary>
public sealed partial class EmulatorState
{
    private const string DefaultSessionDuration = "PT1H";

    /// <summary>Number of permission sets in an instance; 0 for an instance that does not exist.</summary>
    public int CountPermissionSets(string instanceId) =>
        Read(() => _instances.TryGetValue(instanceId, out InstanceRecord? instance) ? instance.PermissionSets.Count : 0);

    /// <summary>Permission sets of an instance in creation order; empty for an instance that does not exist.</summary>
    public IReadOnlyList<PermissionSetSnapshot> GetPermissionSets(string instanceId) =>
        Read<IReadOnlyList<PermissionSetSnapshot>>(() => _instances.TryGetValue(instanceId, out InstanceRecord? instance)
            ? instance.Ordered.Select(static p => p.ToSnapshot()).ToArray()
            : Array.Empty<PermissionSetSnapshot>());

    public PermissionSetSnapshot? FindPermissionSet(string instanceId, string permissionSetId) =>
        Read(() => _instances.TryGetValue(instanceId, out InstanceRecord? instance)
            && instance.PermissionSets.TryGetValue(permissionSetId, out PermissionSetRecord? record)
            ? record.ToSnapshot()
            : null);

    public PermissionSetSnapshot? FindPermissionSetByName(string instanceId, string name) =>
        Read(() => _instances.TryGetValue(instanceId, out InstanceRecord? instance)
            ? instance.PermissionSets.Values.FirstOrDefault(p => p.Name == name)?.ToSnapshot()
            : null);

    /// <summary>
    /// Seeds a permission set from code with the same validation and conflicts as the API.
    /// Throws <see cref="EmulatorServiceException"/> where the API would answer an error.
    /// </summary>
    public PermissionSetSnapshot CreatePermissionSet(
        string instanceId,
        string name,
        string? description = null,
        string? relayState = null,
        string? sessionDuration = null,
        IEnumerable<PermissionSetTag>? tags = null,
        string? customPolicy = null)
    {
        var request = new CreatePermissionSetRequest
        {
            Name = name,
            Description = description,
            RelayState = relayState,
            SessionDuration = sessionDuration,
            Tags = tags?.Select(static t => (TagDto?)new TagDto { Key = t.Key, Value = t.Value }).ToList(),
        };
        PermissionSetValidator.ValidateCreate(request);
        if (customPolicy is not null)
        {
            PermissionSetValidator.ValidateCustomPolicy(customPolicy);
        }

        return Change(() =>
        {
            PermissionSetSnapshot created = CreateLocked(instanceId, request);
            if (customPolicy is null)
            {
                return created;
            }

            PermissionSetRecord record = RequirePermissionSet(instanceId, created.PermissionSetId);
            record.CustomPolicy = customPolicy;
            return record.ToSnapshot();
        });
    }

    internal PermissionSetSnapshot Create(string instanceId, CreatePermissionSetRequest request) =>
        Change(() => CreateLocked(instanceId, request));

    internal Page<PermissionSetSnapshot> List(string instanceId, PermissionSetFilter filter, int limit, string? marker) => Read(() =>
    {
        InstanceRecord instance = RequireInstance(instanceId);
        return Paging.Take(
            instance.Ordered.Where(filter.Matches),
            static p => p.Sequence,
            static p => p.ToSnapshot(),
            "permission-sets|" + instanceId,
            limit,
            marker);
    });

    internal PermissionSetSnapshot Get(string instanceId, string permissionSetId) =>
        Read(() => RequirePermissionSet(instanceId, permissionSetId).ToSnapshot());

    internal void Update(string instanceId, string permissionSetId, UpdatePermissionSetRequest request) => Change(() =>
    {
        PermissionSetRecord record = RequirePermissionSet(instanceId, permissionSetId);
        record.Description = request.Description ?? record.Description;
        record.RelayState = request.RelayState ?? record.RelayState;
        record.SessionDuration = request.SessionDuration ?? record.SessionDuration;
        record.Revision++;
    });

    internal void Delete(string instanceId, string permissionSetId) => Change(() =>
    {
        InstanceRecord instance = RequireInstance(instanceId);
        RequirePermissionSet(instanceId, permissionSetId);
        bool assigned = instance.Assignments.Any(a => a.PermissionSetId == permissionSetId)
            || instance.Requests.Values.Any(r => r.PermissionSetId == permissionSetId && r.Kind == AsyncRequestKind.AssignmentCreation && r.Status == ServiceValues.InProgress);
        if (assigned)
        {
            throw new EmulatorServiceException(
                409,
                ErrorCodes.ModificationConflict,
                $"Permission set {permissionSetId} is still assigned to principals in accounts; delete those account assignments first.");
        }

        instance.PermissionSets.Remove(permissionSetId);
    });

    private PermissionSetSnapshot CreateLocked(string instanceId, CreatePermissionSetRequest request)
    {
        InstanceRecord instance = RequireInstance(instanceId);
        string name = request.Name!;
        if (instance.PermissionSets.Values.Any(p => p.Name == name))
        {
            throw new EmulatorServiceException(
                409,
                ErrorCodes.PermissionSetNameExists,
                $"A permission set named '{name}' already exists in instance {instanceId}.");
        }

        string id;
        do
        {
            id = "ps-" + RandomNumberGenerator.GetHexString(16, lowercase: true);
        }
        while (instance.PermissionSets.ContainsKey(id));

        var record = new PermissionSetRecord(instance.NextSequence++, id, name, NowMs)
        {
            Description = request.Description,
            RelayState = request.RelayState,
            SessionDuration = request.SessionDuration ?? DefaultSessionDuration,
            Tags = request.Tags?.Select(static t => new PermissionSetTag(t!.Key!, t.Value!)).ToList() ?? new List<PermissionSetTag>(),
        };
        instance.PermissionSets.Add(id, record);
        return record.ToSnapshot();
    }
}
